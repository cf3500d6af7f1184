import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { stepTaskKey, type SessionState } from '../../../src/domain';
import type { FollowUpOpening, MyCoachingSource, OwnTaskDone, SessionHistory } from '../../../src/ports';
import { AppShell, MyCoaching } from '../../../src/ui';
import { pastSessionNotes } from '../../../src/ui/components/MyCoaching';
import { fakeClock } from '../../fixtures/clock';
import { COACH, COACHEE, DAY, STRANGER, T0 } from '../../fixtures/sessions';
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

function renderTab(userId: string, src: MyCoachingSource | null = source()) {
  const user = userEvent.setup();
  render(
    <AppShell>
      <MyCoaching userId={userId} source={src} clock={fakeClock(NOW)} locale="en-GB" />
    </AppShell>,
  );
  return { user };
}

const found = (...sessions: SessionState[]): SessionHistory => ({ kind: 'found', sessions, skipped: 0 });

beforeAll(() => pastSessionNotes.preload());

describe('My coaching, as coachee', () => {
  it('lists my open steps overdue first, in words and the viewer’s locale, each with its challenge', async () => {
    renderTab(COACHEE.userId);
    expect(screen.getByRole('main', { name: 'My coaching' })).toBeInTheDocument();
    const steps = await screen.findByRole('region', { name: 'My next steps' });
    const items = within(steps).getAllByRole('listitem');
    expect(items.map((li) => li.querySelector('p')?.textContent)).toEqual([
      'Agree a Wednesday hand-over',
      'Ask for the data on Wednesday',
      'Write the report template',
    ]);
    expect(items[0]).toHaveTextContent('Overdue since 28 Nov');
    expect(items[1]).toHaveTextContent('Due soon: 8 Dec');
    expect(items[2]).toHaveTextContent('Due 20 Dec');
    expect(items[0]).toHaveTextContent('For: I keep missing the weekly report deadline.');
    // Alex's step and the done one are not mine to do.
    expect(steps).not.toHaveTextContent('Introduce Sam');
    expect(steps).not.toHaveTextContent('Book a room');
    expect(screen.queryByRole('region', { name: 'My coachees' })).not.toBeInTheDocument();
  });

  it('takes my done states from my own task list', async () => {
    const src = source({ tasks: { kind: 'read', done: new Map([[stepTaskKey('s-alex', 'overdue'), true]]) } });
    renderTab(COACHEE.userId, src);
    const steps = await screen.findByRole('region', { name: 'My next steps' });
    await waitFor(() => expect(steps).not.toHaveTextContent('Agree a Wednesday hand-over'));
    expect(steps).toHaveTextContent('Ask for the data on Wednesday');
    expect(src.ownTaskDone).toHaveBeenCalledTimes(1);
  });

  it('shows the rest when the task list fails, says done states may be out of date, and tries again', async () => {
    const src = source({ tasks: { kind: 'failed', message: 'Microsoft To Do is not reachable' } });
    const { user } = renderTab(COACHEE.userId, src);
    expect(await screen.findByText(/Your task list could not be read \(Microsoft To Do is not reachable\), so done states may be out of date/)).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'My next steps' })).toHaveTextContent('Agree a Wednesday hand-over');
    src.ownTaskDone.mockResolvedValueOnce({ kind: 'read', done: new Map([[stepTaskKey('s-alex', 'overdue'), true]]) });
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(src.ownTaskDone).toHaveBeenCalledTimes(2);
    expect(await screen.findByRole('region', { name: 'My next steps' })).not.toHaveTextContent('Agree a Wednesday hand-over');
    expect(screen.queryByText(/could not be read/)).not.toBeInTheDocument();
  });

  it('lists my next follow-ups with whom and when, each opening in Outlook', async () => {
    const src = source({ opening: { kind: 'opened', where: 'web' } });
    const { user } = renderTab(COACHEE.userId, src);
    const followUps = await screen.findByRole('region', { name: 'My next follow-ups' });
    expect(followUps).toHaveTextContent(`With ${COACH.displayName}`);
    const button = within(followUps).getByRole('button', { name: /^Open in Outlook: follow-up with Alex Coach, .*9 Dec/ });
    await user.click(button);
    expect(src.openFollowUp).toHaveBeenCalledWith('ical-alex');
    expect(await within(followUps).findByText('Opened in Outlook on the web, in a new window.')).toBeInTheDocument();
  });

  it('says so when the follow-up is not on my calendar, or could not be opened', async () => {
    const src = source({ opening: { kind: 'notOnCalendar' } });
    const { user } = renderTab(COACHEE.userId, src);
    const button = await screen.findByRole('button', { name: /^Open in Outlook/ });
    await user.click(button);
    expect(await screen.findByText(/not on your calendar/)).toBeInTheDocument();
    src.openFollowUp.mockResolvedValueOnce({ kind: 'failed', message: 'Outlook is offline' });
    await user.click(button);
    expect(await screen.findByText('Could not open the follow-up: Outlook is offline')).toBeInTheDocument();
  });

  it('lists my past sessions, each expandable by keyboard to its notes', async () => {
    const { user } = renderTab(COACHEE.userId);
    const past = await screen.findByRole('region', { name: 'Past sessions' });
    const toggle = within(past).getByRole('button', { name: /^25 Nov 2026 with Alex Coach ?: I keep missing the weekly report deadline\./ });
    expect(within(past).getByRole('listitem')).toHaveTextContent('1 of 5 next steps done');
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

describe('My coaching, as coach', () => {
  it('lists my coachees with the next follow-up and the plan as agreed, done as the session recorded it', async () => {
    // Even a task map that says otherwise changes nothing in a coachee's plan: the coach sees only what was agreed.
    const src = source({ tasks: { kind: 'read', done: new Map([[stepTaskKey('s-alex', 'overdue'), true]]) } });
    const { user } = renderTab(COACH.userId, src);
    const coachees = await screen.findByRole('region', { name: 'My coachees' });
    const sam = within(coachees).getByRole('region', { name: COACHEE.displayName });
    expect(sam).toHaveTextContent(/Next follow-up: .*9 Dec/);
    expect(sam).toHaveTextContent('Challenge: I keep missing the weekly report deadline.');
    const steps = within(sam).getAllByRole('listitem');
    expect(steps).toHaveLength(5);
    const overdue = steps.find((li) => li.textContent?.includes('Agree a Wednesday hand-over'));
    expect(overdue).toHaveTextContent(`Who: ${COACHEE.displayName} · By when: 28 Nov · Not done yet`);
    expect(steps.find((li) => li.textContent?.includes('Book a room'))).toHaveTextContent('Done');
    expect(sam).toHaveTextContent(`Stagecoach never reads ${COACHEE.displayName}’s task list`);
    await user.click(within(sam).getByRole('button', { name: /^Open in Outlook: follow-up with Sam Coachee/ }));
    expect(src.openFollowUp).toHaveBeenCalledWith('ical-alex');
    // Nothing of the coachee's own part is shown to the coach.
    expect(screen.queryByRole('region', { name: 'My next steps' })).not.toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Past sessions' })).not.toBeInTheDocument();
  });

  it('shows both parts to someone who coaches and is coached', async () => {
    renderTab(COACH.userId, source({ sessions: found(WITH_ALEX, ALEX_WITH_KIM) }));
    const steps = await screen.findByRole('region', { name: 'My next steps' });
    expect(steps).toHaveTextContent('Hand the budget to Sam');
    // Alex's step in the session Alex coaches belongs to the coachee view of that plan, not to "my next steps as coachee".
    expect(steps).not.toHaveTextContent('Introduce Sam');
    const followUps = screen.getByRole('region', { name: 'My next follow-ups' });
    expect(followUps).toHaveTextContent(`With ${STRANGER.displayName}`);
    expect(followUps).toHaveTextContent('Not on the calendars yet.');
    expect(within(followUps).queryByRole('button')).not.toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'My coachees' })).toHaveTextContent(COACHEE.displayName);
    expect(screen.getByRole('region', { name: 'Past sessions' })).toHaveTextContent('Delegating more');
  });
});

