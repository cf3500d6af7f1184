import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { coachInsights, ownInsights, sessionFacts, type SessionState } from '../../src/domain';
import type { MyCoachingSource, OwnTaskDone, SessionHistory } from '../../src/ports';
import { AppShell, MyCoaching } from '../../src/ui';
import type { ChartModel } from '../../src/ui/components/Insights/chartModels';
import { InsightsView } from '../../src/ui/components/Insights/InsightsView';
import { readingTexts } from '../../src/ui/components/Insights/readingText';
import { sessionNotes } from '../../src/ui/components/Notes/sessionNotes';
import { notesMarkdown } from '../../src/ui/components/Notes/notesMarkdown';
import { isolate } from '../../src/ui/format';
import { meeting } from '../domain/helpers';
import { fakeClock } from '../fixtures/clock';
import { COACH, COACHEE, DAY, T0 } from '../fixtures/sessions';
import { english } from '../fixtures/words';

// Fluent's charts (d3, ES modules only) are drawn and checked in the browser
// (test/e2e/insights.spec.ts). Here each chart is its stand-in: a named image
// carrying its model, so these tests see which charts a reader gets.
jest.mock('../../src/ui/components/Insights/InsightChart', () => ({
  InsightChart: ({ model }: { model: ChartModel }) => <div role="img" aria-label={model.title} data-insight-chart={model.id} />,
}));

/** Three sessions of Alex coaching Sam: Sam does more of the thinking each time, and carries steps from one to the next. */
function threeSessions(): SessionState[] {
  const first = meeting({
    id: 's1',
    day: 0,
    causes: ['coach', 'coach'],
    options: ['coach', 'coach', 'coachee'],
    steps: ['coach', 'coachee'],
  });
  const second = meeting({
    id: 's2',
    day: 7,
    causes: ['coachee', 'coach'],
    options: ['coachee', 'coach'],
    carry: { from: first, reviews: { 's1-step-1': 'done' } },
  });
  const third = meeting({
    id: 's3',
    day: 14,
    causes: ['coachee', 'coachee'],
    options: ['coachee', 'coachee', 'coach'],
    carry: { from: second, reviews: { 's2-step-0': 'done' } },
  });
  return [first, second, third];
}

const NO_TASKS: ReadonlyMap<string, boolean> = new Map();

function renderView(sessions: readonly SessionState[], userId: string) {
  const onDrawn = jest.fn();
  render(
    <AppShell words={english}>
      <InsightsView facts={sessions.map(sessionFacts)} userId={userId} ownTaskDone={NO_TASKS} onDrawn={onDrawn} />
    </AppShell>,
  );
  return onDrawn;
}

const charts = () => screen.queryAllByRole('img').map((c) => c.getAttribute('data-insight-chart'));

test('the coach sees each coachee’s thinking, time, confidence and follow-through, the trend in a sentence', () => {
  const sessions = threeSessions();
  renderView(sessions, COACH.userId);
  const part = screen.getByRole('region', { name: english.t('insights.coach.title') });
  expect(within(part).getByRole('combobox', { name: english.t('insights.coach.pick') })).toHaveDisplayValue(COACHEE.displayName);
  expect(charts()).toEqual(['thinking', 'stageTime', 'confidence', 'followThrough']);
  const [sam] = coachInsights(sessions, COACH.userId);
  const sentences = readingTexts(english, sam!.readings, { kind: 'coachee', name: COACHEE.displayName });
  expect(sentences.length).toBeGreaterThan(0);
  const trend = within(part).getByRole('list', { name: english.t('insights.readings.title') });
  expect(
    within(trend)
      .getAllByRole('listitem')
      .map((li) => li.textContent),
  ).toEqual(sentences);
  expect(part).toHaveTextContent(english.t('insights.coach.private', { name: isolate(COACHEE.displayName) }));
  expect(screen.queryByRole('region', { name: english.t('insights.own.title') })).not.toBeInTheDocument();
});

test('the coach can look across every coachee at once', async () => {
  renderView(threeSessions(), COACH.userId);
  await userEvent.selectOptions(screen.getByRole('combobox', { name: english.t('insights.coach.pick') }), english.t('insights.coach.all'));
  expect(charts()).toEqual(['bySession', 'byMonth']);
  expect(screen.getByText(english.t('insights.across.summary', { sessions: 3, coachees: 1 }))).toBeInTheDocument();
});

test('the coachee sees only their own share and steps: no coach’s view, no stage times, no follow-through as the coach keeps it', () => {
  const sessions = threeSessions();
  renderView(sessions, COACHEE.userId);
  const own = screen.getByRole('region', { name: english.t('insights.own.title') });
  expect(charts()).toEqual(['thinking', 'stepsDone']);
  expect(screen.queryByRole('region', { name: english.t('insights.coach.title') })).not.toBeInTheDocument();
  expect(screen.queryByRole('combobox')).not.toBeInTheDocument();
  const sentences = readingTexts(english, ownInsights(sessions, COACHEE.userId, NO_TASKS).readings, { kind: 'own' });
  for (const sentence of sentences) expect(own).toHaveTextContent(sentence);
  // Nothing names the coachee in the third person, nor says what only the coach sees.
  expect(document.body).not.toHaveTextContent(COACHEE.displayName);
  expect(document.body).not.toHaveTextContent(english.t('insights.coach.privateAll'));
  expect(document.body).not.toHaveTextContent(english.t('insights.chart.stageTime'));
});

test('each figure’s numbers are there as a table, captioned by the chart’s name', async () => {
  renderView(threeSessions(), COACHEE.userId);
  for (const chart of screen.getAllByRole('img')) {
    const figure = chart.closest('section')!;
    await userEvent.click(within(figure).getByText(english.t('insights.table.toggle')));
    expect(within(figure).getByRole('table', { name: chart.getAttribute('aria-label')! })).toBeVisible();
  }
});

// ——— In My coaching: opened on purpose, its chunk loaded only then ———

function source(sessions: SessionState[]): MyCoachingSource {
  return {
    sessions: async (): Promise<SessionHistory> => ({ kind: 'found', sessions, skipped: 0 }),
    ownTaskDone: async (): Promise<OwnTaskDone> => ({ kind: 'read', done: new Map() }),
    openFollowUp: async () => ({ kind: 'opened', where: 'host' }),
  };
}

test('insights stay closed until asked for, then say they are loading and show the coach’s view', async () => {
  render(
    <AppShell words={english}>
      <MyCoaching userId={COACH.userId} source={source(threeSessions())} clock={fakeClock(T0 + 20 * DAY)} />
    </AppShell>,
  );
  const region = await screen.findByRole('region', { name: english.t('insights.title') });
  const show = within(region).getByRole('button', { name: english.t('insights.show') });
  expect(show).toHaveAttribute('aria-expanded', 'false');
  expect(region).not.toHaveAttribute('data-insights');
  expect(within(region).queryByRole('img')).not.toBeInTheDocument();
  await userEvent.click(show);
  expect(region).toHaveAttribute('data-insights', 'loading');
  expect(within(region).getByRole('button', { name: english.t('insights.hide') })).toHaveAttribute('aria-expanded', 'true');
  await waitFor(() => expect(within(region).getAllByRole('img')).toHaveLength(4));
});

test('the Markdown export of a session carries none of the insights', () => {
  const [, , third] = threeSessions();
  const markdown = notesMarkdown(english, sessionNotes(third!, T0 + 20 * DAY));
  for (const id of ['insights.title', 'insights.chart.stageTime', 'insights.series.share', 'insights.readings.title'] as const) {
    expect(markdown).not.toContain(english.t(id));
  }
});
