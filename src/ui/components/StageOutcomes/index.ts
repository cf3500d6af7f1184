export { StageOutcomes, stageOutcome } from './StageOutcomes';
export type { StageOutcomesProps } from './StageOutcomes';
