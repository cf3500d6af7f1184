import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { sessionFacts, type SessionFacts, type SessionState } from '../../../src/domain';
import type { HistoryProgress, HistoryProgressListener, MyCoachingSource, SessionHistory } from '../../../src/ports';
import { MyCoaching } from '../../../src/ui';
import type { ChartModel } from '../../../src/ui/components/Insights/chartModels';
import { meeting } from '../../domain/helpers';
import { fakeClock } from '../../fixtures/clock';
import { COACH, COACHEE, DAY, T0 } from '../../fixtures/sessions';
import { english } from '../../fixtures/words';
import { renderInShell } from '../helpers';

// The charts are drawn in the browser (test/e2e/insights.spec.ts); here each is a named stand-in.
jest.mock('../../../src/ui/components/Insights/InsightChart', () => ({
  InsightChart: ({ model }: { model: ChartModel }) => <div role="img" aria-label={model.title} data-insight-chart={model.id} />,
}));

const t = english.t;

/** Alex coaching Sam three times, a week apart, newest first as the history gives them. */
const [NEWEST, MIDDLE, OLDEST] = [14, 7, 0].map((day) =>
  meeting({ id: `s-${day}`, day, causes: ['coachee', 'coach'], options: ['coachee', 'coach'], steps: ['coachee'] }),
) as [SessionState, SessionState, SessionState];
const ALL = [NEWEST, MIDDLE, OLDEST];

/** A source whose history the test reads out: progress when it says, the answer when it says. */
function heldSource() {
  let tell: HistoryProgressListener | undefined;
  let answer: ((history: SessionHistory) => void) | undefined;
  const source: MyCoachingSource = {
    sessions: (onProgress) => {
      tell = onProgress;
      return new Promise((resolve) => (answer = resolve));
    },
    ownTaskDone: async () => ({ kind: 'read', done: new Map() }),
    openFollowUp: async () => ({ kind: 'opened', where: 'host' }),
  };
  return {
    source,
    /** Once the page asked. */
    asked: () => waitFor(() => expect(answer).toBeDefined()),
    progress: (p: Partial<HistoryProgress> & Pick<HistoryProgress, 'sessions'>) =>
      act(() => tell?.({ skipped: 0, remaining: ALL.length - p.sessions.length, facts: null, ...p })),
    finish: (sessions: SessionState[]) => act(async () => answer?.({ kind: 'found', sessions, skipped: 0 })),
  };
}

function renderTab(source: MyCoachingSource) {
  renderInShell(<MyCoaching userId={COACH.userId} source={source} clock={fakeClock(T0 + 20 * DAY)} />, english);
}

const olderNote = () => screen.queryByText(t('afterMeeting.sessions.readingOlder'));
const insights = () => screen.getByRole('region', { name: t('insights.title') });
const charts = () =>
  within(insights())
    .queryAllByRole('img')
    .map((c) => c.getAttribute('data-insight-chart'));
const openInsights = async () => userEvent.click(within(insights()).getByRole('button', { name: t('insights.show') }));

describe('My coaching while the history is read', () => {
  it('draws the newest sessions at once and says, politely, that older ones are still being read', async () => {
    const held = heldSource();
    renderTab(held.source);
    await held.asked();
    expect(screen.getByRole('status')).toHaveTextContent(t('afterMeeting.sessions.looking'));

    await held.progress({ sessions: [NEWEST] });
    const coachees = screen.getByRole('region', { name: t('afterMeeting.coachees.title') });
    expect(coachees).toHaveTextContent(COACHEE.displayName);
    expect(olderNote()).toHaveAttribute('role', 'status');
    expect(screen.queryByText(t('afterMeeting.sessions.noneYet'))).not.toBeInTheDocument();
    // Without facts for every session, insights wait for the files.
    await openInsights();
    expect(insights()).toHaveAttribute('data-insights', 'loading');
    expect(within(insights()).getByRole('status')).toHaveTextContent(t('insights.loading'));
    expect(within(insights()).queryByRole('img')).not.toBeInTheDocument();

    await held.progress({ sessions: [NEWEST, MIDDLE] });
    expect(screen.getByRole('region', { name: t('afterMeeting.coachees.title') })).toBe(coachees);
    await held.finish(ALL);
    expect(olderNote()).not.toBeInTheDocument();
    expect(coachees).toHaveTextContent(COACHEE.displayName);
    await waitFor(() => expect(charts()).toContain('thinking'));
  });

  it('keeps looking, never saying there is nothing, while the sessions read so far are none of the user’s', async () => {
    const held = heldSource();
    const elsewhere = meeting({ id: 's-other', day: 15, coach: { userId: 'u-kim', displayName: 'Kim' } });
    renderTab(held.source);
    await held.asked();
    await held.progress({ sessions: [elsewhere], remaining: 3 });
    expect(screen.getByRole('status')).toHaveTextContent(t('afterMeeting.sessions.looking'));
    expect(screen.queryByText(t('afterMeeting.sessions.noneYet'))).not.toBeInTheDocument();
    await held.finish([elsewhere]);
    expect(screen.getByText(t('afterMeeting.sessions.noneYet'))).toBeInTheDocument();
  });

  it('draws insights from the facts before the files, and from the files once read (they win)', async () => {
    const held = heldSource();
    renderTab(held.source);
    await held.asked();
    // The index's line for the newest says another name: a lie its file will give away.
    const lying: SessionFacts = { ...sessionFacts(NEWEST), coacheeName: 'Someone Else' };
    await held.progress({ sessions: [NEWEST], facts: [lying, sessionFacts(MIDDLE), sessionFacts(OLDEST)] });
    await openInsights();
    await waitFor(() => expect(charts()).toContain('thinking'));
    expect(olderNote()).toBeInTheDocument();
    const pick = within(insights()).getByRole('combobox', { name: t('insights.coach.pick') });
    expect(pick).toHaveDisplayValue('Someone Else');

    await held.finish(ALL);
    expect(olderNote()).not.toBeInTheDocument();
    await waitFor(() =>
      expect(within(insights()).getByRole('combobox', { name: t('insights.coach.pick') })).toHaveDisplayValue(COACHEE.displayName),
    );
    expect(charts()).toContain('thinking');
  });
});
