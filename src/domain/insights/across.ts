import { STAGES, type Stage } from '../stages';
import { addShares } from './figures';
import type { AcrossCoachees, AcrossPoint, CoacheeInsights, FollowThrough, SessionInsight, ThinkingShare } from './types';

interface Bucket {
  sessions: number;
  thinking: ThinkingShare;
  shareSum: number;
  withThinking: number;
}

function addTo(bucket: Bucket | undefined, s: SessionInsight): Bucket {
  const b = bucket ?? { sessions: 0, thinking: { byCoachee: 0, total: 0 }, shareSum: 0, withThinking: 0 };
  const { byCoachee, total } = s.thinking.overall;
  return {
    sessions: b.sessions + 1,
    thinking: addShares(b.thinking, s.thinking.overall),
    shareSum: total > 0 ? b.shareSum + byCoachee / total : b.shareSum,
    withThinking: total > 0 ? b.withThinking + 1 : b.withThinking,
  };
}

function point<K>(key: K, b: Bucket): AcrossPoint<K> {
  return { ...key, sessions: b.sessions, thinking: b.thinking, meanShare: b.withThinking > 0 ? b.shareSum / b.withThinking : null };
}

/** The coach's view across every coachee, from their per-coachee insights. */
export function acrossCoachees(perCoachee: readonly CoacheeInsights[]): AcrossCoachees {
  const months = new Map<string, Bucket>();
  const positions: Bucket[] = [];
  const followThrough: FollowThrough = { done: 0, notDone: 0, dropped: 0, unreviewed: 0 };
  const stageTotals = Object.fromEntries(STAGES.map((s) => [s, 0])) as Record<Stage, number>;
  let sessions = 0;
  let coachees = 0;
  let held = 0;
  let couldHold = 0;
  let closed = 0;
  let confidenceSum = 0;
  let confidences = 0;
  let loops = 0;
  for (const coachee of perCoachee) {
    if (coachee.sessions.length > 0) coachees += 1;
    coachee.sessions.forEach((s, index) => {
      sessions += 1;
      const month = s.date.slice(0, 7);
      months.set(month, addTo(months.get(month), s));
      positions[index] = addTo(positions[index], s);
      if (s.followThrough) for (const k of ['done', 'notDone', 'dropped', 'unreviewed'] as const) followThrough[k] += s.followThrough[k];
      if (s.followUpHeld !== null) couldHold += 1;
      if (s.followUpHeld === true) held += 1;
      if (s.closedWithAllCriteria) closed += 1;
      if (s.confidence !== null) {
        confidenceSum += s.confidence;
        confidences += 1;
      }
      loops += s.loopsBack;
      for (const stage of STAGES) stageTotals[stage] += s.stageMs[stage];
    });
  }
  const mean = (sum: number) => (sessions === 0 ? 0 : sum / sessions);
  return {
    coachees,
    sessions,
    byMonth: [...months.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([month, b]) => point({ month }, b)),
    bySessionIndex: positions.map((b, index) => point({ index }, b)),
    followThrough,
    followUpsHeld: { count: held, total: couldHold },
    closedWithAllCriteria: { count: closed, total: sessions },
    meanConfidence: confidences === 0 ? null : confidenceSum / confidences,
    meanStageMs: Object.fromEntries(STAGES.map((s) => [s, mean(stageTotals[s])])) as Record<Stage, number>,
    meanLoopsBack: mean(loops),
  };
}
