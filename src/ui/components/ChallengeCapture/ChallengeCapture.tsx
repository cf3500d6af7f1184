import type { ChallengeCaptureProps } from './ChallengeCapture.types';
import { renderChallengeCapture } from './renderChallengeCapture';
import { useChallengeCapture } from './useChallengeCapture';
import { useChallengeCaptureStyles } from './useChallengeCaptureStyles.styles';

/** States (Open) or redefines and agrees (Learn) the challenge or opportunity. */
export function ChallengeCapture(props: ChallengeCaptureProps) {
  const state = useChallengeCapture(props);
  const classes = useChallengeCaptureStyles();
  return renderChallengeCapture(state, classes);
}
