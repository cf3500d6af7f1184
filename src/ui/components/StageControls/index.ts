// The dialogs are not re-exported: they load lazily (lazyStageDialogs.ts), and a
// static re-export here would pull them back into the first-paint bundle.
export { StageControls } from './StageControls';
export type { StageControlsProps, StageControlsState, StageDialog } from './StageControls.types';
