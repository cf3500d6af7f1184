export { InlineAlert } from './InlineAlert';
export type { InlineAlertProps } from './InlineAlert';
export { useRejection } from './useRejection';
export type { RejectionState } from './useRejection';
export { useSectionStyles } from './sectionStyles.styles';
export { StatusLine } from './StatusLine';
export type { StatusLineProps } from './StatusLine';
export { VISUALLY_HIDDEN } from './visuallyHidden';
