import { createRoot } from 'react-dom/client';
import { findFluidEndpoint } from './fluidEndpoint';
import { Simulator } from './Simulator';

const container = document.getElementById('root');
if (!container) throw new Error('The simulator page has no #root element.');
// Known before any pane starts, so the simulated Live Share can name it at once.
void findFluidEndpoint(window.location.search).then((fluidEndpoint) => {
  createRoot(container).render(<Simulator fluidEndpoint={fluidEndpoint} />);
});
