import {
  coacheesOf,
  openStepsOf,
  participantWithRole,
  own,
  planOf,
  progressOf,
  roleOf,
  sessionAsSeenBy,
  upcomingFollowUps,
  type CoacheeOverview,
  type EpochMs,
  type LocalDate,
  type OpenStep,
  type SessionState,
  type StepProgress,
  type TaskDone,
  type UpcomingFollowUp,
  type UserId,
} from '../../../domain';

// The personal tab's content as plain data: which parts a user sees, from
// their own stored sessions. No React, no formatting.

/** A session the user was coached in, for "Past sessions". */
export interface PastSession {
  /** The session as the user sees it: their own steps done as their task list says (sessionAsSeenBy), so its notes agree with `progress`. */
  session: SessionState;
  sessionId: string;
  createdAt: EpochMs;
  /** Null when the coach has left the roster. */
  coachName: string | null;
  /** The challenge in force at the end; empty when none was stated. */
  challenge: string;
  /** Its next steps done, as the user sees them everywhere else. */
  progress: StepProgress;
}

/** What the user sees as someone who is coached. */
export interface AsCoachee {
  /** Their own open steps, overdue first. */
  steps: OpenStep[];
  /** How many of `steps` are overdue. */
  overdue: number;
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
  (s.challenge.currentId &&
    Object.hasOwn(s.challenge.versions, s.challenge.currentId) &&
    own(s.challenge.versions, s.challenge.currentId)?.text) ||
  '';

/**
 * The personal tab for `userId`. `ownTaskDone` is the user's own task list
 * only: it decides the done state of the user's own steps wherever they show
 * (open steps, past sessions' counts and notes, the coach's own steps in a
 * coachee's plan); everyone else's steps show what the session recorded.
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
  const steps = openStepsOf(coached, userId, ownTaskDone, today);
  return {
    asCoachee:
      coached.length === 0
        ? null
        : {
            steps,
            overdue: steps.filter((s) => s.urgency === 'overdue').length,
            followUps: upcomingFollowUps(coached, userId, now),
            past: [...coached]
              .sort((a, b) => b.createdAt - a.createdAt)
              .map((s) => {
                const coach = participantWithRole(s.participants, 'coach');
                return {
                  session: sessionAsSeenBy(s, userId, ownTaskDone),
                  sessionId: s.sessionId,
                  createdAt: s.createdAt,
                  coachName: coach?.displayName ?? null,
                  challenge: challengeOf(s),
                  progress: progressOf(planOf(s, userId, ownTaskDone).steps),
                };
              }),
          },
    // The coach's own task list reaches only the coach's own steps (planOf); a coachee's show what was agreed.
    asCoach: coaching.length === 0 ? null : { coachees: coacheesOf(coaching, userId, now, ownTaskDone) },
  };
}
