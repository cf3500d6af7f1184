import type { AcrossCoachees, AcrossPoint, OwnSession, SessionInsight, ThinkingShare } from '../../../domain';
import type { Words } from '../../../words';
import { isolate, stageLabel } from '../../format';
import { SERIES_COLOR } from './seriesColors';

// Each chart as plain data: its rows (sessions), its series and how each value
// reads. The chart and its data table are both drawn from one model, so the
// table's numbers are the chart's by construction. Pure: no React.

/** A point on the x axis: a session (or a session number across coachees). */
export interface ChartRow {
  key: string;
  /** The row's header in the table and the point's name in the chart ("2 · 7 Dec 2026"). */
  label: string;
  /** The axis tick ("2"). */
  tick: string;
}

export interface ChartSeries {
  key: string;
  legend: string;
  /** A CSS colour that follows the theme (seriesColors.ts). */
  color: string;
  /** One per row; null where the session has nothing to show (not drawn, "Not recorded" in the table). */
  values: readonly (number | null)[];
  /** Each value as read: the table's cell and the chart's point label say exactly this. */
  texts: readonly string[];
}

/** A column only the table shows: facts about the same rows that the chart does not draw. */
export interface ExtraColumn {
  header: string;
  cells: readonly string[];
}

export type ChartId = 'thinking' | 'stageTime' | 'confidence' | 'followThrough' | 'stepsDone' | 'bySession' | 'byMonth';

export interface ChartModel {
  id: ChartId;
  /** The chart's accessible name and the table's caption. */
  title: string;
  /** A line for one measure over time; stacked bars for parts of a whole. */
  kind: 'line' | 'stacked';
  xTitle: string;
  /** The table's first column header. */
  rowHeader: string;
  rows: readonly ChartRow[];
  series: readonly ChartSeries[];
  extra: readonly ExtraColumn[];
  /** Sentences about the same sessions that neither the chart nor the table draws (totals). */
  notes: readonly string[];
  /** Whole numbers only on the y axis (counts). */
  counts?: boolean;
  /** The y axis reads in percent. */
  percent?: boolean;
  yMin?: number;
  yMax?: number;
  /** The y axis' ticks, where the scale has fixed steps (confidence 1–5, shares in quarters). */
  yTicks?: readonly number[];
  /** True when nothing would be drawn (every value missing or zero): the figure says so instead. */
  empty: boolean;
}

const PERCENT_TICKS = [0, 25, 50, 75, 100];

const percentOf = (share: ThinkingShare): number | null => (share.total === 0 ? null : Math.round((100 * share.byCoachee) / share.total));

/** Minutes to a tenth: a short session's Open still shows, a long one's reads at a glance. */
const minutesOf = (ms: number): number => Math.round(ms / 6_000) / 10;

const noneText = (words: Words) => words.t('insights.value.none');

function texts(words: Words, values: readonly (number | null)[], say: (v: number) => string): string[] {
  return values.map((v) => (v === null ? noneText(words) : say(v)));
}

/** A series of counts (minutes, steps) in its own colour, each value worded as the table says it. */
function countSeries(words: Words, key: keyof typeof SERIES_COLOR, legend: string, values: (number | null)[]): ChartSeries {
  return { key, legend, color: SERIES_COLOR[key], values, texts: texts(words, values, countText(words)) };
}

const percentText = (words: Words) => (v: number) => words.t('insights.value.percent', { percent: words.number(v) });

/** The coachee's share of the thinking, in percent: one coachee's sessions, or every coachee's together. */
function shareSeries(words: Words, values: (number | null)[]): ChartSeries {
  return {
    key: 'share',
    legend: words.t('insights.series.share'),
    color: SERIES_COLOR.share,
    values,
    texts: texts(words, values, percentText(words)),
  };
}
const countText = (words: Words) => (v: number) => words.number(v);
const shareCell = (words: Words, share: ThinkingShare) =>
  share.total === 0 ? noneText(words) : words.t('insights.value.share', { count: share.byCoachee, total: share.total });
/** How many of the facts hold, out of those known (null: not known, e.g. the newest session's follow-up). */
function tally(facts: readonly (boolean | null)[]): { count: number; total: number } {
  const known = facts.filter((f) => f !== null);
  return { count: known.filter(Boolean).length, total: known.length };
}

/** Whole-number ticks from 0 past the tallest stack, at most five: a count of steps has no halves. */
function countTicks(series: readonly ChartSeries[]): number[] {
  const rows = series[0]?.values.length ?? 0;
  const tallest = Math.max(1, ...Array.from({ length: rows }, (_, i) => series.reduce((sum, s) => sum + (s.values[i] ?? 0), 0)));
  const step = Math.ceil(tallest / 4);
  return Array.from({ length: Math.ceil(tallest / step) + 1 }, (_, i) => i * step);
}

