import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createLocalPrivateNotes, privateNotesKey, seedFromOwnCopy, type NotesStorage } from '../../../src/entries/privateNotesStore';
import type { PrivateNotesStore, SessionStore } from '../../../src/ports';
import { AppShell, PortsProvider, SidePanel } from '../../../src/ui';
import { COACH, COACHEE, OBSERVER, T0, type Actor } from '../../fixtures/sessions';
import { loadPanelParts, meeting, toLearn } from '../helpers';
import { english } from '../../fixtures/words';

// jsdom has no structuredClone; the session log's export uses it (its ops are plain JSON).
globalThis.structuredClone ??= <T,>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

beforeAll(loadPanelParts);
beforeEach(() => window.localStorage.clear());

const SECRET = 'Sam seems anxious about the manager; raise gently next time.';
const LABEL = 'Private notes — only you see these';

function renderPanel(store: SessionStore, self: Actor, clock: { now(): number; today(): string }, notes: PrivateNotesStore) {
  return render(
    <AppShell words={english}>
      <PortsProvider store={store} self={self} clock={clock} privateNotes={notes}>
        <SidePanel />
      </PortsProvider>
    </AppShell>,
  );
}

describe('the coach’s private notes in the side panel', () => {
  it('shows the coach a labelled field, kept on this device as they type, and never in the shared session', async () => {
    const m = meeting();
    toLearn(m);
    const notes = createLocalPrivateNotes('s-ui', COACH.userId);
    renderPanel(m.coach, COACH, m.clock, notes);
    const field = await screen.findByRole('textbox', { name: LABEL });
    expect(screen.getByRole('heading', { name: 'Private notes' })).toBeInTheDocument();
    const user = userEvent.setup();
    await user.click(field);
    await user.keyboard(SECRET);
    await user.tab(); // leaving the field keeps the notes at once
    expect(notes.load()?.text).toBe(SECRET);
    expect(JSON.parse(window.localStorage.getItem(privateNotesKey('s-ui', COACH.userId))!)).toMatchObject({ text: SECRET });
    expect(screen.getByText('Kept on this device and in your OneDrive copy')).toHaveAttribute('role', 'status');
    // Nothing of it in the shared session, for anyone, nor in the log that is shared and archived.
    for (const store of [m.coach, m.coachee]) {
      expect(JSON.stringify(store.getSnapshot().session)).not.toContain(SECRET);
      expect(JSON.stringify(store.archiveSource?.() ?? null)).not.toContain(SECRET);
    }
  });

  it('keeps the notes after a pause in typing (debounced), not per keystroke', async () => {
    jest.useFakeTimers();
    try {
      const m = meeting();
      const saves: string[] = [];
      const inner = createLocalPrivateNotes('s-ui', COACH.userId);
      const notes: PrivateNotesStore = { ...inner, save: (text, at) => (saves.push(text), inner.save(text, at)) };
      renderPanel(m.coach, COACH, m.clock, notes);
      const user = userEvent.setup({ advanceTimers: (ms) => jest.advanceTimersByTime(ms) });
      await user.type(await screen.findByRole('textbox', { name: LABEL }), 'abc');
      expect(saves).toEqual([]);
      act(() => jest.advanceTimersByTime(1_000));
      expect(saves).toEqual(['abc']);
    } finally {
      jest.useRealTimers();
    }
  });

  it('keeps what was typed the moment the panel is hidden, before the own-copy save runs', async () => {
    const m = meeting();
    const notes = createLocalPrivateNotes('s-ui', COACH.userId);
    renderPanel(m.coach, COACH, m.clock, notes);
    const seen: (string | undefined)[] = [];
    const onHidden = () => seen.push(notes.load()?.text); // as graphAccess's saver flush listens
    document.addEventListener('visibilitychange', onHidden);
    await userEvent.setup().type(await screen.findByRole('textbox', { name: LABEL }), 'Typed just now');
    const visibility = jest.spyOn(document, 'visibilityState', 'get').mockReturnValue('hidden');
    act(() => void document.dispatchEvent(new Event('visibilitychange')));
    visibility.mockRestore();
    document.removeEventListener('visibilitychange', onHidden);
    expect(seen).toEqual(['Typed just now']);
  });

  it('shows no private notes to the coachee or an observer', () => {
    const m = meeting();
    const observer = m.observer();
    for (const [store, self] of [
      [m.coachee, COACHEE],
      [observer, OBSERVER],
    ] as const) {
      const view = renderPanel(store, self, m.clock, createLocalPrivateNotes('s-ui', self.userId));
      expect(screen.queryByRole('textbox', { name: LABEL })).not.toBeInTheDocument();
      expect(screen.queryByText(/Private notes/)).not.toBeInTheDocument();
      view.unmount();
    }
  });

  it('says "Not kept on this device" when storage fails, and keeps the text on screen and in memory', async () => {
    const m = meeting();
    const full: NotesStorage = {
      getItem: () => null,
      setItem: () => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      },
    };
    const notes = createLocalPrivateNotes('s-ui', COACH.userId, full);
    renderPanel(m.coach, COACH, m.clock, notes);
    const user = userEvent.setup();
    const field = await screen.findByRole('textbox', { name: LABEL });
    await user.click(field);
    await user.keyboard('Follow up on the data team.');
    await user.tab();
    expect(field).toHaveValue('Follow up on the data team.');
    expect(notes.load()?.text).toBe('Follow up on the data team.');
    expect(screen.getByText(/^Not kept on this device/)).toHaveAttribute('role', 'status');
  });
});

