import type { ConfidenceSuggestion, Criterion, Role, SessionState, Stage } from '../../../domain';
import type { DispatchResult } from '../../../ports';
import type { CriterionReader } from '../../content/criterionText';
import type { Words } from '../../../words';

export interface StageControlsProps {
  session: SessionState;
  role: Role;
  /** Whether this user has a place in the session shown: not yet, while the panel connects. @default true */
  seated?: boolean;
  /** Whose panel this is: the missing criteria are worded for them. */
  reader: CriterionReader;
  onAdvance(reason?: string): DispatchResult;
  onAdvanceAnyway(reason: string): DispatchResult;
  onGoBack(to: Stage, reason: string): DispatchResult;
  onRecordConfidence(value: number): DispatchResult;
}

export type StageDialog = 'none' | 'advanceAnyway' | 'confidence' | 'goBack';

export interface StageControlsState {
  words: Words;
  stage: Stage;
  next: Stage | null;
  earlier: Stage[];
  /** Whether this role may take part in stage changes at all. */
  participates: boolean;
  /** See StageControlsProps.seated: with no place yet, nothing is said about observing. */
  seated: boolean;
  canAdvance: boolean;
  /** Why advancing is not offered although the role participates (e.g. only the coach moves to Close). */
  advanceNote: string | null;
  canGoBack: boolean;
  missing: Criterion[];
  reader: CriterionReader;
  /** The coachee's name; null while nobody is coached. */
  coacheeName: string | null;
  confidence: SessionState['confidence'];
  suggestion: ConfidenceSuggestion | null;
  dialog: StageDialog;
  /** True once a dialog has been asked for: from then on the dialogs stay mounted. */
  dialogsWanted: boolean;
  setDialog(dialog: StageDialog): void;
  advanceError: string | null;
  requestAdvance(): void;
  /** The advance after the confidence gate: straight on, or via "advance anyway". */
  continueAdvance(): void;
  advanceAnyway(reason: string): DispatchResult;
  /** Goes on to Close although confidence is low: deliberate, with an optional reason, and on the timeline. */
  goOnAtLowConfidence(reason: string): DispatchResult;
  goBack(to: Stage, reason: string): DispatchResult;
  goBackToLearn(): DispatchResult;
  recordConfidence(value: number): DispatchResult;
}
