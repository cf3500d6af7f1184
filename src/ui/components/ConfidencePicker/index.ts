export { ConfidencePicker, CONFIDENCE_MAX, CONFIDENCE_VALUES } from './ConfidencePicker';
export type { ConfidencePickerProps } from './ConfidencePicker';
export { ConfidenceCapture } from './ConfidenceCapture';
export type { ConfidenceCaptureProps } from './ConfidenceCapture';
