export { StageControls } from './StageControls';
export type { StageControlsProps, StageControlsState, StageDialog } from './StageControls.types';
export { GoBackDialog } from './GoBackDialog';
export type { GoBackDialogProps } from './GoBackDialog';
export { AdvanceAnywayDialog } from './AdvanceAnywayDialog';
export type { AdvanceAnywayDialogProps } from './AdvanceAnywayDialog';
export { ConfidenceDialog } from './ConfidenceDialog';
export type { ConfidenceDialogProps } from './ConfidenceDialog';
