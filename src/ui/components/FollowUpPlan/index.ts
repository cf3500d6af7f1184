export { FollowUpPlanView } from './FollowUpPlanView';
export type { FollowUpPlanViewProps } from './FollowUpPlanView';
export { StepItem } from './StepItem';
export type { StepItemProps, TickStepFn } from './StepItem';
