import type { Challenge, ChallengeVersion, ItemId, Participant, Role, UserId } from '../../../domain';
import type { DispatchResult } from '../../../ports';
import type { Words } from '../../../words';

export interface ChallengeCaptureProps {
  challenge: Challenge;
  participants: Record<UserId, Participant>;
  selfId: UserId;
  role: Role;
  /**
   * 'open' states the challenge; 'learn' also lists earlier versions and asks
   * both people to agree to the current definition.
   * @default 'open'
   */
  mode?: 'open' | 'learn';
  onState(text: string): DispatchResult;
  onAgree(versionId: ItemId): DispatchResult;
}

export interface ChallengeCaptureState {
  mode: 'open' | 'learn';
  /** The reader's words, for the render. */
  words: Words;
  /** The hint under the statement field, worded for the one writing it. */
  statementHint: string;
  headingId: string;
  current: (ChallengeVersion & { authorName: string }) | null;
  /** Names of those who agreed to the current version. */
  agreedNames: string[];
  selfAgreed: boolean;
  earlier: Array<ChallengeVersion & { authorName: string }>;
  canState: boolean;
  canAgree: boolean;
  draft: string;
  setDraft(text: string): void;
  stateError: string | null;
  agreeError: string | null;
  submitStatement(): void;
  agree(): void;
}
