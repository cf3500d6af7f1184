import { render, screen, within } from '@testing-library/react';
import { AppShell } from '../../../src/ui';
import { OpenedSession } from '../../../src/ui/components/MyCoaching/OpenedSession';
import { COACH, COACHEE, STRANGER } from '../../fixtures/sessions';
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

const renderOpened = (sessionId: string) =>
  render(
    <AppShell>
      <OpenedSession sessionId={sessionId} sessions={[OTHER, OPENED]} />
    </AppShell>,
  );

it('shows the notes of the session the link named, and of no other', async () => {
  renderOpened('sim-0a1b2c');
  const section = screen.getByRole('region', { name: 'The session you opened' });
  const notes = await within(section).findByRole('article', { name: 'Session notes' });
  expect(within(notes).getByRole('region', { name: 'Challenge' })).toHaveTextContent('Hand-offs delay our releases.');
  expect(within(notes).getByRole('region', { name: 'Next steps' })).toHaveTextContent('Pair with QA on two stories');
  expect(section).not.toHaveTextContent('Saying no to extra projects');
  // Under the page's own heading: the section is a level 2, the notes a level 3.
  expect(within(section).getByRole('heading', { level: 3, name: 'Session notes' })).toBeInTheDocument();
});

it('says so when the user has no copy of that session, showing nothing else', () => {
  renderOpened('sim-unknown');
  const section = screen.getByRole('region', { name: 'The session you opened' });
  expect(within(section).getByRole('status')).toBeInTheDocument();
  expect(within(section).queryByRole('article')).toBeNull();
});
