import { sessionFacts } from './insights/facts';
import { coachInsightsFromFacts, ownInsightsFromFacts } from './insights/fromFacts';
import type { CoacheeInsights, OwnInsights } from './insights/types';
import type { TaskDone } from './plans';
import type { SessionState, UserId } from './session';

export { acrossCoachees } from './insights/across';
export { coachInsightsFromFacts, ownInsightsFromFacts } from './insights/fromFacts';
export { sessionFacts, SESSION_FACTS_VERSION } from './insights/facts';
export { readSessionFacts, sessionFactsSchema } from './insights/factsSchema';
export type { FactsStep, FactsThinking, SessionFacts } from './insights/facts';
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

/**
 * Per coachee `coachId` coached, from the sessions where they were the coach
 * (sessions with no coachee aside); the most recently seen coachee first.
 * The same as coachInsightsFromFacts over each session's facts.
 */
export function coachInsights(sessions: readonly SessionState[], coachId: UserId): CoacheeInsights[] {
  return coachInsightsFromFacts(sessions.map(sessionFacts), coachId);
}

/**
 * The coachee's own view, from the sessions where they were the coachee:
 * their share of the thinking and the steps they own done. `done` is their
 * own task list (stepTaskKey), which wins over the session's tick. Only
 * what both shared in the session is read: nothing the coach keeps private.
 */
export function ownInsights(sessions: readonly SessionState[], coacheeId: UserId, done: TaskDone = new Map()): OwnInsights {
  return ownInsightsFromFacts(sessions.map(sessionFacts), coacheeId, done);
}
