import {
  carryOverFrom,
  createSession,
  type Command,
  type Refusal,
  type RefusalKey,
  type RejectionCode,
  type SessionState,
  type StepReview,
} from '../../src/domain';
import {
  attempt,
  COACH,
  COACHEE,
  DAY,
  deepFreeze,
  MINUTE,
  NEXT_WEEK,
  play,
  T0,
  type Actor,
  type EnvelopeOptions,
} from '../fixtures/sessions';

/**
 * Applies a command to a deep-frozen copy of `state` and expects success:
 * a handler that mutated its input would throw here.
 */
export function run(state: SessionState, actor: Actor, command: Command, atOffsetMs?: number): SessionState {
  return play(deepFreeze(state), actor, command, atOffsetMs);
}

/**
 * Expects the command to be refused with `code` (and, when given, a reason:
 * its key alone, or the whole refusal with its values), and the frozen input
 * state to be exactly as before. Returns the reason.
 */
export function expectRejected(
  state: SessionState,
  actor: Actor,
  command: Command,
  code: RejectionCode,
  reason?: RefusalKey | Refusal,
  atOffsetMs?: number,
  options?: EnvelopeOptions,
): Refusal {
  const before = structuredClone(state);
  deepFreeze(state);
  const result = attempt(state, actor, command, atOffsetMs, options);
  expect(result.ok).toBe(false);
  if (result.ok) throw new Error('unreachable');
  expect(result.code).toBe(code);
  if (typeof reason === 'string') expect(result.reason.key).toBe(reason);
  else if (reason) expect(result.reason).toEqual(reason);
  expect(state).toEqual(before);
  return result.reason;
}

export type By = 'coach' | 'coachee';

/** One session of a hand-made history, played through the real commands by `meeting`. */
export interface MeetingPlan {
  id: string;
  /** Days after T0 the session takes place. */
  day: number;
  coach?: Actor;
  coachee?: Actor;
  /** Who stated each challenge version (default: the coachee once). */
  challengeBy?: By[];
  causes?: By[];
  options?: By[];
  /** Who owns each next step (default: the coachee, once); ids `<id>-step-<i>`. */
  steps?: By[];
  /** Who wrote each next step (by index; default: its owner). */
  stepsWrittenBy?: By[];
  /** Next steps (by index) ticked done in the session. */
  stepsDone?: number[];
  /** Minutes from entering Learn to moving on to Plan (default 10); each loop back adds one more. */
  learnMinutes?: number;
  /** Times the pair goes back from Plan to Learn and on again. */
  loopsBack?: number;
  /** Confidence at the gate (default 4); null skips it, and the session stays in Plan. */
  confidence?: number | null;
  /** Close: every criterion met, only the follow-up on the coach's calendar, or nothing done in it. */
  close?: 'full' | 'calendar' | 'none';
  /** Minutes from entering Close to its last act (default 6). */
  closeMinutes?: number;
  /** The previous session brought in: reviews given, and steps its owner's client reported done. */
  carry?: { from: SessionState; reviews?: Record<string, StepReview>; reportedDone?: string[] };
}

/** A session played out as `plan` says, through parseEnvelope and applyCommand. */
export function meeting(plan: MeetingPlan): SessionState {
  const { id, day, coach = COACH, coachee = COACHEE } = plan;
  const actor = (by: By) => (by === 'coach' ? coach : coachee);
  let t = day * DAY;
  let s = createSession({ sessionId: id, organizerId: coach.userId, at: T0 + t });
  const act = (who: Actor, command: Command, at = t + MINUTE) => {
    t = at;
    s = play(s, who, command, t);
  };
  act(coach, { type: 'join', displayName: coach.displayName }, t);
  act(coachee, { type: 'join', displayName: coachee.displayName });
  if (plan.carry) {
    const { from, reviews = {}, reportedDone = [] } = plan.carry;
    act(coach, carryOverFrom(from));
    for (const [stepId, review] of Object.entries(reviews)) act(coach, { type: 'reviewCarriedStep', id: stepId, review });
    if (reportedDone.length > 0) act(coachee, { type: 'reportCarriedDone', ids: reportedDone });
  }
  (plan.challengeBy ?? ['coachee']).forEach((by, i) =>
    act(actor(by), { type: 'stateChallenge', id: `${id}-ch-${i}`, text: `Challenge ${i}` }),
  );
  act(coach, { type: 'advance', force: true });
  const learnStart = t;
  (plan.causes ?? []).forEach((by, i) => act(actor(by), { type: 'addCause', id: `${id}-cause-${i}`, text: `Cause ${i}` }, t + 1000));
  (plan.options ?? []).forEach((by, i) => act(actor(by), { type: 'addOption', id: `${id}-opt-${i}`, text: `Option ${i}` }, t + 1000));
  act(coach, { type: 'advance', force: true }, learnStart + (plan.learnMinutes ?? 10) * MINUTE);
  for (let i = 0; i < (plan.loopsBack ?? 0); i += 1) {
    act(coachee, { type: 'goBack', to: 'learn', reason: `Loop ${i}` });
    act(coach, { type: 'advance', force: true });
  }
  if ((plan.options ?? []).length > 0) act(coachee, { type: 'chooseOption', id: `${id}-opt-0` });
  (plan.steps ?? ['coachee']).forEach((by, i) =>
    act(
      actor(plan.stepsWrittenBy?.[i] ?? by),
      { type: 'addNextStep', id: `${id}-step-${i}`, text: `Step ${i}`, ownerId: actor(by).userId, due: NEXT_WEEK },
      t + 1000,
    ),
  );
  for (const i of plan.stepsDone ?? []) act(coachee, { type: 'setNextStepDone', id: `${id}-step-${i}`, done: true }, t + 1000);
  const confidence = plan.confidence === undefined ? 4 : plan.confidence;
  if (confidence === null) return s;
  act(coach, { type: 'recordConfidence', value: confidence });
  act(coach, { type: 'advance', force: true });
  const closeStart = t;
  const closeEnd = closeStart + (plan.closeMinutes ?? 6) * MINUTE;
  const close = plan.close ?? 'full';
  if (close === 'none') return s;
  const followUp = { type: 'planFollowUp', kind: 'statusUpdate', start: T0 + (day + 7) * DAY, durationMinutes: 30 } as const;
  if (close === 'calendar') {
    act(coach, followUp, closeEnd - MINUTE);
    act(coach, { type: 'recordCoachEvent', eventId: `evt-${id}`, iCalUId: `ical-${id}` }, closeEnd);
    return s;
  }
  act(coachee, { type: 'writeCoacheeSummary', text: 'My plan in my words.' }, closeStart + 1000);
  act(coach, followUp, closeStart + 2000);
  act(coach, { type: 'recordCoachEvent', eventId: `evt-${id}`, iCalUId: `ical-${id}` }, closeStart + 3000);
  act(coachee, { type: 'recordCoacheeAcceptance' }, closeStart + 4000);
  act(coach, { type: 'giveAffirmation', text: 'Well done.' }, closeEnd);
  return s;
}
