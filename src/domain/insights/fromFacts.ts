import { stepTaskKey, type TaskDone } from '../plans';
import type { UserId } from '../session';
import type { SessionFacts } from './facts';
import { chronological, dayOf, sessionInsight, withOverall } from './figures';
import { coachReadings, ownReadings } from './readings';
import type { CoacheeInsights, OwnInsights, OwnSession } from './types';

/**
 * Per coachee `coachId` coached, from the facts of the sessions where they
 * were the coach (sessions with no coachee aside); the most recently seen
 * coachee first. Linear in sessions.
 */
export function coachInsightsFromFacts(facts: readonly SessionFacts[], coachId: UserId): CoacheeInsights[] {
  const pairs = new Map<UserId, SessionFacts[]>();
  for (const f of chronological(facts)) {
    if (f.coachId !== coachId || f.coacheeId === null) continue;
    const list = pairs.get(f.coacheeId);
    if (list) list.push(f);
    else pairs.set(f.coacheeId, [f]);
  }
  const lastSeen = ([, list]: [UserId, SessionFacts[]]) => list[list.length - 1]?.createdAt ?? 0;
  return [...pairs.entries()]
    .sort((a, b) => lastSeen(b) - lastSeen(a) || (a[0] < b[0] ? -1 : 1))
    .map(([coacheeId, list]) => {
      // The latest session of the pair that carried each earlier one over.
      const carriedAt = new Map<string, number>();
      for (const f of list) {
        if (f.carriedFrom !== null) carriedAt.set(f.carriedFrom, Math.max(carriedAt.get(f.carriedFrom) ?? -Infinity, f.createdAt));
      }
      const newest = list[list.length - 1];
      const insights = list.map((f) => {
        const held = f === newest ? null : f.followUpBooked && (carriedAt.get(f.sessionId) ?? -Infinity) > f.createdAt;
        return sessionInsight(f, held);
      });
      return { coacheeId, displayName: newest?.coacheeName ?? null, sessions: insights, readings: coachReadings(insights) };
    });
}

/**
 * The coachee's own view, from the facts of the sessions where they were the
 * coachee: their share of the thinking and the steps they own done. `done` is
 * their own task list (stepTaskKey), which wins over the session's tick (as
 * doneAsSeenBy decides). Facts hold nothing the coach keeps private.
 */
export function ownInsightsFromFacts(facts: readonly SessionFacts[], coacheeId: UserId, done: TaskDone = new Map()): OwnInsights {
  const mine: OwnSession[] = chronological(facts)
    .filter((f) => f.coacheeId === coacheeId)
    .map((f) => ({
      sessionId: f.sessionId,
      date: dayOf(f.createdAt),
      thinking: withOverall(f.thinking),
      stepsDone: f.coacheeSteps.filter((step) => done.get(stepTaskKey(f.sessionId, step.id)) ?? step.done).length,
      stepsTotal: f.coacheeSteps.length,
    }));
  return { sessions: mine, readings: ownReadings(mine) };
}
