import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { stepTaskKey, type SessionState } from '../../../src/domain';
import type { FollowUpOpening, MyCoachingSource, OwnTaskDone, SessionHistory } from '../../../src/ports';
import { failureText } from '../../../src/ui/content/failures';
import { AppShell, MyCoaching } from '../../../src/ui';
import type { Words } from '../../../src/words';
import { myCoachingView, pastSessionNotes } from '../../../src/ui/components/MyCoaching';
import { fakeClock } from '../../fixtures/clock';
import { COACH, COACHEE, DAY, HOUR, STRANGER, T0 } from '../../fixtures/sessions';
import { wordsFor } from '../../fixtures/words';
import { renderInShell } from '../helpers';
import { storedSession } from '../myCoachingSessions';

/** Ten days after the sessions: 5 December 2026. */
const NOW = T0 + 10 * DAY;

/** Sam is coached by Alex: three steps of Sam's (overdue, due soon, later), one of Alex's, a follow-up in two weeks. */
const WITH_ALEX = storedSession({
  sessionId: 's-alex',
  coach: COACH,
  coachee: COACHEE,
  atMinutes: 60,
  challenge: 'I keep missing the weekly report deadline.',
  steps: [
    { id: 'later', text: 'Write the report template', owner: COACHEE, due: '2026-12-20' },
    { id: 'overdue', text: 'Agree a Wednesday hand-over', owner: COACHEE, due: '2026-11-28' },
    { id: 'soon', text: 'Ask for the data on Wednesday', owner: COACHEE, due: '2026-12-08' },
    { id: 'alex', text: 'Introduce Sam to the data team', owner: COACH, due: '2026-11-30' },
    { id: 'finished', text: 'Book a room', owner: COACHEE, due: '2026-11-26', done: true },
  ],
  followUp: { inDays: 14, iCalUId: 'ical-alex' },
});

/** Alex, in turn, is coached by Kim. */
const ALEX_WITH_KIM = storedSession({
  sessionId: 's-kim',
  coach: STRANGER,
  coachee: COACH,
  challenge: 'Delegating more',
  steps: [{ id: 'k1', text: 'Hand the budget to Sam', owner: COACH, due: '2026-12-01' }],
  followUp: { inDays: 20, iCalUId: null },
});

interface Options {
  sessions?: SessionHistory;
  tasks?: OwnTaskDone | Promise<OwnTaskDone>;
  opening?: FollowUpOpening;
}

function source({ sessions, tasks, opening }: Options = {}) {
  return {
    sessions: jest.fn(async (): Promise<SessionHistory> => sessions ?? { kind: 'found', sessions: [WITH_ALEX], skipped: 0 }),
    ownTaskDone: jest.fn(async (): Promise<OwnTaskDone> => (await tasks) ?? { kind: 'read', done: new Map() }),
    openFollowUp: jest.fn(async (): Promise<FollowUpOpening> => opening ?? { kind: 'opened', where: 'host' }),
  } satisfies MyCoachingSource;
}

/** English as written in Britain: "9 Dec 2026" (the catalogue is the English one). */
const BRITISH = wordsFor('en-GB');
const t = BRITISH.t;

function renderTab(userId: string, src: MyCoachingSource | null = source(), words: Words = BRITISH) {
  const user = userEvent.setup();
  renderInShell(<MyCoaching userId={userId} source={src} clock={fakeClock(NOW)} />, words);
  return { user };
}

const found = (...sessions: SessionState[]): SessionHistory => ({ kind: 'found', sessions, skipped: 0 });

beforeAll(() => pastSessionNotes.preload());

const byData = (root: HTMLElement, attribute: string) => root.querySelector(`[${attribute}]`)?.getAttribute(attribute) ?? null;
/** A plan's count, as its data attributes carry it. */
const countOf = (root: HTMLElement) => [byData(root, 'data-steps-done'), byData(root, 'data-steps-total')].map(Number);

