import { useMemo } from 'react';
import {
  reject,
  type CauseReview,
  type Command,
  type FollowUpKind,
  type ItemId,
  type LocalDate,
  type Role,
  type Stage,
  type StepReview,
  type UserId,
} from '../../domain';
import type { DispatchResult } from '../../ports';
import { usePorts } from './PortsProvider';

export interface NewNextStep {
  text: string;
  ownerId: UserId;
  due: LocalDate;
}

export interface FollowUpSettings {
  kind: FollowUpKind;
  start: number | null;
  durationMinutes: number;
}

/** Session changes named by intent; each returns the store's verdict so callers can show a rejection. */
export interface Commands {
  /** Coach only: choose the coachee, or hand the coach seat over (the two swap). */
  assignRole(userId: UserId, role: Role): DispatchResult;
  /** Moves on; the reason (optional) is recorded, e.g. why the pair went on at low confidence. */
  advance(reason?: string): DispatchResult;
  /** Advances past unmet criteria; the timeline records it as forced. */
  advanceAnyway(reason?: string): DispatchResult;
  goBack(to: Stage, reason?: string): DispatchResult;
  stateChallenge(text: string): DispatchResult;
  removeChallenge(): DispatchResult;
  agreeChallenge(versionId: ItemId): DispatchResult;
  addCause(text: string): DispatchResult;
  editCause(id: ItemId, text: string): DispatchResult;
  removeCause(id: ItemId): DispatchResult;
  addOption(text: string): DispatchResult;
  editOption(id: ItemId, text: string): DispatchResult;
  removeOption(id: ItemId): DispatchResult;
  chooseOption(id: ItemId | null): DispatchResult;
  addNextStep(step: NewNextStep): DispatchResult;
  /** Sends only the fields given: an unchanged overdue date is not re-checked. */
  editNextStep(id: ItemId, changes: Partial<NewNextStep>): DispatchResult;
  setNextStepDone(id: ItemId, done: boolean): DispatchResult;
  removeNextStep(id: ItemId): DispatchResult;
  recordConfidence(value: number): DispatchResult;
  writeCoacheeSummary(text: string): DispatchResult;
  giveAffirmation(text: string): DispatchResult;
  planFollowUp(plan: FollowUpSettings): DispatchResult;
  /** Coach: the follow-up now exists on the coach's calendar. */
  recordCoachEvent(event: { eventId: string; iCalUId: string; notesUrl?: string }): DispatchResult;
  /** Coachee: the invite is accepted on the coachee's own calendar. */
  recordCoacheeAcceptance(): DispatchResult;
  recordChatSummary(state: 'posted' | 'uncertain'): DispatchResult;
  /** A step of the previous plan: done, not done, or dropped. */
  reviewCarriedStep(id: ItemId, review: StepReview): DispatchResult;
  /** A cause diagnosed last time: right, wrong, or unsure. */
  reviewCarriedCause(id: ItemId, review: CauseReview): DispatchResult;
}

/** An optional reason left blank is no reason: the schema refuses empty text. */
function optionalReason(reason: string | undefined): { reason?: string } {
  const trimmed = reason?.trim();
  return trimmed ? { reason: trimmed } : {};
}

const newId = (): ItemId => crypto.randomUUID();

export function useCommands(): Commands {
  const { store } = usePorts();
  return useMemo(() => {
    const send = (command: Command): DispatchResult => {
      try {
        return store.dispatch(command);
      } catch (error) {
        // A store bug must not take the panel down or lose what the user typed.
        // The refusal is worded where it is shown; the error's own words go along for developers.
        return reject('invalid', { key: 'notApplied', ...(error instanceof Error ? { detail: error.message } : {}) });
      }
    };
    return {
      assignRole: (userId, role) => send({ type: 'assignRole', userId, role }),
      advance: (reason) => send({ type: 'advance', ...optionalReason(reason) }),
      advanceAnyway: (reason) => send({ type: 'advance', force: true, ...optionalReason(reason) }),
      goBack: (to, reason) => send({ type: 'goBack', to, ...optionalReason(reason) }),
      stateChallenge: (text) => send({ type: 'stateChallenge', id: newId(), text }),
      removeChallenge: () => send({ type: 'removeChallenge' }),
      agreeChallenge: (versionId) => send({ type: 'agreeChallenge', versionId }),
      addCause: (text) => send({ type: 'addCause', id: newId(), text }),
      editCause: (id, text) => send({ type: 'editCause', id, text }),
      removeCause: (id) => send({ type: 'removeCause', id }),
      addOption: (text) => send({ type: 'addOption', id: newId(), text }),
      editOption: (id, text) => send({ type: 'editOption', id, text }),
      removeOption: (id) => send({ type: 'removeOption', id }),
      chooseOption: (id) => send({ type: 'chooseOption', id }),
      addNextStep: ({ text, ownerId, due }) => send({ type: 'addNextStep', id: newId(), text, ownerId, due }),
      editNextStep: (id, changes) => send({ type: 'editNextStep', id, ...changes }),
      setNextStepDone: (id, done) => send({ type: 'setNextStepDone', id, done }),
      removeNextStep: (id) => send({ type: 'removeNextStep', id }),
      recordConfidence: (value) => send({ type: 'recordConfidence', value }),
      writeCoacheeSummary: (text) => send({ type: 'writeCoacheeSummary', text }),
      giveAffirmation: (text) => send({ type: 'giveAffirmation', text }),
      planFollowUp: ({ kind, start, durationMinutes }) => send({ type: 'planFollowUp', kind, start, durationMinutes }),
      recordCoachEvent: ({ eventId, iCalUId, notesUrl }) =>
        send({ type: 'recordCoachEvent', eventId, iCalUId, ...(notesUrl ? { notesUrl } : {}) }),
      recordCoacheeAcceptance: () => send({ type: 'recordCoacheeAcceptance' }),
      recordChatSummary: (state) => send({ type: 'recordChatSummary', state }),
      reviewCarriedStep: (id, review) => send({ type: 'reviewCarriedStep', id, review }),
      reviewCarriedCause: (id, review) => send({ type: 'reviewCarriedCause', id, review }),
    };
  }, [store]);
}
