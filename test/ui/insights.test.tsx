import { render, screen, within } from '@testing-library/react';
import {
  acrossCoachees,
  type CoacheeInsights,
  type InsightReading,
  type SessionInsight,
  type Thinking,
  type ThinkingShare,
} from '../../src/domain';
import { AppShell } from '../../src/ui';
import { acrossCharts, coacheeCharts, ownCharts } from '../../src/ui/components/Insights/chartModels';
import { DataTable } from '../../src/ui/components/Insights/DataTable';
import { readingText, readingTexts, trendOf } from '../../src/ui/components/Insights/readingText';
import { formatDuration, isolate } from '../../src/ui/format';
import { english, wordsFor } from '../fixtures/words';

// The insights' words and numbers, without the charts (drawn and compared in
// the browser, test/e2e/insights.spec.ts): the sentences that read a trend,
// and the data table every chart stands on.

const share = (byCoachee: number, total: number): ThinkingShare => ({ byCoachee, total });
const thinking = (overall: ThinkingShare): Thinking => ({
  challenge: share(0, 0),
  causes: share(0, 0),
  options: share(0, 0),
  nextSteps: share(0, 0),
  overall,
});

function session(n: number, overall: ThinkingShare, extra: Partial<SessionInsight> = {}): SessionInsight {
  return {
    sessionId: `s-${n}`,
    date: `2026-11-${String(10 + n).padStart(2, '0')}`,
    thinking: thinking(overall),
    loopsBack: 0,
    stageMs: { open: 120_000, learn: 600_000, plan: 300_000, close: 180_000 },
    confidence: null,
    closedWithAllCriteria: false,
    followThrough: null,
    followUpHeld: null,
    ...extra,
  };
}

const SAM = { kind: 'coachee', name: 'Sam' } as const;
const OPTIONS_UP: InsightReading = {
  kind: 'thinkingShare',
  area: 'options',
  recent: share(4, 5),
  earlier: share(1, 4),
  recentSessions: 3,
  earlierSessions: 3,
};

describe('the sentences that read a trend', () => {
  test('a share compared exactly with the earlier one: up, down, the same, or nothing to compare', () => {
    expect(trendOf({ count: 4, total: 5 }, { count: 1, total: 4 })).toBe('up');
    expect(trendOf({ count: 1, total: 4 }, { count: 4, total: 5 })).toBe('down');
    expect(trendOf({ count: 2, total: 4 }, { count: 1, total: 2 })).toBe('same');
    expect(trendOf({ count: 2, total: 4 }, null)).toBe('none');
    expect(trendOf({ count: 2, total: 4 }, { count: 0, total: 0 })).toBe('none');
  });

  test('the coach reads the coachee by name, isolated, with the recent and the earlier share', () => {
    expect(readingText(english, OPTIONS_UP, SAM)).toBe(
      english.t('insights.reading.options.coach', {
        name: isolate('Sam'),
        count: 4,
        total: 5,
        sessions: 3,
        trend: 'up',
        earlierCount: 1,
        earlierTotal: 4,
      }),
    );
  });

  test('the coachee reads their own share in the second person, with no name', () => {
    const text = readingText(english, { ...OPTIONS_UP, earlier: null, earlierSessions: 0 }, { kind: 'own' });
    expect(text).toBe(
      english.t('insights.reading.options.own', { count: 4, total: 5, sessions: 3, trend: 'none', earlierCount: 0, earlierTotal: 0 }),
    );
    expect(text).not.toContain('Sam');
  });

  test('time per stage says durations in words and compares whole minutes', () => {
    const reading: InsightReading = {
      kind: 'stageTime',
      stage: 'learn',
      recentMs: 540_000,
      earlierMs: 545_000,
      recentSessions: 3,
      earlierSessions: 3,
    };
    expect(readingText(english, reading, SAM)).toBe(
      english.t('insights.reading.stageTime', {
        stage: english.t('common.stage.learn'),
        duration: formatDuration(english, 540_000),
        sessions: 3,
        trend: 'same',
        earlier: formatDuration(english, 545_000),
      }),
    );
  });

  test('follow-through counts every carried step, and a reading with nothing in it says nothing', () => {
    const followThrough: InsightReading = {
      kind: 'followThrough',
      recent: { done: 3, notDone: 1, dropped: 1, unreviewed: 0 },
      earlier: { done: 1, notDone: 2, dropped: 0, unreviewed: 1 },
      recentSessions: 2,
      earlierSessions: 2,
    };
    expect(readingText(english, followThrough, SAM)).toBe(
      english.t('insights.reading.followThrough.coach', {
        name: isolate('Sam'),
        total: 5,
        done: 3,
        sessions: 2,
        trend: 'up',
        earlierDone: 1,
        earlierTotal: 4,
      }),
    );
    const nothing: InsightReading = {
      kind: 'thinkingShare',
      area: 'causes',
      recent: share(0, 0),
      earlier: null,
      recentSessions: 1,
      earlierSessions: 0,
    };
    expect(readingTexts(english, [nothing, OPTIONS_UP, OPTIONS_UP, OPTIONS_UP], SAM)).toHaveLength(2);
    expect(readingText(english, nothing, SAM)).toBeNull();
  });

  test('German and Arabic say each count in its own plural form, never an ICU leftover', () => {
    const reading = (total: number): InsightReading => ({ ...OPTIONS_UP, recent: share(1, total), earlier: null, earlierSessions: 0 });
    const german = wordsFor('de-DE');
    const [one, many] = [1, 5].map((total) => readingText(german, reading(total), SAM) ?? '');
    expect(one).not.toBe(many!.replace('5', '1'));
    const arabic = wordsFor('ar-SA');
    // Arabic's one, two, few, many and other are five different sentences.
    const forms = [1, 2, 3, 11, 100].map((total) => readingText(arabic, reading(total), SAM)!.replace(/[0-9٠-٩]+/g, '#'));
    expect(new Set(forms).size).toBe(5);
    for (const text of [one, many, ...forms]) {
      expect(text).toContain(isolate('Sam'));
      expect(text).not.toMatch(/[{}]/);
    }
  });
});

