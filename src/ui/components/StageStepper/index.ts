export { StageStepper } from './StageStepper';
export { useStageStepper } from './useStageStepper';
export { useStageStepperStyles, stageStepperClassNames } from './useStageStepperStyles.styles';
export { renderStageStepper } from './renderStageStepper';
export type { StageStepperProps, StageStepperState, StageStep } from './StageStepper.types';
