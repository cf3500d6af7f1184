export { SidePanel } from './SidePanel';
export { StageView } from './StageView';
export { ConfigPage } from './ConfigPage';
