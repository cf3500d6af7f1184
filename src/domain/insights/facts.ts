import { stageComplete } from '../criteria';
import { participantWithRole } from '../roles';
import type { EpochMs, ItemId, SessionState, UserId } from '../session';
import type { Stage } from '../stages';
import { timeInStages } from '../timeline';
import { endOf, followThroughIn, loopsBackIn, thinkingOf } from './figures';
import type { FollowThrough, ThinkingShare } from './types';

/**
 * What insights need of one stored session, and nothing more: counts, times,
 * ids and dates, as the session's own file reads (sessionFacts). Insights
 * aggregate these (insights/fromFacts.ts), so they can be kept small in the
 * history index and drawn before the files are downloaded. Nothing a person
 * keeps to themselves (the coach's notes) is in them, and no text but the
 * coachee's display name.
 *
 * Serialisable as JSON, read back through `readSessionFacts` (unknown fields
 * dropped). The version changes whenever what a figure means changes: facts
 * of another version are not read (the file is, and gives facts of this one).
 */
export const SESSION_FACTS_VERSION = 2;

/** Counted relative to the session's coachee (`overall` is their sum, never stored). */
export interface FactsThinking {
  challenge: ThinkingShare;
  causes: ThinkingShare;
  options: ThinkingShare;
  nextSteps: ThinkingShare;
}

/** A next step the coachee owns: the coachee's own task list may say otherwise about `done` (doneAsSeenBy). */
export interface FactsStep {
  id: ItemId;
  done: boolean;
}

export interface SessionFacts {
  v: typeof SESSION_FACTS_VERSION;
  sessionId: string;
  createdAt: EpochMs;
  /** The newest timeline entry's position: of two copies of one session, the one further along counts. */
  seq: number;
  coachId: UserId | null;
  coacheeId: UserId | null;
  /** The name the session knows the coachee by. */
  coacheeName: string | null;
  thinking: FactsThinking;
  loopsBack: number;
  /** Time per stage, the last visit ending at the last thing done in the session. */
  stageMs: Record<Stage, number>;
  confidence: number | null;
  closedWithAllCriteria: boolean;
  /** The coachee's carried steps as this session reviewed them; null when nothing was carried over. */
  followThrough: FollowThrough | null;
  /** The follow-up went on the coach's calendar. */
  followUpBooked: boolean;
  /** The session this one carried over, if any. */
  carriedFrom: string | null;
  /** The next steps the coachee owns, in the session's order. */
  coacheeSteps: FactsStep[];
}

/** What a session's own file says, as facts. Pure. */
export function sessionFacts(state: SessionState): SessionFacts {
  const coachee = participantWithRole(state.participants, 'coachee') ?? null;
  const coach = participantWithRole(state.participants, 'coach') ?? null;
  const coacheeId = coachee?.userId ?? null;
  const { challenge, causes, options, nextSteps } = thinkingOf(state, coacheeId);
  return {
    v: SESSION_FACTS_VERSION,
    sessionId: state.sessionId,
    createdAt: state.createdAt,
    seq: state.timeline.last.seq,
    coachId: coach?.userId ?? null,
    coacheeId,
    coacheeName: coachee?.displayName ?? null,
    thinking: { challenge, causes, options, nextSteps },
    loopsBack: loopsBackIn(state),
    stageMs: timeInStages(state, endOf(state)),
    confidence: state.confidence?.value ?? null,
    closedWithAllCriteria: state.stage === 'close' && stageComplete(state, 'close'),
    followThrough: coacheeId === null ? null : followThroughIn(state, coacheeId),
    followUpBooked: state.followUp.coachEvent !== null,
    carriedFrom: state.carriedOver?.fromSessionId ?? null,
    coacheeSteps: Object.values(state.nextSteps)
      .filter((step) => coacheeId !== null && step.ownerId === coacheeId)
      .map((step) => ({ id: step.id, done: step.done })),
  };
}
