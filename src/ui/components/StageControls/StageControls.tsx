import { renderStageControls } from './renderStageControls';
import type { StageControlsProps } from './StageControls.types';
import { useStageControls } from './useStageControls';
import { useStageControlsStyles } from './useStageControlsStyles.styles';

/** Advance, advance anyway, go back, and the confidence gate before Close, as the role allows. */
export function StageControls(props: StageControlsProps) {
  const state = useStageControls(props);
  const classes = useStageControlsStyles();
  return renderStageControls(state, classes);
}