describe('My coaching, empty and failing', () => {
  it('says in plain words when no session is stored yet', async () => {
    renderTab(COACHEE.userId, source({ sessions: { kind: 'found', sessions: [], skipped: 2 } }));
    expect(await screen.findByText(/^No sessions stored yet\./)).toBeInTheDocument();
    expect(screen.getByText(/2 saved sessions could not be read/)).toBeInTheDocument();
  });

  it('says why the sessions could not be read, and tries again', async () => {
    const src = source({ sessions: { kind: 'failed', message: 'OneDrive is offline' } });
    const { user } = renderTab(COACHEE.userId, src);
    expect(await screen.findByRole('alert')).toHaveTextContent('Your coaching sessions could not be read: OneDrive is offline');
    src.sessions.mockResolvedValueOnce(found(WITH_ALEX));
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('region', { name: 'My next steps' })).toBeInTheDocument();
    expect(src.sessions).toHaveBeenCalledTimes(2);
  });

  it('says it is connecting until the host has said who this is', () => {
    renderTab(COACHEE.userId, null);
    expect(screen.getByRole('status')).toHaveTextContent('Connecting…');
  });
});

describe('My coaching, with hostile text', () => {
  const HOSTILE = [
    '<img src=x onerror="alert(1)"><script>alert(2)</script>',
    'x'.repeat(500),
    'שלום, זה צעד הבא',
    '🎯🚀 Ship it 👩🏽‍💻',
  ];

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
    const steps = await screen.findByRole('region', { name: 'My next steps' });
    // The challenge is the markup one, so it shows beside every step too.
    for (const text of HOSTILE) expect(within(steps).getAllByText(text).length).toBeGreaterThan(0);
    expect(within(steps).getByText('שלום, זה צעד הבא')).toHaveAttribute('dir', 'auto');
    expect(screen.getByRole('region', { name: 'My next follow-ups' })).toHaveTextContent('With <b>Evil</b> coach');
    await user.click(screen.getByRole('button', { name: /Open in Outlook: follow-up with <b>Evil<\/b> coach/ }));
    expect(src.openFollowUp).toHaveBeenCalledWith('"><script>x</script>');
    expect(document.querySelector('script, img, b')).toBeNull();
  });
});

describe('My coaching, in every Teams theme', () => {
  it.each(['default', 'dark', 'contrast'] as const)('renders its parts in the %s theme', async (theme) => {
    render(
      <AppShell theme={theme}>
        <MyCoaching userId={COACH.userId} source={source({ sessions: found(WITH_ALEX, ALEX_WITH_KIM) })} clock={fakeClock(NOW)} />
      </AppShell>,
    );
    expect(await screen.findByRole('region', { name: 'My coachees' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1, name: 'My coaching' })).toBeInTheDocument();
  });
});
