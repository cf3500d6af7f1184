import path from 'node:path';
import { coachInsights, ownInsights, type SessionState } from '../../src/domain';
import { readingTexts } from '../../src/ui/components/Insights/readingText';
import { isolate } from '../../src/ui/format';
import { english } from '../fixtures/words';
import type { FrameLocator, Locator, Page } from './fixtures';
import { expect, test } from './fixtures';
import { axeWidths, seriousAxeViolationsInFrame } from './axe';
import { COACH, COACH_NOTES, COACHEE, storeHistory } from './insightsSeed';
import { shootFrameAt, THEMES, useTheme } from './screens';
import { COACH_PANE, COACHEE_PANE, region } from './simulatorPage';
import { answerTeamsCdn } from './teamsCdn';
import { layoutFaults } from './wordBreaks';

// Issue 17: after three sessions of Alex coaching Sam (real archives in each
// person's own OneDrive, built by the domain), each opens insights in My
// coaching. The coach sees Sam's trend and the sentence that reads it; Sam
// sees his own share and steps, and nothing Alex keeps to himself. Every chart
// says what its table says; axe finds nothing in any theme; narrow widths hold.

const t = english.t;
/** Where the photographs go (the brief's reviewers look at them); test-results/screens otherwise. */
const SHOTS = path.resolve(process.env.INSIGHTS_SHOTS ?? 'test-results/screens');
const shotFile = (name: string) => path.join(SHOTS, name);

test.beforeEach(async ({ page }) => {
  await answerTeamsCdn(page);
});

/** My coaching as `who`, and its insights region, still closed. */
async function openMyCoaching(page: Page, who: string): Promise<{ frameElement: Locator; tab: FrameLocator; insights: Locator }> {
  await page.getByRole('button', { name: 'Open My coaching' }).click();
  const personal = region(page, 'My coaching (personal tab)');
  await personal.getByRole('radio', { name: who }).check();
  const tab = personal.frameLocator('iframe');
  const insights = tab.getByRole('region', { name: t('insights.title') });
  await expect(insights.getByRole('button', { name: t('insights.show') })).toBeVisible();
  return { frameElement: personal.locator('iframe'), tab, insights };
}

/** Whether `value` is one the stacked bars leave undrawn (a zero) or no line draws (nothing recorded). */
const undrawn = (value: string) => [english.number(0), t('insights.value.none')].includes(value);

/**
 * The chart's points, as its SVG names them to a screen reader, against the
 * table beneath it: one point per drawn cell, saying the cell's row, column and value.
 */
async function expectChartToMatchTable(figure: Locator): Promise<void> {
  await figure.locator('summary').click();
  const table = figure.getByRole('table');
  await expect(table).toBeVisible();
  const series = await table.locator('thead th[data-series]').allTextContents();
  const expected: string[] = [];
  const rowLabels: string[] = [];
  for (const row of await table.locator('tbody tr').all()) {
    const label = (await row.locator('th').textContent()) ?? '';
    rowLabels.push(label);
    const cells = (await row.locator('td').allTextContents()).slice(0, series.length);
    cells.forEach((value, i) => {
      if (!undrawn(value)) expected.push(t('insights.chart.point', { x: label, series: series[i]!, value }));
    });
  }
  const labels = await figure
    .locator('svg[role="region"] [aria-label]')
    .evaluateAll((elements) => elements.map((e) => e.getAttribute('aria-label') ?? ''));
  const points = labels.filter((label) => rowLabels.some((row) => label.startsWith(`${row}, `)));
  expect(points.sort()).toEqual(expected.sort());
  expect(expected.length).toBeGreaterThan(0);
  await figure.locator('summary').click();
}

/** Every theme at 280, 320 and 1024 px (or the widths given): whole words and no sideways scroll at each, photographed; axe clean at those `axeWidths` picks. */
async function holdsEverywhere(
  page: Page,
  frameElement: Locator,
  tab: FrameLocator,
  insights: Locator,
  who: string,
  widths: readonly number[] = [280, 320, 1024],
): Promise<void> {
  const axeAt = axeWidths(widths);
  for (const width of widths) {
    await frameElement.evaluate((el: HTMLElement, w) => void (el.style.width = `${w}px`), width);
    for (const theme of THEMES) {
      await useTheme(page, theme);
      await expect(insights).toHaveAttribute('data-insights', 'drawn');
      await shootFrameAt(frameElement, width, shotFile(`insights-${who}-${width}-${theme.name}.png`));
      expect(await layoutFaults(tab), `${who} at ${width} px, ${theme.name}`).toEqual([]);
      if (axeAt.has(width))
        expect(await seriousAxeViolationsInFrame(page, frameElement), `${who} at ${width} px, ${theme.name}`).toEqual([]);
    }
  }
  await frameElement.evaluate((el: HTMLElement) => void (el.style.width = ''));
  await useTheme(page, THEMES[0]);
}

