import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { OwnCopyRead, OwnCopyStatus } from '../../../src/ports';
import { AppShell, NotesView, PortsProvider, SidePanel } from '../../../src/ui';
import { notesView } from '../../../src/ui/surfaces/lazyNotesView';
import { COACH, COACHEE, T0 } from '../../fixtures/sessions';
import { loadPanelParts, meeting, session, statusKeepingAt, toLearn } from '../helpers';
import { english } from '../../fixtures/words';
import { failureText } from '../../../src/ui/content/failures';
import { notLiveStore } from '../../../src/sync/waitingStore';

beforeAll(async () => {
  await Promise.all([notesView.preload(), loadPanelParts()]);
});

const savingAt = (initial: OwnCopyStatus) => statusKeepingAt(initial);

describe('the side panel’s own-copy status', () => {
  it('says quietly where saving stands, and offers Try again after a failure that may pass', async () => {
    const m = meeting();
    const saving = savingAt({ kind: 'idle' });
    render(
      <AppShell words={english}>
        <PortsProvider store={m.coach} self={COACH} clock={m.clock} ownCopySaving={saving}>
          <SidePanel />
        </PortsProvider>
      </AppShell>,
    );
    act(() => saving.set({ kind: 'saved', at: T0 }));
    expect(screen.getByRole('status')).toHaveTextContent(/^Saved to your OneDrive at /);
    const offline = { kind: 'offline', retryable: true } as const;
    act(() => saving.set({ kind: 'failed', failure: offline }));
    expect(screen.getByRole('status')).toHaveTextContent(english.t('panel.ownCopy.failed', { detail: failureText(english, offline) }));
    await userEvent.setup().click(screen.getByRole('button', { name: 'Try again' }));
    expect(saving.retry).toHaveBeenCalled();
    act(() => saving.set({ kind: 'failed', failure: { kind: 'unreadable', reason: 'unknownVersion', retryable: false } }));
    expect(screen.queryByRole('button', { name: 'Try again' })).not.toBeInTheDocument();
  });
});

describe('the notes tab after the meeting', () => {
  const renderNotes = (read: () => Promise<OwnCopyRead>, withContent = false) => {
    const m = meeting();
    if (withContent) toLearn(m);
    const reader = { read: jest.fn(read) };
    render(
      <AppShell words={english}>
        <PortsProvider store={m.coachee} self={COACHEE} clock={m.clock} ownCopy={reader}>
          <NotesView />
        </PortsProvider>
      </AppShell>,
    );
    return { m, reader };
  };

  it('shows the notes from the user’s own copy when the live session is empty', async () => {
    const earlier = meeting();
    toLearn(earlier);
    const archived = session(earlier.coach);
    renderNotes(async () => ({ kind: 'found', session: archived, savedAt: T0 }));
    expect(await screen.findByText(/^From your OneDrive copy, saved /)).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Challenge' })).toHaveTextContent('I keep missing the weekly report deadline.');
  });

  it('shows the user’s own copy while the live session waits for the organizer, never as live', async () => {
    const earlier = meeting();
    toLearn(earlier);
    const archived = session(earlier.coach);
    const waiting = notLiveStore('m-1', T0);
    expect(waiting.getSnapshot().status).toBe('connecting');
    render(
      <AppShell words={english}>
        <PortsProvider
          store={waiting}
          self={COACHEE}
          clock={earlier.clock}
          ownCopy={{ read: async () => ({ kind: 'found', session: archived, savedAt: T0 }) }}
        >
          <NotesView />
        </PortsProvider>
      </AppShell>,
    );
    expect(await screen.findByText(english.t('notes.view.fromCopy', { when: english.dateTime(T0) }))).toHaveAttribute('role', 'status');
    expect(waiting.dispatch({ type: 'addCause', id: 'c1', text: 'x' })).toMatchObject({ ok: false, code: 'conflict' });
  });

  it('says so when there are neither live notes nor a saved copy, or the copy cannot be read', async () => {
    renderNotes(async () => ({ kind: 'none' }));
    expect(await screen.findByText(/no notes for this meeting yet/)).toHaveAttribute('role', 'status');
  });

  it('says why a saved copy could not be read', async () => {
    const failure = { kind: 'unreadable', reason: 'unknownVersion', retryable: false } as const;
    renderNotes(async () => ({ kind: 'failed', failure }));
    expect(await screen.findByText(english.t('notes.view.copyUnreadable', { message: failureText(english, failure) }))).toBeInTheDocument();
  });

  it('reads no copy while the live session has content', () => {
    const { reader } = renderNotes(async () => ({ kind: 'none' }), true);
    expect(reader.read).not.toHaveBeenCalled();
    expect(screen.getByRole('region', { name: 'Challenge' })).toHaveTextContent('I keep missing the weekly report deadline.');
  });
});
