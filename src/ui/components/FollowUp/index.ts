export { FollowUpPlanner } from './FollowUpPlanner';
export type { FollowUpPlannerProps } from './FollowUpPlanner';
