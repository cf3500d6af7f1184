export { ContributionList } from './ContributionList';
export type { ContributionListProps, ContributionListState, ContributionKind } from './ContributionList.types';
