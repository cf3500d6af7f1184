// StageSummary and StageProgress are not re-exported: they load lazily
// (lazyStageSummary.ts), and a static re-export here would pull them, Card and
// its focus manager into the first paint of the stage and of the side panel.
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