describe('My coaching, as coachee', () => {
  it('puts what I owe first, overdue first, each due date a badge, then the next follow-up, then past sessions', async () => {
    renderTab(COACHEE.userId);
    expect(screen.getByRole('main', { name: t('afterMeeting.myCoaching.title') })).toBeInTheDocument();
    const steps = await screen.findByRole('region', { name: t('afterMeeting.nextSteps.title') });
    const items = within(steps).getAllByRole('listitem');
    expect(items.map((li) => li.querySelector('p')?.textContent)).toEqual([
      'Agree a Wednesday hand-over',
      'Ask for the data on Wednesday',
      'Write the report template',
    ]);
    expect(items.map((li) => li.getAttribute('data-urgency'))).toEqual(['overdue', 'dueSoon', 'later']);
    expect(items.map((li) => byData(li, 'data-due'))).toEqual(['overdue', 'dueSoon', 'later']);
    expect(items.map((li) => li.querySelector('time')?.getAttribute('dateTime'))).toEqual(['2026-11-28', '2026-12-08', '2026-12-20']);
    expect(items[0]).toHaveTextContent('I keep missing the weekly report deadline.');
    // Due this week: how many days are left (5 December to 8 December).
    expect(items[1]).toHaveTextContent(t('afterMeeting.due.inDays', { days: 3 }));
    expect(byData(steps, 'data-open-count')).toBe('3');
    expect(byData(steps, 'data-overdue-count')).toBe('1');
    // Alex's step and the done one are not mine to do.
    expect(steps).not.toHaveTextContent('Introduce Sam');
    expect(steps).not.toHaveTextContent('Book a room');
    // The parts in the order a reader in a hurry needs them.
    expect(screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toEqual([
      t('afterMeeting.nextSteps.title'),
      t('afterMeeting.followUps.title'),
      t('afterMeeting.past.title'),
      t('insights.title'),
    ]);
    expect(screen.queryByRole('region', { name: t('afterMeeting.coachees.title') })).not.toBeInTheDocument();
  });

  it('takes my done states from my own task list, for my open steps and my past sessions’ counts alike', async () => {
    const src = source({ tasks: { kind: 'read', done: new Map([[stepTaskKey('s-alex', 'overdue'), true]]) } });
    renderTab(COACHEE.userId, src);
    const steps = await screen.findByRole('region', { name: t('afterMeeting.nextSteps.title') });
    await waitFor(() => expect(steps).not.toHaveTextContent('Agree a Wednesday hand-over'));
    expect(byData(steps, 'data-open-count')).toBe('2');
    expect(byData(steps, 'data-overdue-count')).toBeNull();
    // "Book a room" was done in the session, "Agree a Wednesday hand-over" in To Do: two of five.
    const past = screen.getByRole('region', { name: t('afterMeeting.past.title') });
    expect(countOf(past)).toEqual([2, 5]);
    expect(src.ownTaskDone).toHaveBeenCalledTimes(1);
  });

  it('counts an unticked step as open again, though the session recorded it done', async () => {
    renderTab(COACHEE.userId, source({ tasks: { kind: 'read', done: new Map([[stepTaskKey('s-alex', 'finished'), false]]) } }));
    const past = await screen.findByRole('region', { name: t('afterMeeting.past.title') });
    await waitFor(() => expect(countOf(past)).toEqual([0, 5]));
    expect(byData(screen.getByRole('region', { name: t('afterMeeting.nextSteps.title') }), 'data-open-count')).toBe('4');
  });

  it('shows the rest when the task list fails, says done states may be out of date, and tries again', async () => {
    const src = source({
      tasks: { kind: 'failed', failure: { kind: 'consent', need: 'tasks', permission: 'Tasks.ReadWrite', retryable: true } },
    });
    const { user } = renderTab(COACHEE.userId, src);
    expect(await screen.findByText(/Tasks\.ReadWrite/)).toBeInTheDocument();
    expect(screen.getByRole('region', { name: t('afterMeeting.nextSteps.title') })).toHaveTextContent('Agree a Wednesday hand-over');
    src.ownTaskDone.mockResolvedValueOnce({ kind: 'read', done: new Map([[stepTaskKey('s-alex', 'overdue'), true]]) });
    await user.click(screen.getByRole('button', { name: t('common.tryAgain') }));
    expect(src.ownTaskDone).toHaveBeenCalledTimes(2);
    await waitFor(() =>
      expect(screen.getByRole('region', { name: t('afterMeeting.nextSteps.title') })).not.toHaveTextContent('Agree a Wednesday hand-over'),
    );
    expect(screen.queryByText(/Tasks\.ReadWrite/)).not.toBeInTheDocument();
  });

  it('shows my next follow-up, its day, with whom, opening in Outlook', async () => {
    const src = source({ opening: { kind: 'opened', where: 'web' } });
    const { user } = renderTab(COACHEE.userId, src);
    const followUps = await screen.findByRole('region', { name: t('afterMeeting.followUps.title') });
    expect(followUps).toHaveTextContent(COACH.displayName);
    expect(followUps.querySelector('time')?.getAttribute('dateTime')).toBe(new Date(T0 + 14 * DAY + HOUR).toISOString());
    const button = within(followUps).getByRole('button', { name: /^Open in Outlook: follow-up with Alex Coach, .*9 Dec/ });
    await user.click(button);
    expect(src.openFollowUp).toHaveBeenCalledWith('ical-alex', T0 + 14 * DAY + HOUR);
    expect(within(followUps).getByRole('status')).not.toBeEmptyDOMElement();
  });

  it('says so when the follow-up is not on my calendar, or could not be opened', async () => {
    const src = source({ opening: { kind: 'notOnCalendar' } });
    const { user } = renderTab(COACHEE.userId, src);
    const button = await screen.findByRole('button', { name: /^Open in Outlook/ });
    await user.click(button);
    expect(await screen.findByText(/not on your calendar/)).toBeInTheDocument();
    const noLink = { kind: 'notFound', what: 'webLink', retryable: false } as const;
    src.openFollowUp.mockResolvedValueOnce({ kind: 'failed', failure: noLink });
    await user.click(button);
    expect(await screen.findByText(t('afterMeeting.open.failed', { message: failureText(BRITISH, noLink) }))).toBeInTheDocument();
  });

  it('lists my past sessions with their counts, each expandable by keyboard to its notes', async () => {
    const { user } = renderTab(COACHEE.userId);
    const past = await screen.findByRole('region', { name: t('afterMeeting.past.title') });
    const toggle = within(past).getByRole('button', { name: /I keep missing the weekly report deadline\..*25 Nov 2026.*Alex Coach/ });
    expect(countOf(within(past).getByRole('listitem'))).toEqual([1, 5]);
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    toggle.focus();
    await user.keyboard('{Enter}');
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    const notes = await within(past).findByRole('article', { name: /^Session notes of / });
    expect(within(notes).getByRole('region', { name: 'Next steps' })).toHaveTextContent('Write the report template');
    await user.keyboard(' ');
    expect(within(past).queryByRole('article')).not.toBeInTheDocument();
  });
});

describe('the personal tab’s view', () => {
  it('gives a past session’s notes the same done-ness as its count', () => {
    const tasks = new Map([[stepTaskKey('s-alex', 'overdue'), true]]);
    const view = myCoachingView([WITH_ALEX], COACHEE.userId, tasks, '2026-12-05', NOW);
    const [past] = view.asCoachee?.past ?? [];
    expect(past?.progress).toEqual({ done: 2, total: 5 });
    expect(
      Object.values(past!.session.nextSteps)
        .filter((s) => s.done)
        .map((s) => s.id)
        .sort(),
    ).toEqual(['finished', 'overdue']);
    // Alex's own step in Sam's plan is Alex's to tick: Alex's task list decides it for Alex, never for Sam.
    const alexTasks = new Map([[stepTaskKey('s-alex', 'alex'), true]]);
    expect(myCoachingView([WITH_ALEX], COACHEE.userId, alexTasks, '2026-12-05', NOW).asCoachee?.past[0]?.progress).toEqual({
      done: 1,
      total: 5,
    });
    const coachView = myCoachingView([WITH_ALEX], COACH.userId, alexTasks, '2026-12-05', NOW);
    expect(coachView.asCoach?.coachees[0]?.plan.steps.find((s) => s.id === 'alex')?.done).toBe(true);
  });
});

describe('My coaching, as coach', () => {
  it('lists my coachees with the next follow-up and the plan as agreed, the coachee’s steps as the session recorded them', async () => {
    // Even a task map that says otherwise changes nothing in a coachee's step: the coach sees only what was agreed.
    const src = source({ tasks: { kind: 'read', done: new Map([[stepTaskKey('s-alex', 'overdue'), true]]) } });
    const { user } = renderTab(COACH.userId, src);
    const coachees = await screen.findByRole('region', { name: t('afterMeeting.coachees.title') });
    const sam = within(coachees).getByRole('region', { name: COACHEE.displayName });
    expect(byData(sam, 'data-follow-up')).toBe('planned');
    expect(sam.querySelector('[data-follow-up] time')?.getAttribute('dateTime')).toBe(new Date(T0 + 14 * DAY + HOUR).toISOString());
    expect(sam).toHaveTextContent('I keep missing the weekly report deadline.');
    const steps = within(sam).getAllByRole('listitem');
    expect(steps).toHaveLength(5);
    const overdue = steps.find((li) => li.textContent?.includes('Agree a Wednesday hand-over'))!;
    expect(overdue).toHaveAttribute('data-step-state', 'open');
    expect(byData(overdue, 'data-due')).toBe('overdue');
    // Sam's steps first under Sam's name, then Alex's own.
    expect(
      within(sam)
        .getAllByRole('list')
        .map((l) => l.getAttribute('aria-labelledby') && l.ownerDocument.getElementById(l.getAttribute('aria-labelledby')!)?.textContent),
    ).toEqual([t('afterMeeting.steps.theirs', { name: COACHEE.displayName }), t('afterMeeting.steps.yours')]);
    expect(
      within(within(sam).getByRole('list', { name: t('afterMeeting.steps.theirs', { name: COACHEE.displayName }) })).getAllByRole(
        'listitem',
      ),
    ).toContain(overdue);
    expect(steps.find((li) => li.textContent?.includes('Book a room'))).toHaveAttribute('data-step-state', 'done');
    expect(countOf(sam)).toEqual([1, 5]);
    // Read-only: a coach ticks nothing of a coachee's here.
    expect(within(sam).queryByRole('checkbox')).toBeNull();
    await user.click(within(sam).getByRole('button', { name: /^Open in Outlook: follow-up with Sam Coachee/ }));
    expect(src.openFollowUp).toHaveBeenCalledWith('ical-alex', expect.any(Number));
    // Nothing of the coachee's own part is shown to the coach.
    expect(screen.queryByRole('region', { name: t('afterMeeting.nextSteps.title') })).not.toBeInTheDocument();
    expect(screen.queryByRole('region', { name: t('afterMeeting.past.title') })).not.toBeInTheDocument();
  });

  it('shows both parts to someone who coaches and is coached', async () => {
    renderTab(COACH.userId, source({ sessions: found(WITH_ALEX, ALEX_WITH_KIM) }));
    const steps = await screen.findByRole('region', { name: t('afterMeeting.nextSteps.title') });
    expect(steps).toHaveTextContent('Hand the budget to Sam');
    // Alex's step in the session Alex coaches belongs to that coachee's plan, not to "my next steps as coachee".
    expect(steps).not.toHaveTextContent('Introduce Sam');
    const followUps = screen.getByRole('region', { name: t('afterMeeting.followUps.title') });
    expect(followUps).toHaveTextContent(STRANGER.displayName);
    // Kim's follow-up is planned but not on the calendars yet: nothing to open.
    expect(within(followUps).queryByRole('button')).not.toBeInTheDocument();
    expect(screen.getByRole('region', { name: t('afterMeeting.coachees.title') })).toHaveTextContent(COACHEE.displayName);
    expect(screen.getByRole('region', { name: t('afterMeeting.past.title') })).toHaveTextContent('Delegating more');
  });
});

describe('My coaching, empty and failing', () => {
  it('says in plain words when no session is stored yet', async () => {
    renderTab(COACHEE.userId, source({ sessions: { kind: 'found', sessions: [], skipped: 2 } }));
    expect(await screen.findByText(t('afterMeeting.sessions.noneYet'))).toBeInTheDocument();
    expect(screen.getByText(t('afterMeeting.sessions.skipped', { count: 2 }))).toHaveTextContent(
      /^2 saved sessions could not be read and are/,
    );
  });

  it('says why the sessions could not be read, and tries again', async () => {
    const src = source({ sessions: { kind: 'failed', failure: { kind: 'offline', retryable: true } } });
    const { user } = renderTab(COACHEE.userId, src);
    expect(await screen.findByRole('alert')).toHaveTextContent(failureText(BRITISH, { kind: 'offline', retryable: true }));
    src.sessions.mockResolvedValueOnce(found(WITH_ALEX));
    await user.click(screen.getByRole('button', { name: t('common.tryAgain') }));
    expect(await screen.findByRole('region', { name: t('afterMeeting.nextSteps.title') })).toBeInTheDocument();
    expect(src.sessions).toHaveBeenCalledTimes(2);
  });

  it('says it is connecting until the host has said who this is', () => {
    renderTab(COACHEE.userId, null);
    expect(screen.getByRole('status')).toHaveTextContent(t('afterMeeting.myCoaching.connecting'));
  });
});

describe('My coaching, in German', () => {
  it('says its dates, counts and plurals the German way', async () => {
    const german = wordsFor('de-DE');
    renderTab(COACHEE.userId, source({ sessions: { kind: 'found', sessions: [WITH_ALEX], skipped: 1 } }), german);
    const steps = await screen.findByRole('region', { name: 'Ihre nächsten Schritte' });
    const items = within(steps).getAllByRole('listitem');
    expect(items[0]).toHaveTextContent('Überfällig seit 28. Nov.');
    expect(items[1]).toHaveTextContent('Fällig in 3 Tagen');
    expect(within(steps).getByText('3 offen')).toHaveAttribute('data-open-count', '3');
    // One file could not be read: the singular, verb and all.
    expect(
      screen.getByText('1 gespeicherte Sitzung konnte nicht gelesen werden und wird nicht angezeigt (sie bleibt unverändert).'),
    ).toBeInTheDocument();
    const past = screen.getByRole('region', { name: 'Frühere Sitzungen' });
    expect(within(past).getByRole('button', { name: /25\.11\.2026 · mit Alex Coach/ })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /^In Outlook öffnen: Folgegespräch mit Alex Coach, 09\.12\.2026/ })).toBeInTheDocument();
  });
});

