export { StageStepper } from './StageStepper';
export { PathTaken } from './PathTaken';
export { useStageStepper } from './useStageStepper';
export { useStageStepperStyles, stageStepperClassNames } from './useStageStepperStyles.styles';
export { renderStageStepper } from './renderStageStepper';
export type { StageStepperProps, StageStepperState, StageStep } from './StageStepper.types';
