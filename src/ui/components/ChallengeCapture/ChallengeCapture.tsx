import { memo } from 'react';
import type { ChallengeCaptureProps } from './ChallengeCapture.types';
import { renderChallengeCapture } from './renderChallengeCapture';
import { useChallengeCapture } from './useChallengeCapture';
import { useChallengeCaptureStyles } from './useChallengeCaptureStyles.styles';

/** States (Open) or redefines and agrees (Learn) the challenge or opportunity. */
// Memoised: hidden stages stay mounted, and a change elsewhere in the session
// must not re-render a long list that did not change.
export const ChallengeCapture = memo(function ChallengeCapture(props: ChallengeCaptureProps) {
  const state = useChallengeCapture(props);
  const classes = useChallengeCaptureStyles();
  return renderChallengeCapture(state, classes);
});
