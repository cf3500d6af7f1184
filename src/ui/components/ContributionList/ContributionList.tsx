import type { ContributionListProps } from './ContributionList.types';
import { renderContributionList } from './renderContributionList';
import { useContributionList } from './useContributionList';
import { useContributionListStyles } from './useContributionListStyles.styles';

/** Causes or options in someone's own words: add, edit, remove. */
export function ContributionList(props: ContributionListProps) {
  const state = useContributionList(props);
  const classes = useContributionListStyles();
  return renderContributionList(state, classes);
}
