export { ChallengeCapture } from './ChallengeCapture';
export type { ChallengeCaptureProps, ChallengeCaptureState } from './ChallengeCapture.types';
