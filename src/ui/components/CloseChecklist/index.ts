export { CloseChecklist } from './CloseChecklist';
export type { CloseChecklistProps } from './CloseChecklist';
export { CoacheeSummaryCapture } from './CoacheeSummaryCapture';
export type { CoacheeSummaryCaptureProps } from './CoacheeSummaryCapture';
export { FollowUpPlanner } from './FollowUpPlanner';
export type { FollowUpPlannerProps } from './FollowUpPlanner';
export { AffirmationCapture } from './AffirmationCapture';
export type { AffirmationCaptureProps } from './AffirmationCapture';
