import { createRoot } from 'react-dom/client';
import { Simulator } from './Simulator';

const container = document.getElementById('root');
if (!container) throw new Error('The simulator page has no #root element.');
createRoot(container).render(<Simulator />);
