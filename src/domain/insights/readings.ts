import { addShares } from './figures';
import type { FollowThrough, InsightReading, SessionInsight, Tally, Thinking, ThinkingArea, ThinkingShare } from './types';

/**
 * How readings are chosen. The sessions are split into two windows: the last
 * ones (half of them, rounded up, at most RECENT_SESSIONS) and as many just
 * before (fewer when there are not enough). Each kind of reading compares the
 * two windows and scores the change from 0 to 1: for a share or a rate, the
 * difference of the two proportions (counted only when each side holds at
 * least MIN_COMPARED items, so one option either way is no trend); for a time,
 * the difference over the larger of the two. Readings with no earlier side
 * score 0. At most one reading of each kind is kept (the best-scoring area,
 * the stage whose time changed most); the top two that score at least
 * NOTABLE_CHANGE are the readings, most telling first. When none does, the
 * single first reading by priority (overall share of the thinking first)
 * stands alone, so there is something to say whenever anything was recorded.
 * Ties go by priority: thinking (overall, options, causes, challenge, next
 * steps), follow-through or steps done, then time in Learn, then in Close.
 */
export const RECENT_SESSIONS = 3;
export const MIN_COMPARED = 2;
export const NOTABLE_CHANGE = 0.15;
export const MAX_READINGS = 2;

const AREAS: readonly ThinkingArea[] = ['overall', 'options', 'causes', 'challenge', 'nextSteps'];

interface Candidate {
  reading: InsightReading;
  score: number;
  priority: number;
}

interface Split<T> {
  recent: readonly T[];
  earlier: readonly T[];
}

function split<T>(items: readonly T[]): Split<T> {
  const n = items.length;
  const recent = Math.min(RECENT_SESSIONS, Math.ceil(n / 2));
  const earlier = Math.min(recent, n - recent);
  return { recent: items.slice(n - recent), earlier: items.slice(n - recent - earlier, n - recent) };
}

const windows = (s: Split<unknown>) => ({ recentSessions: s.recent.length, earlierSessions: s.earlier.length });

/** The change between two proportions, when both rest on enough items. */
function rateChange(recent: Tally, earlier: Tally | null): number {
  if (!earlier || recent.total < MIN_COMPARED || earlier.total < MIN_COMPARED) return 0;
  return Math.abs(recent.count / recent.total - earlier.count / earlier.total);
}

const shareTally = (s: ThinkingShare): Tally => ({ count: s.byCoachee, total: s.total });
const zeroShare: ThinkingShare = { byCoachee: 0, total: 0 };

function thinkingCandidates(split: Split<{ thinking: Thinking }>): Candidate[] {
  return AREAS.flatMap((area, priority) => {
    const pool = (side: readonly { thinking: Thinking }[]) => side.map((s) => s.thinking[area]).reduce(addShares, zeroShare);
    const recent = pool(split.recent);
    if (recent.total === 0) return [];
    const before = pool(split.earlier);
    const earlier = before.total === 0 ? null : before;
    const score = rateChange(shareTally(recent), earlier && shareTally(earlier));
    return [{ reading: { kind: 'thinkingShare', area, recent, earlier, ...windows(split) }, score, priority }];
  });
}

const FOLLOW_THROUGH_PRIORITY = AREAS.length;

function addFollowThrough(a: FollowThrough, b: FollowThrough | null): FollowThrough {
  if (!b) return a;
  return { done: a.done + b.done, notDone: a.notDone + b.notDone, dropped: a.dropped + b.dropped, unreviewed: a.unreviewed + b.unreviewed };
}

const carried = (f: FollowThrough): number => f.done + f.notDone + f.dropped + f.unreviewed;

function followThroughCandidate(split: Split<SessionInsight>): Candidate[] {
  const none: FollowThrough = { done: 0, notDone: 0, dropped: 0, unreviewed: 0 };
  const recent = split.recent.map((s) => s.followThrough).reduce(addFollowThrough, none);
  if (carried(recent) === 0) return [];
  const before = split.earlier.map((s) => s.followThrough).reduce(addFollowThrough, none);
  const earlier = carried(before) === 0 ? null : before;
  const done = (f: FollowThrough): Tally => ({ count: f.done, total: carried(f) });
  const score = rateChange(done(recent), earlier && done(earlier));
  return [{ reading: { kind: 'followThrough', recent, earlier, ...windows(split) }, score, priority: FOLLOW_THROUGH_PRIORITY }];
}

/** Mean time in the stage over the sessions that spent any there; null when none did. */
function meanTime(sessions: readonly SessionInsight[], stage: 'learn' | 'close'): number | null {
  const times = sessions.map((s) => s.stageMs[stage]).filter((ms) => ms > 0);
  return times.length === 0 ? null : times.reduce((a, b) => a + b, 0) / times.length;
}

function stageTimeCandidates(split: Split<SessionInsight>): Candidate[] {
  return (['learn', 'close'] as const).flatMap((stage, i) => {
    const recentMs = meanTime(split.recent, stage);
    if (recentMs === null) return [];
    const earlierMs = meanTime(split.earlier, stage);
    const score = earlierMs === null ? 0 : Math.abs(recentMs - earlierMs) / Math.max(recentMs, earlierMs);
    return [
      { reading: { kind: 'stageTime', stage, recentMs, earlierMs, ...windows(split) }, score, priority: FOLLOW_THROUGH_PRIORITY + 1 + i },
    ];
  });
}

function stepsDoneCandidate(split: Split<{ stepsDone: number; stepsTotal: number }>): Candidate[] {
  const pool = (side: readonly { stepsDone: number; stepsTotal: number }[]): Tally =>
    side.reduce((t, s) => ({ count: t.count + s.stepsDone, total: t.total + s.stepsTotal }), { count: 0, total: 0 });
  const recent = pool(split.recent);
  if (recent.total === 0) return [];
  const before = pool(split.earlier);
  const earlier = before.total === 0 ? null : before;
  return [
    {
      reading: { kind: 'stepsDone', recent, earlier, ...windows(split) },
      score: rateChange(recent, earlier),
      priority: FOLLOW_THROUGH_PRIORITY,
    },
  ];
}

/** The rule above, over any candidates. */
function choose(candidates: readonly Candidate[]): InsightReading[] {
  const byPriority = [...candidates].sort((a, b) => a.priority - b.priority);
  const ranked = [...byPriority].sort((a, b) => b.score - a.score);
  const seen = new Set<InsightReading['kind']>();
  const chosen: InsightReading[] = [];
  for (const c of ranked) {
    if (chosen.length === MAX_READINGS || c.score < NOTABLE_CHANGE) break;
    if (seen.has(c.reading.kind)) continue;
    seen.add(c.reading.kind);
    chosen.push(c.reading);
  }
  const first = byPriority[0];
  return chosen.length > 0 || !first ? chosen : [first.reading];
}

/** The coach's readings of one coachee's sessions (oldest first). */
export function coachReadings(sessions: readonly SessionInsight[]): InsightReading[] {
  const s = split(sessions);
  return choose([...thinkingCandidates(s), ...followThroughCandidate(s), ...stageTimeCandidates(s)]);
}

/** The coachee's readings of their own sessions (oldest first): their share of the thinking and their steps done. */
export function ownReadings(sessions: readonly { thinking: Thinking; stepsDone: number; stepsTotal: number }[]): InsightReading[] {
  const s = split(sessions);
  return choose([...thinkingCandidates(s), ...stepsDoneCandidate(s)]);
}