const isEmpty = (series: readonly ChartSeries[]) => series.every((s) => s.values.every((v) => v === null || v === 0));

/** A short date kept on one line: a narrow column wraps after the session's number, never inside the day. */
const unbroken = (text: string) => text.replace(/ /g, '\u00a0');

/** Sessions as rows: numbered from the first, with the day (short, so a table of six columns fits 280 px). */
function sessionRows(words: Words, sessions: readonly { sessionId: string; date: string }[]): ChartRow[] {
  return sessions.map((s, i) => ({
    key: s.sessionId,
    label: words.t('insights.table.sessionRow', { number: words.number(i + 1), date: unbroken(words.dayMonth(s.date)) }),
    tick: words.number(i + 1),
  }));
}

/** Whose share: "Sam's share of the thinking" for the coach, "Your share" for the coachee. */
export type Whose = { kind: 'coachee'; name: string } | { kind: 'own' };

function thinkingModel(words: Words, sessions: readonly (SessionInsight | OwnSession)[], whose: Whose): ChartModel {
  const values = sessions.map((s) => percentOf(s.thinking.overall));
  return {
    id: 'thinking',
    title:
      whose.kind === 'own'
        ? words.t('insights.chart.thinking.own')
        : words.t('insights.chart.thinking.coachee', { name: isolate(whose.name) }),
    kind: 'line',
    xTitle: words.t('insights.axis.session'),
    rowHeader: words.t('insights.table.session'),
    rows: sessionRows(words, sessions),
    series: [shareSeries(words, values)],
    extra: [
      {
        header: whose.kind === 'own' ? words.t('insights.table.inYourWords') : words.t('insights.table.inOwnWords'),
        cells: sessions.map((s) => shareCell(words, s.thinking.overall)),
      },
    ],
    yMin: 0,
    yMax: 100,
    yTicks: PERCENT_TICKS,
    percent: true,
    notes: [],
    empty: values.every((v) => v === null),
  };
}

const STAGES = ['open', 'learn', 'plan', 'close'] as const;

function stageTimeModel(words: Words, sessions: readonly SessionInsight[]): ChartModel {
  const series = STAGES.map((stage) =>
    countSeries(
      words,
      stage,
      stageLabel(words, stage),
      sessions.map((s) => minutesOf(s.stageMs[stage])),
    ),
  );
  return {
    id: 'stageTime',
    title: words.t('insights.chart.stageTime'),
    kind: 'stacked',
    xTitle: words.t('insights.axis.session'),
    rowHeader: words.t('insights.table.session'),
    rows: sessionRows(words, sessions),
    series,
    extra: [{ header: words.t('insights.table.loopsBack'), cells: sessions.map((s) => words.number(s.loopsBack)) }],
    notes: [],
    empty: isEmpty(series),
  };
}

function confidenceModel(words: Words, sessions: readonly SessionInsight[]): ChartModel {
  const values = sessions.map((s) => s.confidence);
  return {
    id: 'confidence',
    title: words.t('insights.chart.confidence', { min: words.number(1), max: words.number(5) }),
    kind: 'line',
    xTitle: words.t('insights.axis.session'),
    rowHeader: words.t('insights.table.session'),
    rows: sessionRows(words, sessions),
    series: [
      {
        key: 'confidence',
        legend: words.t('insights.series.confidence'),
        color: SERIES_COLOR.share,
        values,
        texts: texts(words, values, (v) => words.t('insights.value.confidence', { value: words.number(v), max: words.number(5) })),
      },
    ],
    extra: [],
    notes: [
      words.t('insights.across.closedAll', { count: tally(sessions.map((s) => s.closedWithAllCriteria)).count, total: sessions.length }),
      words.t('insights.across.followUpsHeld', tally(sessions.map((s) => s.followUpHeld))),
    ],
    yMin: 1,
    yMax: 5,
    yTicks: [1, 2, 3, 4, 5],
    empty: values.every((v) => v === null),
  };
}

const FOLLOW_THROUGH = ['done', 'notDone', 'dropped', 'unreviewed'] as const;

function followThroughLegend(words: Words, key: (typeof FOLLOW_THROUGH)[number]): string {
  switch (key) {
    case 'done':
      return words.t('insights.series.done');
    case 'notDone':
      return words.t('insights.series.notDone');
    case 'dropped':
      return words.t('insights.series.dropped');
    case 'unreviewed':
      return words.t('insights.series.unreviewed');
  }
}

