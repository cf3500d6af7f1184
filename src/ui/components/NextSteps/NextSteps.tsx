import type { NextStepsProps } from './NextSteps.types';
import { renderNextSteps } from './renderNextSteps';
import { useNextSteps } from './useNextSteps';
import { useNextStepsStyles } from './useNextStepsStyles.styles';

/** The action plan: what, who, by when, and whether it is done. */
export function NextSteps(props: NextStepsProps) {
  const state = useNextSteps(props);
  const classes = useNextStepsStyles();
  return renderNextSteps(state, classes);
}
