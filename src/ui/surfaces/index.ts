export { SidePanel } from './SidePanel';
export { StageView } from './StageView';
export { NotesView } from './lazyNotesView';
export { ConfigPage } from './ConfigPage';
