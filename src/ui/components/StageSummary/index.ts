// StageSummary itself is not re-exported: it loads lazily (lazyStageSummary.ts),
// and a static re-export here would pull Card and its focus manager into first paint.
export { StageProgress } from './StageProgress';
export type { StageProgressProps } from './StageProgress';
export { stageSummary } from './lazyStageSummary';
export type { StageSummaryProps } from './StageSummary';
export { stageSummaryOf } from './stageSummary';
export type {
  CoachCalendarState,
  CoacheeCalendarState,
  StageFollowUp,
  StageNextStep,
  StageOption,
  StageStatement,
  StageSummaryData,
} from './stageSummary';