/** Only the sessions that picked up an earlier plan: the others had nothing to follow through on. */
function followThroughModel(words: Words, sessions: readonly SessionInsight[], name: string): ChartModel {
  const numbered = sessions.map((s, i) => ({ s, i })).filter(({ s }) => s.followThrough !== null);
  const rows = sessionRows(words, sessions);
  const series = FOLLOW_THROUGH.map((key) =>
    countSeries(
      words,
      key,
      followThroughLegend(words, key),
      numbered.map(({ s }) => s.followThrough?.[key] ?? null),
    ),
  );
  return {
    id: 'followThrough',
    counts: true,
    yTicks: countTicks(series),
    title: words.t('insights.chart.followThrough', { name: isolate(name) }),
    kind: 'stacked',
    xTitle: words.t('insights.axis.session'),
    rowHeader: words.t('insights.table.session'),
    rows: numbered.map(({ i }) => rows[i]!),
    series,
    extra: [],
    notes: [],
    empty: isEmpty(series),
  };
}

function stepsDoneModel(words: Words, sessions: readonly OwnSession[]): ChartModel {
  const done = sessions.map((s) => s.stepsDone);
  const open = sessions.map((s) => s.stepsTotal - s.stepsDone);
  const series: ChartSeries[] = [
    {
      key: 'done',
      legend: words.t('insights.series.done'),
      color: SERIES_COLOR.done,
      values: done,
      texts: texts(words, done, countText(words)),
    },
    {
      key: 'open',
      legend: words.t('insights.series.open'),
      color: SERIES_COLOR.unreviewed,
      values: open,
      texts: texts(words, open, countText(words)),
    },
  ];
  return {
    id: 'stepsDone',
    counts: true,
    yTicks: countTicks(series),
    title: words.t('insights.chart.stepsDone'),
    kind: 'stacked',
    xTitle: words.t('insights.axis.session'),
    rowHeader: words.t('insights.table.session'),
    rows: sessionRows(words, sessions),
    series,
    extra: [],
    notes: [],
    empty: isEmpty(series),
  };
}

/**
 * The share of the thinking across every coachee, one row per group of
 * sessions (a session number, a month), with how many sessions each holds.
 */
function acrossShareModel(
  words: Words,
  id: 'bySession' | 'byMonth',
  { title, axis }: { title: string; axis: string },
  points: readonly AcrossPoint<object>[],
  rows: readonly ChartRow[],
): ChartModel {
  const values = points.map((p) => percentOf(p.thinking));
  return {
    id,
    title,
    kind: 'line',
    xTitle: axis,
    rowHeader: axis,
    rows,
    series: [shareSeries(words, values)],
    extra: [
      { header: words.t('insights.table.sessions'), cells: points.map((p) => words.number(p.sessions)) },
      { header: words.t('insights.table.inOwnWords'), cells: points.map((p) => shareCell(words, p.thinking)) },
    ],
    yMin: 0,
    yMax: 100,
    yTicks: PERCENT_TICKS,
    percent: true,
    notes: [],
    empty: values.every((v) => v === null),
  };
}

/** By session number: does each coachee do more of the thinking as their sessions go on? */
const bySessionModel = (words: Words, across: AcrossCoachees): ChartModel =>
  acrossShareModel(
    words,
    'bySession',
    { title: words.t('insights.chart.bySession'), axis: words.t('insights.axis.sessionWithEach') },
    across.bySessionIndex,
    across.bySessionIndex.map((p) => ({ key: String(p.index), label: words.number(p.index + 1), tick: words.number(p.index + 1) })),
  );

/** Month by month: is the coaching as a whole handing over more of the thinking? */
const byMonthModel = (words: Words, across: AcrossCoachees): ChartModel =>
  acrossShareModel(
    words,
    'byMonth',
    { title: words.t('insights.chart.byMonth'), axis: words.t('insights.axis.month') },
    across.byMonth,
    across.byMonth.map((p, i, all) => ({
      key: p.month,
      label: words.monthYear(p.month),
      // The year where the axis starts and where it turns; the month alone in between ("Nov 2026", "Dec", "Jan 2027").
      tick: words.monthYear(p.month, i === 0 || all[i - 1]!.month.slice(0, 4) !== p.month.slice(0, 4) ? 'short' : 'month'),
    })),
  );

/** A coachee's charts, as their coach sees them. */
export const coacheeCharts = (words: Words, sessions: readonly SessionInsight[], name: string): ChartModel[] => [
  thinkingModel(words, sessions, { kind: 'coachee', name }),
  stageTimeModel(words, sessions),
  confidenceModel(words, sessions),
  followThroughModel(words, sessions, name),
];

/** The coachee's own charts: their share of the thinking and their steps done. Nothing the coach keeps. */
export const ownCharts = (words: Words, sessions: readonly OwnSession[]): ChartModel[] => [
  thinkingModel(words, sessions, { kind: 'own' }),
  stepsDoneModel(words, sessions),
];

/** Across every coachee: the share of the thinking by session number, and by month. */
export const acrossCharts = (words: Words, across: AcrossCoachees): ChartModel[] => [
  bySessionModel(words, across),
  byMonthModel(words, across),
];