describe('the private notes store', () => {
  it('keeps one key per session and user, and cuts the text to the archive’s limit', () => {
    const a = createLocalPrivateNotes('s-1', COACH.userId);
    a.save('x'.repeat(20_005), T0);
    expect(a.load()?.text).toHaveLength(20_000);
    expect(createLocalPrivateNotes('s-1', COACH.userId).load()).toEqual({ text: 'x'.repeat(20_000), updatedAt: T0 });
    expect(createLocalPrivateNotes('s-2', COACH.userId).load()).toBeNull();
    expect(createLocalPrivateNotes('s-1', COACHEE.userId).load()).toBeNull();
  });

  it('seeds from the coach’s own copy on a new device, once the user is the coach, and never over notes already here', async () => {
    const m = meeting();
    const fresh = createLocalPrivateNotes('s-ui', COACH.userId);
    const read = jest.fn(async () => ({ text: SECRET, updatedAt: T0 }));
    seedFromOwnCopy(m.coach, COACH.userId, fresh, read);
    await act(async () => Promise.resolve());
    expect(fresh.load()?.text).toBe(SECRET);
    expect(read).toHaveBeenCalledTimes(1);

    const here = createLocalPrivateNotes('s-ui', COACH.userId);
    here.save('Mine on this device', T0 + 1);
    const read2 = jest.fn(read);
    seedFromOwnCopy(m.coach, COACH.userId, here, read2);
    expect(read2).not.toHaveBeenCalled();
    expect(here.load()?.text).toBe('Mine on this device');

    window.localStorage.clear();
    const coachee = createLocalPrivateNotes('s-ui', COACHEE.userId);
    const read3 = jest.fn(read);
    seedFromOwnCopy(m.coachee, COACHEE.userId, coachee, read3);
    expect(read3).not.toHaveBeenCalled();
    expect(coachee.load()).toBeNull();
  });

  it('fills the coach’s empty field when notes arrive from the own copy', async () => {
    const m = meeting();
    const notes = createLocalPrivateNotes('s-ui', COACH.userId);
    renderPanel(m.coach, COACH, m.clock, notes);
    act(() => notes.seed({ text: SECRET, updatedAt: T0 }));
    expect(await screen.findByRole('textbox', { name: LABEL })).toHaveValue(SECRET);
  });
});
