// The UI's public surface for the entries: named, so nothing leaks by accident.
export { ConfigPage, FollowUpPane, MyCoaching, NotesView, SidePanel, StageView } from './surfaces';
export type { MyCoachingProps } from './surfaces';
export type { FollowUpPaneProps, FollowUpPlanLoad } from './surfaces';
export type { TickStepFn } from './components/FollowUpPlan';
export { AppShell } from './AppShell';
export type { AppShellProps } from './AppShell';
export { BootView, renderInSlices } from './BootView';
export type { BootViewProps, Watched } from './BootView';
export { PortsProvider } from './hooks';
export type { PortsProviderProps } from './hooks';
export { useWords, WordsProvider } from './words';
export { startFailureText } from './content/failures';