test('the coach opens Sam’s insights after three sessions: the trend, the sentence, and charts that say what their tables say', async ({
  page,
  request,
}) => {
  test.setTimeout(240_000);
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  const chunks: string[] = [];
  page.on('request', (r) => {
    if (/\/insights(\.[0-9a-f]+)?\.js$/.test(new URL(r.url()).pathname)) chunks.push(r.url());
  });
  const states: SessionState[] = await storeHistory(request, Date.now());
  await page.setViewportSize({ width: 1600, height: 1000 });
  await page.goto('/');
  const { frameElement, tab, insights } = await openMyCoaching(page, COACH_PANE);

  // Closed, and its chunk not loaded, until Alex asks.
  await expect(tab.getByRole('region', { name: t('afterMeeting.coachees.title') })).toBeVisible();
  expect(chunks).toEqual([]);
  await expect(insights).not.toHaveAttribute('data-insights');
  await insights.getByRole('button', { name: t('insights.show') }).click();
  await expect(insights).toHaveAttribute('data-insights', 'drawn');
  expect(chunks).toHaveLength(1);

  // Sam, the most recent coachee, first; the sentences the domain's readings make.
  const coachPart = insights.getByRole('region', { name: t('insights.coach.title') });
  await expect(coachPart.getByRole('combobox', { name: t('insights.coach.pick') })).toHaveValue(COACHEE.userId);
  const [sam] = coachInsights(states, COACH.userId);
  const sentences = readingTexts(english, sam!.readings, { kind: 'coachee', name: COACHEE.displayName });
  expect(sentences.length).toBeGreaterThan(0);
  await expect(coachPart.getByRole('list', { name: t('insights.readings.title') }).getByRole('listitem')).toHaveText(sentences);

  // The trend: Sam's share of the thinking rises session by session, as the chart and its table both say.
  const thinking = coachPart.getByRole('region', { name: t('insights.chart.thinking.coachee', { name: isolate(COACHEE.displayName) }) });
  await expect(thinking.locator('svg[role="region"]')).toHaveAttribute('aria-label', /.+/);
  const shares = sam!.sessions.map((s) => Math.round((100 * s.thinking.overall.byCoachee) / s.thinking.overall.total));
  expect(shares[2]).toBeGreaterThan(shares[0]!);
  await thinking.locator('summary').click();
  await expect(thinking.getByRole('table').locator('tbody td:first-of-type')).toHaveText(
    shares.map((percent) => t('insights.value.percent', { percent: String(percent) })),
  );
  await thinking.locator('summary').click();
  for (const figure of await coachPart.locator('[data-insight-figure]').all()) await expectChartToMatchTable(figure);

  // Across every coachee.
  await coachPart.getByRole('combobox', { name: t('insights.coach.pick') }).selectOption({ label: t('insights.coach.all') });
  for (const id of ['bySession', 'byMonth']) {
    const across = coachPart.locator(`[data-insight-figure="${id}"]`);
    await expect(across.locator('svg[role="region"]')).toBeVisible();
    await expectChartToMatchTable(across);
  }
  await holdsEverywhere(page, frameElement, tab, insights, 'coach-all', [280]);
  await coachPart.getByRole('combobox', { name: t('insights.coach.pick') }).selectOption({ label: COACHEE.displayName });

  // Never on paper: printing a session's notes from this page does not take the insights along.
  await page.emulateMedia({ media: 'print' });
  await expect(insights).toBeHidden();
  await page.emulateMedia({ media: 'screen' });

  await holdsEverywhere(page, frameElement, tab, insights, 'coach');

  // Every table open at 280 px: still whole words, no sideways scroll, axe clean.
  for (const summary of await coachPart.locator('[data-insight-figure] summary').all()) await summary.click();
  await frameElement.evaluate((el: HTMLElement) => void (el.style.width = '280px'));
  await shootFrameAt(frameElement, 280, shotFile('insights-coach-280-tables.png'));
  expect(await layoutFaults(tab), 'coach at 280 px, tables open').toEqual([]);
  expect(await seriousAxeViolationsInFrame(page, frameElement), 'coach at 280 px, tables open').toEqual([]);
  expect(errors).toEqual([]);
});

test('Sam sees his own share of the thinking and his steps, and nothing Alex keeps to himself', async ({ page, request }) => {
  test.setTimeout(240_000);
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  const states = await storeHistory(request, Date.now());
  await page.setViewportSize({ width: 1600, height: 1000 });
  await page.goto('/');
  const { frameElement, tab, insights } = await openMyCoaching(page, COACHEE_PANE);
  await insights.getByRole('button', { name: t('insights.show') }).click();
  await expect(insights).toHaveAttribute('data-insights', 'drawn');

  const own = insights.getByRole('region', { name: t('insights.own.title') });
  const sentences = readingTexts(english, ownInsights(states, COACHEE.userId, new Map()).readings, { kind: 'own' });
  expect(sentences.length).toBeGreaterThan(0);
  await expect(own.getByRole('list', { name: t('insights.readings.title') }).getByRole('listitem')).toHaveText(sentences);
  await expect(own.locator('[data-insight-figure]')).toHaveCount(2);
  for (const figure of await own.locator('[data-insight-figure]').all()) await expectChartToMatchTable(figure);

  // No coach's view: no coachee picker, no time per stage, no confidence, nothing from the coach's notes.
  await expect(insights.getByRole('region', { name: t('insights.coach.title') })).toHaveCount(0);
  await expect(insights.getByRole('combobox')).toHaveCount(0);
  for (const id of ['insights.chart.stageTime', 'insights.chart.confidence', 'insights.coach.privateAll'] as const) {
    await expect(tab.getByText(t(id))).toHaveCount(0);
  }
  await expect(tab.locator('body')).not.toContainText(COACH_NOTES);

  await holdsEverywhere(page, frameElement, tab, insights, 'coachee');
  expect(errors).toEqual([]);
});