describe('the data table under a chart', () => {
  const sessions = [
    session(1, share(1, 4), { confidence: 2, followUpHeld: true }),
    session(2, share(0, 0), { confidence: null, loopsBack: 2, followUpHeld: true }),
    session(3, share(4, 5), {
      confidence: 4,
      closedWithAllCriteria: true,
      followThrough: { done: 2, notDone: 1, dropped: 1, unreviewed: 0 },
    }),
  ];
  const models = coacheeCharts(english, sessions, 'Sam');
  const byId = (id: string) => models.find((m) => m.id === id)!;

  test('each value reads the same in the chart model and the table, a row per session, a column per series', () => {
    for (const model of models) {
      const { unmount } = render(
        <AppShell words={english}>
          <DataTable model={model} />
        </AppShell>,
      );
      const table = screen.getByRole('table', { name: model.title });
      const headers = within(table)
        .getAllByRole('columnheader')
        .map((h) => h.textContent);
      expect(headers).toEqual([model.rowHeader, ...model.series.map((s) => s.legend), ...model.extra.map((c) => c.header)]);
      const rows = within(table).getAllByRole('row').slice(1);
      expect(rows).toHaveLength(model.rows.length);
      rows.forEach((row, i) => {
        expect(within(row).getByRole('rowheader').textContent).toBe(model.rows[i]!.label);
        const cells = within(row)
          .getAllByRole('cell')
          .map((c) => c.textContent);
        expect(cells).toEqual([...model.series.map((s) => s.texts[i]), ...model.extra.map((c) => c.cells[i])]);
      });
      unmount();
    }
  });

  test('across coachees, month by month: a row per month in order, named in the reader’s language, its sessions counted', () => {
    const sam = { coacheeId: 'u-sam', sessions: [session(1, share(1, 4)), session(2, share(3, 4), { date: '2027-01-05' })] };
    const kim = { coacheeId: 'u-kim', sessions: [session(3, share(2, 4))] };
    const across = acrossCoachees([sam, kim] as unknown as CoacheeInsights[]);
    const byMonth = acrossCharts(english, across).find((m) => m.id === 'byMonth')!;
    expect(byMonth.rows.map((r) => r.key)).toEqual(['2026-11', '2027-01']);
    expect(byMonth.rows[1]).toMatchObject({ label: english.monthYear('2027-01'), tick: english.monthYear('2027-01', 'short') });
    const autumn = acrossCoachees([
      { coacheeId: 'u-sam', sessions: [session(1, share(1, 2)), session(2, share(1, 2), { date: '2026-12-01' })] },
    ] as unknown as CoacheeInsights[]);
    const ticks = acrossCharts(english, autumn)
      .find((m) => m.id === 'byMonth')!
      .rows.map((r) => r.tick);
    expect(ticks).toEqual([english.monthYear('2026-11', 'short'), english.monthYear('2026-12', 'month')]);
    expect(byMonth.series[0]!.values).toEqual([38, 75]);
    expect(byMonth.extra[0]!.cells).toEqual(['2', '1']);
    const german = wordsFor('de-DE');
    expect(acrossCharts(german, across).find((m) => m.id === 'byMonth')!.rows[0]!.label).toBe(german.monthYear('2026-11'));
  });

  test('the share of the thinking is a percentage of what was said; a session with nothing said is not recorded, not 0%', () => {
    const model = byId('thinking');
    expect(model.series[0]!.values).toEqual([25, null, 80]);
    expect(model.series[0]!.texts).toEqual([
      english.t('insights.value.percent', { percent: '25' }),
      english.t('insights.value.none'),
      english.t('insights.value.percent', { percent: '80' }),
    ]);
    expect(model.extra[0]!.cells[2]).toBe(english.t('insights.value.share', { count: 4, total: 5 }));
    expect(model.title).toBe(english.t('insights.chart.thinking.coachee', { name: isolate('Sam') }));
  });

  test('minutes per stage to a tenth, loops back beside them; follow-through only for sessions that carried steps in', () => {
    const stages = byId('stageTime');
    expect(stages.series.map((s) => s.values[0])).toEqual([2, 10, 5, 3]);
    expect(stages.extra[0]!.cells).toEqual(['0', '2', '0']);
    const followThrough = byId('followThrough');
    expect(followThrough.rows.map((r) => r.key)).toEqual(['s-3']);
    expect(followThrough.series.map((s) => s.values[0])).toEqual([2, 1, 1, 0]);
    const confidence = byId('confidence');
    expect(confidence.series[0]!.values).toEqual([2, null, 4]);
    // What the table has no column for is said in words: closed with every criterion met, follow-ups held (of those known).
    expect(confidence.notes).toEqual([
      english.t('insights.across.closedAll', { count: 1, total: 3 }),
      english.t('insights.across.followUpsHeld', { count: 2, total: 2 }),
    ]);
  });

  test('sessions are numbered from the first and dated in the reader’s locale', () => {
    const german = wordsFor('de-DE');
    const [thinkingModel] = ownCharts(german, [
      { sessionId: 'a', date: '2026-11-11', thinking: thinking(share(1, 2)), stepsDone: 1, stepsTotal: 3 },
    ]);
    expect(thinkingModel!.rows[0]!.label).toBe(
      german.t('insights.table.sessionRow', { number: '1', date: german.dayMonth('2026-11-11').replace(/ /g, '\u00a0') }),
    );
  });
});
