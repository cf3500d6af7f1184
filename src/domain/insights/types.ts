import type { LocalDate, UserId } from '../session';
import type { Stage } from '../stages';

/** How many items of one kind there were, and how many the coachee put in their own words. `total` 0 means none: never divide by it. */
export interface ThinkingShare {
  byCoachee: number;
  total: number;
}

/**
 * The kinds of thinking counted, `overall` being their sum, each by author:
 * what the coachee wrote in their own words is theirs. A next step counts
 * for whoever wrote it, not whoever owns it: a step the coach writes for the
 * coachee is the coach's thinking, though it is the coachee's to do.
 */
export type ThinkingArea = 'challenge' | 'causes' | 'options' | 'nextSteps' | 'overall';

export type Thinking = Record<ThinkingArea, ThinkingShare>;

/**
 * The coachee's carried steps as reviewed at the next session. A step with no
 * review that the coachee's own client reported done from their task list
 * counts as done; `unreviewed` were carried but never given a review.
 */
export interface FollowThrough {
  done: number;
  notDone: number;
  dropped: number;
  unreviewed: number;
}

export interface SessionInsight {
  sessionId: string;
  /** The day the session began (UTC, as carry-over dates it). */
  date: LocalDate;
  thinking: Thinking;
  /** Times the pair went back to an earlier stage. */
  loopsBack: number;
  /** Time per stage, the last visit ending at the last thing done in the session (never "now"). */
  stageMs: Record<Stage, number>;
  /** The confidence recorded at the gate, if any. */
  confidence: number | null;
  /** Is in Close with every Close criterion met. */
  closedWithAllCriteria: boolean;
  /** The previous session's steps as reviewed in this one; null when nothing was carried over. */
  followThrough: FollowThrough | null;
  /** The follow-up went on the calendar and a later stored session with the pair carried this one over; null for the newest. */
  followUpHeld: boolean | null;
}

/** A count out of a total (e.g. steps done of steps planned). */
export interface Tally {
  count: number;
  total: number;
}

/** The sessions a reading compares: the last `recentSessions`, and the `earlierSessions` just before them (0 when none). */
interface Windows {
  recentSessions: number;
  earlierSessions: number;
}

/**
 * One reading of a trend, as facts the UI words in a sentence or two.
 * `earlier` is null when there were no earlier sessions or they hold nothing
 * of the kind. Chosen and ranked by the rule in insights/readings.ts.
 */
export type InsightReading = Windows &
  (
    | { kind: 'thinkingShare'; area: ThinkingArea; recent: ThinkingShare; earlier: ThinkingShare | null }
    /** Mean time per session in the stage, over the sessions that spent time in it. */
    | { kind: 'stageTime'; stage: 'learn' | 'close'; recentMs: number; earlierMs: number | null }
    | { kind: 'followThrough'; recent: FollowThrough; earlier: FollowThrough | null }
    /** The coachee's own steps done (their own view). */
    | { kind: 'stepsDone'; recent: Tally; earlier: Tally | null }
  );

export interface CoacheeInsights {
  coacheeId: UserId;
  /** The name the newest session knows them by; null when none does. */
  displayName: string | null;
  /** Oldest first. */
  sessions: SessionInsight[];
  /** The most telling one or two, most telling first. */
  readings: InsightReading[];
}

/** One point of an across-coachees trend. */
export type AcrossPoint<K> = K & {
  sessions: number;
  /** The overall thinking of those sessions, pooled. */
  thinking: ThinkingShare;
  /** Mean of the sessions' own overall shares (0–1), over the sessions with any thinking; null when none had any. */
  meanShare: number | null;
};

/** The coach's view across every coachee. */
export interface AcrossCoachees {
  /** Coachees with at least one session. */
  coachees: number;
  sessions: number;
  /** Per calendar month (`YYYY-MM`), oldest first. */
  byMonth: AcrossPoint<{ month: string }>[];
  /** By position in each coachee's own history (0 = their first session with this coach). */
  bySessionIndex: AcrossPoint<{ index: number }>[];
  followThrough: FollowThrough;
  /** Follow-ups held, out of the sessions a later one could have followed up (each coachee's newest does not count). */
  followUpsHeld: Tally;
  /** Sessions closed with every Close criterion met, out of all. */
  closedWithAllCriteria: Tally;
  /** Mean confidence at the gate over the sessions that recorded one; null when none did. */
  meanConfidence: number | null;
  /** Mean time per stage per session (0 with no sessions). */
  meanStageMs: Record<Stage, number>;
  /** Loops back per session, on average (0 with no sessions). */
  meanLoopsBack: number;
}

export interface OwnSession {
  sessionId: string;
  date: LocalDate;
  thinking: Thinking;
  /** Of the steps this person owns in that session. */
  stepsDone: number;
  stepsTotal: number;
}

export interface OwnInsights {
  /** Oldest first. */
  sessions: OwnSession[];
  readings: InsightReading[];
}
