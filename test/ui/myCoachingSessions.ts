import { createSession, type SessionState } from '../../src/domain';
import { DAY, HOUR, MINUTE, T0, play, type Actor } from '../fixtures/sessions';

export interface StepSpec {
  id: string;
  text: string;
  owner: Actor;
  due: string;
  done?: boolean;
}

export interface SessionSpec {
  sessionId: string;
  coach: Actor;
  coachee: Actor;
  /** Minutes after T0 the session began (so newer sessions sort first). */
  atMinutes?: number;
  challenge?: string;
  steps?: StepSpec[];
  /** A follow-up `inDays` after T0 (10:00 UTC), its invite on the coach's calendar unless `iCalUId` is null. */
  followUp?: { inDays: number; iCalUId: string | null };
}

/** A stored session as the personal tab reads it, built through the domain's own commands. */
export function storedSession({ sessionId, coach, coachee, atMinutes = 0, challenge, steps = [], followUp }: SessionSpec): SessionState {
  const at = atMinutes * MINUTE;
  let t = at;
  const next = () => (t += MINUTE);
  let s = createSession({ sessionId, organizerId: coach.userId, at: T0 + at });
  s = play(s, coach, { type: 'join', displayName: coach.displayName }, t);
  s = play(s, coachee, { type: 'join', displayName: coachee.displayName }, next());
  if (challenge) s = play(s, coachee, { type: 'stateChallenge', id: `${sessionId}-ch`, text: challenge }, next());
  for (const step of steps) {
    s = play(s, coach, { type: 'addNextStep', id: step.id, text: step.text, ownerId: step.owner.userId, due: step.due }, next());
    if (step.done) s = play(s, step.owner, { type: 'setNextStepDone', id: step.id, done: true }, next());
  }
  if (followUp) {
    s = play(
      s,
      coach,
      { type: 'planFollowUp', kind: 'statusUpdate', start: T0 + followUp.inDays * DAY + HOUR, durationMinutes: 30 },
      next(),
    );
    if (followUp.iCalUId) s = play(s, coach, { type: 'recordCoachEvent', eventId: `evt-${sessionId}`, iCalUId: followUp.iCalUId }, next());
  }
  return s;
}
