import { chronological, dayOf, sessionInsight, thinkingOf } from './insights/figures';
import { coachReadings, ownReadings } from './insights/readings';
import type { CoacheeInsights, OwnInsights, OwnSession } from './insights/types';
import { doneAsSeenBy, type TaskDone } from './plans';
import { own } from './records';
import { roleOf } from './roles';
import type { Participant, SessionState, UserId } from './session';

export { acrossCoachees } from './insights/across';
export { MAX_READINGS, MIN_COMPARED, NOTABLE_CHANGE, RECENT_SESSIONS } from './insights/readings';
export type {
  AcrossCoachees,
  AcrossPoint,
  CoacheeInsights,
  FollowThrough,
  InsightReading,
  OwnInsights,
  OwnSession,
  SessionInsight,
  Tally,
  Thinking,
  ThinkingArea,
  ThinkingShare,
} from './insights/types';

function coacheeOf(session: SessionState): Participant | undefined {
  return Object.values(session.participants).find((p) => p.role === 'coachee');
}

/**
 * Per coachee `coachId` coached, from the sessions where they were the coach
 * (sessions with no coachee aside); the most recently seen coachee first.
 * Linear in sessions and items: each session's carry-over is indexed once.
 */
export function coachInsights(sessions: readonly SessionState[], coachId: UserId): CoacheeInsights[] {
  const pairs = new Map<UserId, SessionState[]>();
  for (const s of chronological(sessions)) {
    const coachee = roleOf(s, coachId) === 'coach' ? coacheeOf(s) : undefined;
    if (!coachee) continue;
    const list = pairs.get(coachee.userId);
    if (list) list.push(s);
    else pairs.set(coachee.userId, [s]);
  }
  const lastSeen = ([, list]: [UserId, SessionState[]]) => list[list.length - 1]?.createdAt ?? 0;
  return [...pairs.entries()]
    .sort((a, b) => lastSeen(b) - lastSeen(a) || (a[0] < b[0] ? -1 : 1))
    .map(([coacheeId, list]) => {
      // The latest session of the pair that carried each earlier one over.
      const carriedAt = new Map<string, number>();
      for (const s of list) {
        const from = s.carriedOver?.fromSessionId;
        if (from !== undefined) carriedAt.set(from, Math.max(carriedAt.get(from) ?? -Infinity, s.createdAt));
      }
      const newest = list[list.length - 1];
      const insights = list.map((s) => {
        const held = s === newest ? null : s.followUp.coachEvent !== null && (carriedAt.get(s.sessionId) ?? -Infinity) > s.createdAt;
        return sessionInsight(s, coacheeId, held);
      });
      const displayName = (newest && own(newest.participants, coacheeId)?.displayName) ?? null;
      return { coacheeId, displayName, sessions: insights, readings: coachReadings(insights) };
    });
}

/**
 * The coachee's own view, from the sessions where they were the coachee:
 * their share of the thinking and the steps they own done. `done` is their
 * own task list (stepTaskKey), which wins over the session's tick. Only
 * what both shared in the session is read: nothing the coach keeps private.
 */
export function ownInsights(sessions: readonly SessionState[], coacheeId: UserId, done: TaskDone = new Map()): OwnInsights {
  const mine: OwnSession[] = chronological(sessions)
    .filter((s) => roleOf(s, coacheeId) === 'coachee')
    .map((s) => {
      const steps = Object.values(s.nextSteps).filter((step) => step.ownerId === coacheeId);
      return {
        sessionId: s.sessionId,
        date: dayOf(s.createdAt),
        thinking: thinkingOf(s, coacheeId),
        stepsDone: steps.filter((step) => doneAsSeenBy(s, step, coacheeId, done)).length,
        stepsTotal: steps.length,
      };
    });
  return { sessions: mine, readings: ownReadings(mine) };
}
