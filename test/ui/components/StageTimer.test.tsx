import { act, screen } from '@testing-library/react';
import type { SessionStore, SharedTimer, TimerSnapshot } from '../../../src/ports';
import { formatRemaining } from '../../../src/ui/components/StageTimer';
import { COACH, COACHEE } from '../../fixtures/sessions';
import { loadPanelParts, meeting, renderPanel } from '../helpers';

/** A plain SharedTimer: the Live Share one is tested against tinylicious in test/sync. */
function fakeTimer(initial: TimerSnapshot = { state: 'off', durationMs: 0, remainingMs: 0 }) {
  let snapshot = initial;
  const listeners = new Set<() => void>();
  const set = (next: TimerSnapshot) => {
    snapshot = next;
    listeners.forEach((listener) => listener());
  };
  const timer = {
    getSnapshot: () => snapshot,
    subscribe: (listener: () => void) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    start: jest.fn((durationMs: number) => set({ state: 'running', durationMs, remainingMs: durationMs })),
    pause: jest.fn(() => set({ ...snapshot, state: 'paused' })),
    resume: jest.fn(() => set({ ...snapshot, state: 'running' })),
    stop: jest.fn(() => set({ state: 'off', durationMs: 0, remainingMs: 0 })),
  } satisfies SharedTimer;
  return { timer, set };
}

const withTimer = (store: SessionStore, timer: SharedTimer): SessionStore => Object.assign(store, { timer });

describe('StageTimer in the side panel', () => {
  beforeAll(loadPanelParts);

  it('is not there when the store offers no timer', () => {
    const m = meeting();
    renderPanel(m.coach, COACH, m.clock);
    expect(screen.queryByRole('group', { name: 'Stage timer' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Stage timer' })).not.toBeInTheDocument();
  });

  it('lets the coach start a 10-minute timer, then pause, resume and stop it', async () => {
    const m = meeting();
    const { timer } = fakeTimer();
    const { user } = renderPanel(withTimer(m.coach, timer), COACH, m.clock);
    // Off by default: only the way to start one.
    expect(screen.queryByRole('timer')).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Stage timer', description: 'Start a shared timer for this stage' }));
    await user.selectOptions(screen.getByRole('combobox', { name: 'Duration' }), '10 minutes');
    await user.click(screen.getByRole('button', { name: 'Start' }));
    expect(timer.start).toHaveBeenCalledWith(600_000);
    expect(screen.getByRole('timer', { name: 'Time left in this stage' })).toHaveTextContent('10:00 left');

    await user.click(screen.getByRole('button', { name: 'Pause' }));
    expect(timer.pause).toHaveBeenCalledTimes(1);
    expect(screen.getByRole('timer')).toHaveTextContent('10:00 left (paused)');
    await user.click(screen.getByRole('button', { name: 'Resume' }));
    expect(timer.resume).toHaveBeenCalledTimes(1);
    await user.click(screen.getByRole('button', { name: 'Stop' }));
    expect(timer.stop).toHaveBeenCalledTimes(1);
    expect(screen.queryByRole('timer')).not.toBeInTheDocument();
  });

  it('shows the coachee the countdown and the gentle end, with no controls', () => {
    const m = meeting();
    const { timer, set } = fakeTimer({ state: 'running', durationMs: 600_000, remainingMs: 462_000 });
    renderPanel(withTimer(m.coachee, timer), COACHEE, m.clock);
    expect(screen.getByRole('timer', { name: 'Time left in this stage' })).toHaveTextContent('7:42 left');
    for (const name of ['Stage timer', 'Start', 'Pause', 'Resume', 'Stop']) {
      expect(screen.queryByRole('button', { name })).not.toBeInTheDocument();
    }

    act(() => set({ state: 'finished', durationMs: 600_000, remainingMs: 0 }));
    expect(screen.queryByRole('timer')).not.toBeInTheDocument();
    expect(screen.getByText('Time’s up — carry on as long as it helps.')).toBeInTheDocument();
    // It never blocks the session: the stage's own controls are still there.
    expect(screen.getByRole('navigation', { name: 'Coaching stages' })).toBeInTheDocument();
  });

  it('hides the timer from the coachee while it is off', () => {
    const m = meeting();
    const { timer } = fakeTimer();
    renderPanel(withTimer(m.coachee, timer), COACHEE, m.clock);
    expect(screen.queryByRole('group', { name: 'Stage timer' })).not.toBeInTheDocument();
  });

  it('formats what is left in minutes and seconds', () => {
    expect(formatRemaining(462_000)).toBe('7:42');
    expect(formatRemaining(300_000)).toBe('5:00');
    expect(formatRemaining(500)).toBe('0:01');
    expect(formatRemaining(0)).toBe('0:00');
  });
});
