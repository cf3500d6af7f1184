import { renderStageStepper } from './renderStageStepper';
import type { StageStepperProps } from './StageStepper.types';
import { useStageStepper } from './useStageStepper';
import { useStageStepperStyles } from './useStageStepperStyles.styles';

/** Always-visible progress: the four stages, criteria met, time in each, and the path taken. */
export function StageStepper(props: StageStepperProps) {
  const state = useStageStepperStyles(useStageStepper(props));
  return renderStageStepper(state);
}
