import {
  coacheesOf,
  openStepsOf,
  roleOf,
  upcomingFollowUps,
  type CoacheeOverview,
  type EpochMs,
  type LocalDate,
  type OpenStep,
  type SessionState,
  type TaskDone,
  type UpcomingFollowUp,
  type UserId,
} from '../../../domain';

// The personal tab's content as plain data: which parts a user sees, from
// their own stored sessions. No React, no formatting.

/** A session the user was coached in, for "Past sessions". */
export interface PastSession {
  session: SessionState;
  sessionId: string;
  createdAt: EpochMs;
  coachName: string;
  /** The challenge in force at the end; empty when none was stated. */
  challenge: string;
  stepsDone: number;
  stepsTotal: number;
}

/** What the user sees as someone who is coached. */
export interface AsCoachee {
  steps: OpenStep[];
  followUps: UpcomingFollowUp[];
  /** Newest first. */
  past: PastSession[];
}

/** What the user sees as a coach. */
export interface AsCoach {
  coachees: CoacheeOverview[];
}

export interface MyCoachingView {
  /** Null when the user was never coached in a stored session. */
  asCoachee: AsCoachee | null;
  /** Null when the user never coached in a stored session. */
  asCoach: AsCoach | null;
}

const challengeOf = (s: SessionState) =>
  (s.challenge.currentId && Object.hasOwn(s.challenge.versions, s.challenge.currentId) && s.challenge.versions[s.challenge.currentId]?.text) || '';

/**
 * The personal tab for `userId`. `ownTaskDone` is the user's own task list
 * only; it reaches the coachee part alone. The coach part takes no task
 * states: a coachee's plan shows what the session recorded.
 */
export function myCoachingView(
  sessions: readonly SessionState[],
  userId: UserId,
  ownTaskDone: TaskDone,
  today: LocalDate,
  now: EpochMs,
): MyCoachingView {
  const coached = sessions.filter((s) => roleOf(s, userId) === 'coachee');
  const coaching = sessions.filter((s) => roleOf(s, userId) === 'coach');
  return {
    asCoachee:
      coached.length === 0
        ? null
        : {
            steps: openStepsOf(coached, userId, ownTaskDone, today),
            followUps: upcomingFollowUps(coached, userId, now),
            past: [...coached]
              .sort((a, b) => b.createdAt - a.createdAt)
              .map((s) => {
                const steps = Object.values(s.nextSteps);
                const coach = Object.values(s.participants).find((p) => p.role === 'coach');
                return {
                  session: s,
                  sessionId: s.sessionId,
                  createdAt: s.createdAt,
                  coachName: coach?.displayName ?? 'Someone who left',
                  challenge: challengeOf(s),
                  stepsDone: steps.filter((step) => step.done).length,
                  stepsTotal: steps.length,
                };
              }),
          },
    // coacheesOf is given no task states, by design: see planOf.
    asCoach: coaching.length === 0 ? null : { coachees: coacheesOf(coaching, userId, now) },
  };
}
