export { StageTimer, TIMER_MINUTES } from './StageTimer';
export type { StageTimerProps } from './StageTimer';
export { formatRemaining, useSharedTimer } from './useSharedTimer';
