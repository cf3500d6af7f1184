import type { TaskDone } from './plans';
import type { LocalDate, SessionState, UserId } from './session';
import type { Stage } from './stages';

/** How many items of one kind there were, and how many the coachee put in their own words. `total` 0 means none: never divide by it. */
export interface ThinkingShare {
  byCoachee: number;
  total: number;
}

/** The kinds of thinking counted, `overall` being their sum. */
export type ThinkingArea = 'challenge' | 'causes' | 'options' | 'nextSteps' | 'overall';

export type Thinking = Record<ThinkingArea, ThinkingShare>;

/** Carried steps as reviewed at the next session; `unreviewed` were carried but never given a review. */
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
  /** Time per stage, the last visit ending at the session's last stage change (never "now"). */
  stageMs: Record<Stage, number>;
  /** The confidence recorded at the gate, if any. */
  confidence: number | null;
  /** Reached Close with every Close criterion met. */
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

/**
 * One reading of a trend, as facts the UI words in a sentence or two. `recent`
 * covers the last `recentSessions` sessions, `earlier` the ones before (null
 * when there were none or they hold nothing to compare).
 */
export type InsightReading =
  | { kind: 'thinkingShare'; area: ThinkingArea; recent: ThinkingShare; earlier: ThinkingShare | null; recentSessions: number }
  | { kind: 'stageTime'; stage: 'learn' | 'close'; recentMs: number; earlierMs: number | null; recentSessions: number }
  | { kind: 'followThrough'; recent: FollowThrough; earlier: FollowThrough | null; recentSessions: number }
  | { kind: 'stepsDone'; recent: Tally; earlier: Tally | null; recentSessions: number };

export interface CoacheeInsights {
  coacheeId: UserId;
  /** The name the newest session knows them by; null when no session does. */
  displayName: string | null;
  /** Oldest first. */
  sessions: SessionInsight[];
  /** The most telling one or two, most telling first. */
  readings: InsightReading[];
}

/** The coach's view across every coachee. */
export interface AcrossCoachees {
  coachees: number;
  sessions: number;
  /** Per calendar month (`YYYY-MM`), oldest first. */
  byMonth: AcrossPoint<{ month: string }>[];
  /** By position in each coachee's own history (0 = their first session with this coach). */
  bySessionIndex: AcrossPoint<{ index: number }>[];
  followThrough: FollowThrough;
  /** Follow-ups held out of those that could have been (the newest session of each coachee does not count). */
  followUpsHeld: Tally;
  /** Sessions that reached Close with every criterion met, out of all. */
  closedWithAllCriteria: Tally;
}

/** One point of an across-coachees trend. */
export type AcrossPoint<K> = K & {
  sessions: number;
  /** Pooled overall thinking of those sessions. */
  thinking: ThinkingShare;
  /** Mean of the sessions' own overall shares (0–1), over sessions with any thinking; null when none had any. */
  meanShare: number | null;
};

export interface OwnSession {
  sessionId: string;
  date: LocalDate;
  thinking: Thinking;
  stepsDone: number;
  stepsTotal: number;
}

export interface OwnInsights {
  /** Oldest first. */
  sessions: OwnSession[];
  readings: InsightReading[];
}

/** Per coachee `coachId` coached, from the sessions where they were the coach; the most recently seen coachee first. */
export function coachInsights(sessions: readonly SessionState[], coachId: UserId): CoacheeInsights[] {
  void sessions;
  void coachId;
  return [];
}

export function acrossCoachees(perCoachee: readonly CoacheeInsights[]): AcrossCoachees {
  void perCoachee;
  const none: FollowThrough = { done: 0, notDone: 0, dropped: 0, unreviewed: 0 };
  return {
    coachees: 0,
    sessions: 0,
    byMonth: [],
    bySessionIndex: [],
    followThrough: none,
    followUpsHeld: { count: 0, total: 0 },
    closedWithAllCriteria: { count: 0, total: 0 },
  };
}

/** The coachee's own view from their own copies: their share of the thinking and their own steps done. */
export function ownInsights(sessions: readonly SessionState[], coacheeId: UserId, done?: TaskDone): OwnInsights {
  void sessions;
  void coacheeId;
  void done;
  return { sessions: [], readings: [] };
}
