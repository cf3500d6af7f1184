export { PreviousPlanReview } from './PreviousPlanReview';
export type { PreviousPlanReviewProps } from './PreviousPlanReview';
