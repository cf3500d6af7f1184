import type { FollowThrough, InsightReading, Tally, ThinkingShare } from '../../../domain';
import type { Words } from '../../../words';
import { formatDuration, isolate, stageLabel } from '../../format';

// The domain's readings of a trend (facts only) as one plain sentence each, in
// the reader's language. Pure: no React.

/** Who the sentence is about: a coachee, named, as their coach reads it; or the reader themself. */
export type ReadingSubject = { kind: 'coachee'; name: string } | { kind: 'own' };

type Trend = 'up' | 'down' | 'same' | 'none';

/** The direction of a share against an earlier one, compared exactly (no rounding): none when there is nothing earlier to compare. */
export function trendOf(recent: Tally, earlier: Tally | null): Trend {
  if (!earlier || earlier.total === 0 || recent.total === 0) return 'none';
  const now = recent.count * earlier.total;
  const before = earlier.count * recent.total;
  return now > before ? 'up' : now < before ? 'down' : 'same';
}

const tallyOf = (share: ThinkingShare): Tally => ({ count: share.byCoachee, total: share.total });

const carried = (f: FollowThrough): number => f.done + f.notDone + f.dropped + f.unreviewed;

/** The shared arguments of a "count of total, up from …" sentence. */
function tallyValues(recent: Tally, earlier: Tally | null, sessions: number) {
  return {
    count: recent.count,
    total: recent.total,
    sessions,
    trend: trendOf(recent, earlier),
    earlierCount: earlier?.count ?? 0,
    earlierTotal: earlier?.total ?? 0,
  };
}

function thinkingText(words: Words, reading: Extract<InsightReading, { kind: 'thinkingShare' }>, subject: ReadingSubject): string {
  const values = tallyValues(tallyOf(reading.recent), reading.earlier && tallyOf(reading.earlier), reading.recentSessions);
  if (subject.kind === 'own') {
    switch (reading.area) {
      case 'challenge':
        return words.t('insights.reading.challenge.own', values);
      case 'causes':
        return words.t('insights.reading.causes.own', values);
      case 'options':
        return words.t('insights.reading.options.own', values);
      case 'nextSteps':
        return words.t('insights.reading.nextSteps.own', values);
      case 'overall':
        return words.t('insights.reading.overall.own', values);
    }
  }
  const named = { ...values, name: isolate(subject.name) };
  switch (reading.area) {
    case 'challenge':
      return words.t('insights.reading.challenge.coach', named);
    case 'causes':
      return words.t('insights.reading.causes.coach', named);
    case 'options':
      return words.t('insights.reading.options.coach', named);
    case 'nextSteps':
      return words.t('insights.reading.nextSteps.coach', named);
    case 'overall':
      return words.t('insights.reading.overall.coach', named);
  }
}

/** Minutes decide "the same": a few seconds more in Learn is not a trend. */
function stageTimeTrend(recentMs: number, earlierMs: number | null): Trend {
  if (earlierMs === null) return 'none';
  const now = Math.floor(recentMs / 60_000);
  const before = Math.floor(earlierMs / 60_000);
  return now > before ? 'up' : now < before ? 'down' : 'same';
}

/**
 * One sentence for a reading, or null when it holds nothing to say (no items
 * of that kind in the recent sessions): a sentence about "0 of 0" helps no one.
 */
export function readingText(words: Words, reading: InsightReading, subject: ReadingSubject): string | null {
  switch (reading.kind) {
    case 'thinkingShare':
      return reading.recent.total === 0 ? null : thinkingText(words, reading, subject);
    case 'stageTime':
      return words.t('insights.reading.stageTime', {
        stage: stageLabel(words, reading.stage),
        duration: formatDuration(words, reading.recentMs),
        sessions: reading.recentSessions,
        trend: stageTimeTrend(reading.recentMs, reading.earlierMs),
        earlier: reading.earlierMs === null ? '' : formatDuration(words, reading.earlierMs),
      });
    case 'followThrough': {
      const total = carried(reading.recent);
      if (total === 0) return null;
      const earlier = reading.earlier && { count: reading.earlier.done, total: carried(reading.earlier) };
      const values = {
        total,
        done: reading.recent.done,
        sessions: reading.recentSessions,
        trend: trendOf({ count: reading.recent.done, total }, earlier),
        earlierDone: earlier?.count ?? 0,
        earlierTotal: earlier?.total ?? 0,
      };
      return subject.kind === 'own'
        ? words.t('insights.reading.followThrough.own', values)
        : words.t('insights.reading.followThrough.coach', { ...values, name: isolate(subject.name) });
    }
    case 'stepsDone': {
      if (reading.recent.total === 0) return null;
      const values = tallyValues(reading.recent, reading.earlier, reading.recentSessions);
      return subject.kind === 'own'
        ? words.t('insights.reading.stepsDone.own', values)
        : words.t('insights.reading.stepsDone.coach', { ...values, name: isolate(subject.name) });
    }
  }
}

/** The sentences for a list of readings, most telling first, at most two (the domain already picks the most telling). */
export function readingTexts(words: Words, readings: readonly InsightReading[], subject: ReadingSubject): string[] {
  return readings
    .map((r) => readingText(words, r, subject))
    .filter((t): t is string => t !== null)
    .slice(0, 2);
}
