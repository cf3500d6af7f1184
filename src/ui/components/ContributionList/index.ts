export { ContributionList } from './ContributionList';
export type { ContributionLabels, ContributionListProps, ContributionListState, ContributionKind } from './ContributionList.types';
