export { CloseChecklist } from './CloseChecklist';
export type { CloseChecklistProps } from './CloseChecklist';
export { CoacheeSummaryCapture } from './CoacheeSummaryCapture';
export type { CoacheeSummaryCaptureProps } from './CoacheeSummaryCapture';
export { AffirmationCapture } from './AffirmationCapture';
export type { AffirmationCaptureProps } from './AffirmationCapture';
