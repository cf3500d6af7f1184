import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createSession, type SessionState } from '../../../src/domain';
import type { OwnCopyRead, SessionHistory } from '../../../src/ports';
import type { Words } from '../../../src/words';
import { AppShell, NotesView, PortsProvider } from '../../../src/ui';
import { notesView } from '../../../src/ui/surfaces/lazyNotesView';
import { COACH, COACHEE, DAY, MINUTE, OBSERVER, STRANGER, T0, play, type Actor } from '../../fixtures/sessions';
import { english, wordsFor } from '../../fixtures/words';
import { settle } from '../../fixtures/waiting';
import { meeting, toLearn, type Meeting } from '../helpers';

beforeAll(() => notesView.preload());

/** A stored session `daysAgo` before the meeting, between `coach` and `coachee`. */
function earlier(sessionId: string, daysAgo: number, challenge: string, coachee: Actor = COACHEE): SessionState {
  const at = -daysAgo * DAY;
  let s = createSession({ sessionId, organizerId: COACH.userId, at: T0 + at });
  s = play(s, COACH, { type: 'join', displayName: COACH.displayName }, at);
  s = play(s, coachee, { type: 'join', displayName: coachee.displayName }, at + MINUTE);
  s = play(s, coachee, { type: 'stateChallenge', id: `${sessionId}-ch`, text: challenge }, at + 2 * MINUTE);
  s = play(s, COACH, { type: 'addCause', id: `${sessionId}-c1`, text: 'A cause from the coach' }, at + 3 * MINUTE);
  s = play(s, coachee, { type: 'addCause', id: `${sessionId}-c2`, text: 'A cause from the coachee' }, at + 4 * MINUTE);
  s = play(
    s,
    COACH,
    { type: 'addNextStep', id: `${sessionId}-s1`, text: `Open step of ${sessionId}`, ownerId: coachee.userId, due: '2026-12-01' },
    at + 5 * MINUTE,
  );
  s = play(
    s,
    COACH,
    { type: 'addNextStep', id: `${sessionId}-s2`, text: `Done step of ${sessionId}`, ownerId: COACH.userId, due: '2026-12-02' },
    at + 6 * MINUTE,
  );
  s = play(s, COACH, { type: 'setNextStepDone', id: `${sessionId}-s2`, done: true }, at + 7 * MINUTE);
  return s;
}

const HISTORY: SessionState[] = [
  earlier('s-2', 7, 'Saying no to extra projects'),
  earlier('s-other', 10, 'Another coachee’s topic', STRANGER),
  earlier('s-1', 14, 'Missing the report deadline'),
];

function renderNotes(
  store: Meeting['coach'],
  self: Actor,
  m: Meeting,
  opts: { history?: SessionHistory; ownCopy?: OwnCopyRead; words?: Words } = {},
) {
  const history = { list: jest.fn(async () => opts.history ?? { kind: 'found' as const, sessions: HISTORY, skipped: 0 }) };
  const ownCopy = opts.ownCopy ? { read: jest.fn(async () => opts.ownCopy!) } : undefined;
  render(
    <AppShell words={opts.words ?? english}>
      <PortsProvider store={store} self={self} clock={m.clock} history={history} ownCopy={ownCopy}>
        <NotesView />
      </PortsProvider>
    </AppShell>,
  );
  return { history };
}

describe('the notes tab’s history', () => {
  it('lists the earlier sessions with the same counterpart, newest first, each expandable to its notes', async () => {
    const m = meeting();
    toLearn(m);
    renderNotes(m.coachee, COACHEE, m);
    const list = await screen.findByRole('region', { name: `Earlier sessions with ${COACH.displayName}` });
    const rows = within(list).getAllByRole('listitem');
    expect(rows).toHaveLength(2);
    expect(rows[0]).toHaveTextContent('Saying no to extra projects');
    expect(rows[0]).toHaveTextContent('1 of 2 next steps done');
    expect(rows[1]).toHaveTextContent('Missing the report deadline');
    expect(list).not.toHaveTextContent('Another coachee’s topic');

    const toggle = within(rows[1]!).getByRole('button', { name: /Missing the report deadline/ });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(within(rows[1]!).queryByRole('article')).not.toBeInTheDocument();
    await userEvent.setup().click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    const notes = within(rows[1]!).getByRole('article', { name: /^Session notes of / });
    expect(document.getElementById(toggle.getAttribute('aria-controls')!)).toContainElement(notes);
    expect(within(notes).getByRole('region', { name: 'Next steps' })).toHaveTextContent('Open step of s-1');
    // Nested under the list's h2: its title h3, its parts h4, its sub-parts h5; the page keeps its one h1.
    expect(within(notes).getByRole('heading', { name: /^Session notes of / }).tagName).toBe('H3');
    expect(within(notes).getByRole('heading', { name: 'Next steps' }).tagName).toBe('H4');
    expect(within(notes).getByRole('heading', { name: 'Stage changes' }).tagName).toBe('H5');
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);
    await userEvent.setup().click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(within(rows[1]!).queryByRole('article')).not.toBeInTheDocument();
  });

  it('says how many stored sessions could not be read, and why the list failed', async () => {
    const m = meeting();
    toLearn(m);
    renderNotes(m.coach, COACH, m, { history: { kind: 'found', sessions: [], skipped: 2 } });
    const list = await screen.findByRole('region', { name: `Earlier sessions with ${COACHEE.displayName}` });
    expect(list).toHaveTextContent('No earlier sessions');
    expect(list).toHaveTextContent('2 saved sessions could not be read');
  });

  it('counts the unreadable sessions in the reader’s language: Arabic says two with a dual', async () => {
    const m = meeting();
    toLearn(m);
    const arabic = wordsFor('ar-SA');
    renderNotes(m.coach, COACH, m, { history: { kind: 'found', sessions: [], skipped: 2 }, words: arabic });
    const list = await screen.findByRole('region', { name: arabic.t('notes.earlier.title', { name: COACHEE.displayName }) });
    expect(list).toHaveTextContent(arabic.t('notes.earlier.none', { name: COACHEE.displayName }));
    expect(list).toHaveTextContent('تعذّرت قراءة جلستين محفوظتين');
    expect(arabic.t('notes.earlier.skipped', { count: 2 })).not.toBe(arabic.t('notes.earlier.skipped', { count: 3 }));
  });

  it('says why when the stored sessions could not be read', async () => {
    const m = meeting();
    toLearn(m);
    renderNotes(m.coach, COACH, m, { history: { kind: 'failed', failure: { kind: 'offline', retryable: true } } });
    // The sentence leads; the failure's own words follow it.
    const lead = english.t('notes.view.historyFailed', { message: '' }).trim();
    expect(await screen.findByText((text) => text.startsWith(lead))).toBeInTheDocument();
  });
});

