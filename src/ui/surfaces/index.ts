export { SidePanel } from './SidePanel';
export { StageView } from './StageView';
export { NotesView } from './lazyNotesView';
export { ConfigPage } from './ConfigPage';
export { MyCoaching } from './MyCoaching';
export type { MyCoachingProps } from './MyCoaching';
export { FollowUpPane } from './FollowUpPane';
export type { FollowUpPaneProps, FollowUpPlanLoad } from './FollowUpPane';
