import { screen, within } from '@testing-library/react';
import type { SessionState } from '../../../src/domain';
import type { MyCoachingSource } from '../../../src/ports';
import { MyCoaching } from '../../../src/ui';
import { OpenedSession } from '../../../src/ui/components/MyCoaching/OpenedSession';
import { fakeClock } from '../../fixtures/clock';
import { COACH, COACHEE, DAY, STRANGER, T0 } from '../../fixtures/sessions';
import { english } from '../../fixtures/words';
import { renderInShell } from '../helpers';
import { storedSession } from '../myCoachingSessions';

// My coaching opened by a notes link (the deep link's subEntityId): the notes
// of that session first, only ever from the user's own stored sessions.

const OPENED = storedSession({
  sessionId: 'sim-0a1b2c',
  coach: COACH,
  coachee: COACHEE,
  challenge: 'Hand-offs delay our releases.',
  steps: [{ id: 'st-1', text: 'Pair with QA on two stories', owner: COACHEE, due: '2026-12-08' }],
});
const OTHER = storedSession({ sessionId: 'sim-other', coach: STRANGER, coachee: COACHEE, challenge: 'Saying no to extra projects' });

const renderOpened = (sessionId: string) => renderInShell(<OpenedSession sessionId={sessionId} sessions={[OTHER, OPENED]} />);
const OPENED_TITLE = english.t('afterMeeting.opened.title');
const NOTES_TITLE = english.t('afterMeeting.opened.notesTitle');

it('shows the notes of the session the link named, and of no other', async () => {
  renderOpened('sim-0a1b2c');
  const section = screen.getByRole('region', { name: OPENED_TITLE });
  const notes = await within(section).findByRole('article', { name: NOTES_TITLE });
  expect(within(notes).getByRole('region', { name: 'Challenge' })).toHaveTextContent('Hand-offs delay our releases.');
  expect(within(notes).getByRole('region', { name: 'Next steps' })).toHaveTextContent('Pair with QA on two stories');
  expect(section).not.toHaveTextContent('Saying no to extra projects');
  // Under the page's own heading: the section is a level 2, the notes a level 3.
  expect(within(section).getByRole('heading', { level: 3, name: NOTES_TITLE })).toBeInTheDocument();
});

it('says so when the user has no copy of that session, showing nothing else', () => {
  renderOpened('sim-unknown');
  const section = screen.getByRole('region', { name: OPENED_TITLE });
  expect(within(section).getByRole('status')).toHaveTextContent(english.t('afterMeeting.opened.notSaved'));
  expect(within(section).queryByRole('article')).toBeNull();
});

describe('My coaching opened by a notes link', () => {
  const source = (sessions: SessionState[]): MyCoachingSource => ({
    sessions: async () => ({ kind: 'found', sessions, skipped: 0 }),
    ownTaskDone: async () => ({ kind: 'read', done: new Map() }),
    openFollowUp: async () => ({ kind: 'opened', where: 'host' }),
  });
  const renderTab = (userId: string, openSessionId: string | null) =>
    renderInShell(
      <MyCoaching userId={userId} source={source([OTHER, OPENED])} clock={fakeClock(T0 + 10 * DAY)} openSessionId={openSessionId} />,
    );

  it.each([
    ['the coach', COACH.userId],
    ['the coachee', COACHEE.userId],
  ])('shows %s that session’s notes first', async (_who, userId) => {
    renderTab(userId, 'sim-0a1b2c');
    const main = screen.getByRole('main', { name: english.t('afterMeeting.myCoaching.title') });
    const opened = await within(main).findByRole('region', { name: OPENED_TITLE });
    expect(await within(opened).findByRole('region', { name: 'Challenge' })).toHaveTextContent('Hand-offs delay our releases.');
    // First under the page's title: before every other part of the page.
    const parts = within(main).getAllByRole('heading', { level: 2 });
    expect(parts[0]).toHaveTextContent(OPENED_TITLE);
  });

  it('shows no such part when no link named a session', async () => {
    renderTab(COACHEE.userId, null);
    const main = screen.getByRole('main', { name: english.t('afterMeeting.myCoaching.title') });
    await within(main).findAllByRole('heading', { level: 2 });
    expect(within(main).queryByRole('region', { name: OPENED_TITLE })).toBeNull();
  });
});