describe('My coaching, with hostile text', () => {
  const HOSTILE = ['<img src=x onerror="alert(1)"><script>alert(2)</script>', 'x'.repeat(500), 'שלום, זה צעד הבא', '🎯🚀 Ship it 👩🏽‍💻'];

  it('renders everything people typed as text', async () => {
    const hostile = storedSession({
      sessionId: 's-hostile',
      coach: { userId: 'u-evil', displayName: '<b>Evil</b> coach' },
      coachee: COACHEE,
      challenge: HOSTILE[0],
      steps: HOSTILE.map((text, i) => ({ id: `h${i}`, text, owner: COACHEE, due: '2026-12-10' })),
      followUp: { inDays: 12, iCalUId: '"><script>x</script>' },
    });
    const src = source({ sessions: found(hostile) });
    const { user } = renderTab(COACHEE.userId, src);
    const steps = await screen.findByRole('region', { name: t('afterMeeting.nextSteps.title') });
    // The challenge is the markup one, so it shows beside every step too.
    for (const text of HOSTILE) expect(within(steps).getAllByText(text).length).toBeGreaterThan(0);
    expect(within(steps).getByText('שלום, זה צעד הבא')).toHaveAttribute('dir', 'auto');
    expect(screen.getByRole('region', { name: t('afterMeeting.followUps.title') })).toHaveTextContent('<b>Evil</b> coach');
    await user.click(screen.getByRole('button', { name: /Open in Outlook: follow-up with <b>Evil<\/b> coach/ }));
    expect(src.openFollowUp).toHaveBeenCalledWith('"><script>x</script>', expect.any(Number));
    expect(document.querySelector('script, img, b')).toBeNull();
  });
});

describe('My coaching, in every Teams theme', () => {
  it.each(['default', 'dark', 'contrast'] as const)('renders its parts in the %s theme', async (theme) => {
    render(
      <AppShell theme={theme} words={BRITISH}>
        <MyCoaching userId={COACH.userId} source={source({ sessions: found(WITH_ALEX, ALEX_WITH_KIM) })} clock={fakeClock(NOW)} />
      </AppShell>,
    );
    expect(await screen.findByRole('region', { name: t('afterMeeting.coachees.title') })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1, name: t('afterMeeting.myCoaching.title') })).toBeInTheDocument();
  });
});
