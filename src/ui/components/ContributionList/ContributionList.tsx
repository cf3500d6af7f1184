import { memo } from 'react';
import type { ContributionListProps } from './ContributionList.types';
import { renderContributionList } from './renderContributionList';
import { useContributionList } from './useContributionList';
import { useContributionListStyles } from './useContributionListStyles.styles';

/** Causes or options in someone's own words: add, edit, remove. */
// Memoised: hidden stages stay mounted, and a change elsewhere in the session
// must not re-render a long list that did not change.
export const ContributionList = memo(function ContributionList(props: ContributionListProps) {
  const state = useContributionList(props);
  const classes = useContributionListStyles();
  return renderContributionList(state, classes);
});
