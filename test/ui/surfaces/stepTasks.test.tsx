import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { SessionStore, StepTasksKeeping, StepTasksStatus, TaskGateway } from '../../../src/ports';
import { keepStepTasks, type StepTasksKeeper } from '../../../src/app';
import { AppShell, PortsProvider, SidePanel } from '../../../src/ui';
import { COACH, COACHEE, FOLLOW_UP_START, OBSERVER, type Actor } from '../../fixtures/sessions';
import { fakeTasks } from '../../fixtures/fakeTasks';
import { arrange, loadPanelParts, meeting, statusKeepingAt, toClose, type Meeting } from '../helpers';
import { english } from '../../fixtures/words';
import { failureText } from '../../../src/ui/content/failures';

beforeAll(loadPanelParts);

const keepingAt = (initial: StepTasksStatus) => statusKeepingAt(initial);

/** Close, with the follow-up on the coach's calendar: the closure. */
function closed(): Meeting {
  const m = meeting();
  toClose(m);
  arrange(m, m.coach, { type: 'planFollowUp', kind: 'statusUpdate', start: FOLLOW_UP_START, durationMinutes: 30 });
  arrange(m, m.coach, { type: 'recordCoachEvent', eventId: 'evt-1', iCalUId: 'ical-1' });
  return m;
}

function renderPanel(m: Meeting, store: SessionStore, self: Actor, stepTasks: StepTasksKeeping) {
  render(
    <AppShell words={english}>
      <PortsProvider store={store} self={self} clock={m.clock} stepTasks={stepTasks}>
        <SidePanel />
      </PortsProvider>
    </AppShell>,
  );
}

/** The line under the follow-up: its live region. */
const line = () => screen.getByRole('status', { name: 'Your next steps in To Do' });

describe('the side panel’s To Do status (Close)', () => {
  it('says where the user’s next steps stand, politely, and offers a keyboard-reachable Try again', async () => {
    const m = closed();
    const keeping = keepingAt({ kind: 'idle' });
    renderPanel(m, m.coachee, COACHEE, keeping);
    expect(line()).toHaveTextContent(/^$/);
    expect(line()).toHaveAttribute('aria-live', 'polite');

    act(() => keeping.set({ kind: 'saving' }));
    expect(line()).toHaveTextContent('Putting your next steps in To Do…');
    act(() => keeping.set({ kind: 'saved', count: 2 }));
    expect(line()).toHaveTextContent('Your next steps are in your Microsoft To Do, list “Coaching”.');
    act(() => keeping.set({ kind: 'saved', count: 1 }));
    expect(line()).toHaveTextContent('Your next step is in your Microsoft To Do, list “Coaching”.');
    act(() => keeping.set({ kind: 'saved', count: 0 }));
    expect(line()).toHaveTextContent(/^$/);

    const offline = { kind: 'offline', retryable: true } as const;
    act(() => keeping.set({ kind: 'failed', failure: offline }));
    expect(line()).toHaveTextContent(english.t('panel.stepTasks.failed', { detail: failureText(english, offline) }));
    const again = screen.getByRole('button', { name: 'Try again' });
    expect(again).toHaveAccessibleDescription(english.t('panel.stepTasks.failed', { detail: failureText(english, offline) }));
    const user = userEvent.setup();
    again.focus();
    await user.keyboard('{Enter}');
    expect(keeping.retry).toHaveBeenCalledTimes(1);

    act(() =>
      keeping.set({ kind: 'failed', failure: { kind: 'consent', need: 'tasks', permission: 'Tasks.ReadWrite', retryable: false } }),
    );
    expect(screen.queryByRole('button', { name: 'Try again' })).not.toBeInTheDocument();
  });

  it('shows nothing to an observer', () => {
    const m = closed();
    const keeping = keepingAt({ kind: 'saved', count: 1 });
    renderPanel(m, m.observer(), OBSERVER, keeping);
    expect(screen.queryByRole('status', { name: 'Your next steps in To Do' })).not.toBeInTheDocument();
  });

  describe('with the real keeper over the user’s own To Do', () => {
    let keeper: StepTasksKeeper | null = null;
    // Only the closure's own sync happens here: no debounced timer ever fires.
    const timers = { setTimeout: () => 0, clearTimeout: () => undefined };
    const realKeeper = (store: SessionStore, userId: string, gateway: TaskGateway) =>
      keepStepTasks({
        store,
        userId,
        tasks: async () => gateway,
        notes: async () => ({ url: 'https://teams.example/notes', label: 'Coaching notes' }),
        debounceMs: 5_000,
        timers,
      });
    afterEach(() => keeper?.dispose());

    it('puts the coachee’s step in their To Do at closure and says so', async () => {
      const m = closed();
      const todo = fakeTasks({ sessions: ['s-ui'] });
      keeper = realKeeper(m.coachee, COACHEE.userId, todo.gateway);
      renderPanel(m, m.coachee, COACHEE, keeper);
      await waitFor(() => expect(line()).toHaveTextContent('Your next step is in your Microsoft To Do, list “Coaching”.'));
      expect(todo.tasks()).toEqual([expect.objectContaining({ sessionId: 's-ui', stepId: 'step-1', done: false })]);
      expect(todo.violations).toEqual([]);
    });

    it('is silent for a coach who owns no step', () => {
      const m = closed();
      const todo = fakeTasks({ sessions: ['s-ui'] });
      keeper = realKeeper(m.coach, COACH.userId, todo.gateway);
      renderPanel(m, m.coach, COACH, keeper);
      expect(line()).toHaveTextContent(/^$/);
      expect(todo.calls).toEqual([]);
    });
  });
});