describe('before the meeting', () => {
  it('shows the last session with the same person and its open next steps', async () => {
    const m = meeting();
    renderNotes(m.coach, COACH, m, { ownCopy: { kind: 'none' } });
    const last = await screen.findByRole('region', { name: `Last time with ${COACHEE.displayName}` });
    expect(last).toHaveTextContent('Saying no to extra projects');
    const open = within(last).getByRole('region', { name: 'Open next steps' });
    expect(open).toHaveTextContent('Open step of s-2');
    expect(open).not.toHaveTextContent('Done step of s-2');
    expect(screen.getByText(/no notes for this meeting yet/)).toBeInTheDocument();
  });

  it('shows simply the latest session when the live session names nobody else', async () => {
    const m = meeting();
    renderNotes(m.observer(), OBSERVER, m, {
      ownCopy: { kind: 'none' },
      history: { kind: 'found', sessions: [earlier('s-9', 3, 'The latest of all', STRANGER), ...HISTORY], skipped: 0 },
    });
    // The observer is in none of them: the latest is shown without a name.
    expect(await screen.findByRole('region', { name: 'Your last session' })).toHaveTextContent('The latest of all');
  });

  it('shows nothing of the kind while the live session has content', async () => {
    const m = meeting();
    toLearn(m);
    const { history } = renderNotes(m.coach, COACH, m);
    await screen.findByRole('region', { name: `Earlier sessions with ${COACHEE.displayName}` });
    expect(history.list).toHaveBeenCalledTimes(1);
    expect(screen.queryByRole('region', { name: /^Last time with/ })).not.toBeInTheDocument();
  });
});

describe('coaching growth', () => {
  it('shows the coach the coachee’s share of each session’s thinking, in numbers and words', async () => {
    const m = meeting();
    toLearn(m);
    renderNotes(m.coach, COACH, m);
    const growth = await screen.findByRole('region', { name: 'Coaching growth' });
    const table = within(growth).getByRole('table', { name: `How much came from ${COACHEE.displayName}, session by session` });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(3);
    expect(rows[0]).toHaveTextContent(/1 of 1 \(100%\).*1 of 2 \(50%\).*None yet/);
    expect(rows[2]).toHaveTextContent('(this session)');
    expect(growth).toHaveTextContent('Only you, the coach, see this');
  });

  it('is never shown to the coachee', async () => {
    const m = meeting();
    toLearn(m);
    renderNotes(m.coachee, COACHEE, m);
    await screen.findByRole('region', { name: `Earlier sessions with ${COACH.displayName}` });
    expect(screen.queryByRole('region', { name: 'Coaching growth' })).not.toBeInTheDocument();
    expect(screen.queryByText(/How much came from/)).not.toBeInTheDocument();
  });

  it('is not shown to an observer, who has no counterpart and no history section', async () => {
    const m = meeting();
    toLearn(m);
    const { history } = renderNotes(m.observer(), OBSERVER, m);
    await screen.findByRole('region', { name: 'Challenge' });
    await settle();
    expect(history.list).toHaveBeenCalled();
    expect(screen.queryByRole('region', { name: 'Coaching growth' })).not.toBeInTheDocument();
    expect(screen.queryByRole('region', { name: /^Earlier sessions/ })).not.toBeInTheDocument();
  });

  it('is not in the Markdown the coach downloads, nor are the earlier sessions', async () => {
    const m = meeting();
    toLearn(m);
    const blobs: Blob[] = [];
    Object.assign(URL, { createObjectURL: (blob: Blob) => (blobs.push(blob), 'blob:notes'), revokeObjectURL: () => undefined });
    const click = jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    try {
      renderNotes(m.coach, COACH, m);
      await screen.findByRole('region', { name: 'Coaching growth' });
      await userEvent.setup().click(screen.getByRole('button', { name: 'Download as Markdown' }));
      const text = await new Promise<string>((resolve) => {
        const reader = new FileReader();
        reader.onload = () => resolve(reader.result as string);
        reader.readAsText(blobs[0]!);
      });
      expect(text).toContain('I keep missing the weekly report deadline.');
      expect(text).not.toMatch(/Coaching growth|How much came from|Earlier sessions|Saying no to extra projects/);
    } finally {
      click.mockRestore();
    }
  });
});
