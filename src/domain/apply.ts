import { commandSchema, envelopeSchema, type Command, type Envelope } from './commands';
import { assignRole, join } from './handlers/participants';
import { advance, goBack } from './handlers/stages';
import { agreeChallenge, removeChallenge, stateChallenge } from './handlers/challenge';
import { addCause, addOption, chooseOption, editCause, editOption, removeCause, removeOption } from './handlers/contributions';
import { addNextStep, editNextStep, removeNextStep, setNextStepDone } from './handlers/nextSteps';
import {
  giveAffirmation,
  planFollowUp,
  recordCoachEvent,
  recordChatSummary,
  recordCoacheeAcceptance,
  recordConfidence,
  writeCoacheeSummary,
} from './handlers/closure';
import { carryOver, reportCarriedDone, reviewCarriedCause, reviewCarriedStep } from './handlers/carryOver';
import type { Handler, HandlerTable } from './handlers/types';
import { has } from './records';
import { reject, type ApplyResult, type Rejection } from './result';
import { schemaRefusal } from './schemaRefusals';
import { mayIssue, NOT_JOINED_REFUSAL, refusalFor, roleOf } from './roles';
import type { EpochMs, SessionState, UserId } from './session';
import { startTimeline } from './timeline';

export interface NewSession {
  sessionId: string;
  organizerId: UserId | null;
  at: EpochMs;
}

/** A fresh session in Open, its timeline started. */
export function createSession(init: NewSession): SessionState {
  return {
    sessionId: init.sessionId,
    createdAt: init.at,
    organizerId: init.organizerId,
    participants: {},
    stage: 'open',
    timeline: startTimeline({ id: 'start', seq: 0, at: init.at, actorId: init.organizerId ?? '', from: null, to: 'open', forced: false }),
    challenge: { versions: {}, currentId: null, agreedBy: {} },
    causes: {},
    options: {},
    chosenOptionId: null,
    nextSteps: {},
    confidence: null,
    coacheeSummary: null,
    affirmation: null,
    followUp: { kind: 'statusUpdate', start: null, durationMinutes: 30, coachEvent: null, coacheeAcceptedAt: null, chatSummary: null },
    carriedOver: null,
  };
}

/** A user id that would turn into a prototype if anyone copied a record naively. */
const RESERVED_USER_ID = '__proto__';

function userIdsIn(envelope: Envelope): string[] {
  const { command } = envelope;
  const ids = [envelope.actorId];
  if (command.type === 'assignRole') ids.push(command.userId);
  if ((command.type === 'addNextStep' || command.type === 'editNextStep') && command.ownerId !== undefined) {
    ids.push(command.ownerId);
  }
  return ids;
}

/** Validates untrusted input as an envelope carrying a known command. */
export function parseEnvelope(raw: unknown): { ok: true; envelope: Envelope } | Rejection {
  try {
    const outer = envelopeSchema.safeParse(raw, { reportInput: true });
    if (!outer.success) return reject('invalid', schemaRefusal(outer.error.issues[0], 'message'));
    const inner = commandSchema.safeParse(outer.data.command, { reportInput: true });
    if (!inner.success) return reject('invalid', schemaRefusal(inner.error.issues[0], 'command'));
    const envelope: Envelope = { ...outer.data, command: inner.data };
    if (userIdsIn(envelope).includes(RESERVED_USER_ID)) return reject('invalid', { key: 'userIdNotAllowed' });
    return { ok: true, envelope };
  } catch {
    // Getters that throw, proxies, revoked objects: hostile input is refused, never thrown.
    return reject('invalid', { key: 'unreadableMessage' });
  }
}

const HANDLERS: HandlerTable = {
  join,
  assignRole,
  advance,
  goBack,
  stateChallenge,
  removeChallenge,
  agreeChallenge,
  addCause,
  editCause,
  removeCause,
  addOption,
  editOption,
  removeOption,
  chooseOption,
  addNextStep,
  editNextStep,
  setNextStepDone,
  removeNextStep,
  recordConfidence,
  writeCoacheeSummary,
  giveAffirmation,
  planFollowUp,
  recordCoachEvent,
  recordCoacheeAcceptance,
  recordChatSummary,
  carryOver,
  reviewCarriedStep,
  reportCarriedDone,
  reviewCarriedCause,
};

/**
 * Applies one command. Pure and deterministic: the same state and envelope
 * always give the same result, so every client replaying the same log agrees.
 * A rejection leaves `state` untouched and says why.
 */
export function applyCommand(state: SessionState, envelope: Envelope): ApplyResult {
  const { command, actorId } = envelope;
  if (!has(HANDLERS, command.type)) return reject('invalid', { key: 'unknownCommand' });
  if (command.type !== 'join' && !has(state.participants, actorId)) {
    return reject('forbidden', NOT_JOINED_REFUSAL);
  }
  const role = roleOf(state, actorId);
  if (!mayIssue(role, command.type)) return reject('forbidden', refusalFor(role, command.type));
  // The table pairs each type with its handler; TypeScript cannot follow that through a lookup.
  const handler = HANDLERS[command.type] as Handler<Command['type']>;
  return handler(state, command, envelope);
}
