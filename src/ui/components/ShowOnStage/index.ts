export { ShowOnStageButton } from './ShowOnStageButton';
export type { ShowOnStageButtonProps } from './ShowOnStageButton';
export { useShowOnStage } from './useShowOnStage';
export type { ShowOnStageState } from './useShowOnStage';
