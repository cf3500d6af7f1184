import { memo } from 'react';
import type { NextStepsProps } from './NextSteps.types';
import { renderNextSteps } from './renderNextSteps';
import { useNextSteps } from './useNextSteps';
import { useNextStepsStyles } from './useNextStepsStyles.styles';

/** The action plan: what, who, by when, and whether it is done. */
// Memoised: hidden stages stay mounted, and a change elsewhere in the session
// must not re-render a long list that did not change.
export const NextSteps = memo(function NextSteps(props: NextStepsProps) {
  const state = useNextSteps(props);
  const classes = useNextStepsStyles();
  return renderNextSteps(state, classes);
});
