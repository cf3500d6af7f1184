import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemorySessionHub, QueuedSessionStore } from '../../../src/sync';
import { AppShell, PortsProvider, SidePanel } from '../../../src/ui';
import { fakeClock } from '../../fixtures/clock';
import { COACH, COACHEE, T0 } from '../../fixtures/sessions';
import { loadPanelParts } from '../helpers';
import { english } from '../../fixtures/words';

beforeAll(loadPanelParts);

/** The coach's panel painted before Live Share: a fresh session from the device, and the live session it will hand over to. */
function earlyPanel() {
  const clock = fakeClock(T0);
  const hub = createMemorySessionHub({ sessionId: 's-early', organizerId: COACH.userId, clock });
  const coachee = hub.connect(COACHEE);
  const store = new QueuedSessionStore({ sessionId: 's-early', organizerId: COACH.userId, self: COACH, clock, deviceCopy: null });
  const user = userEvent.setup();
  render(
    <AppShell words={english}>
      <PortsProvider store={store} self={COACH} clock={clock} pendingChanges={store.pending}>
        <SidePanel />
      </PortsProvider>
    </AppShell>,
  );
  return { store, coachee, user, connect: () => act(() => void store.handOver(hub.connect(COACH))) };
}

const connectionLine = () => screen.getAllByRole('status').find((s) => s.getAttribute('aria-live') === 'polite' && s.textContent !== '');

describe('the side panel before Live Share connects', () => {
  it('draws the stepper from the device at once and says, in a polite status line, that it is not live', () => {
    earlyPanel();
    expect(screen.getByRole('navigation')).toBeInTheDocument();
    expect(screen.getByRole('list', { name: 'Stages' })).toBeInTheDocument();
    expect(connectionLine()).toBeDefined();
  });

  it('gives someone not seated yet no role until the live session does: no observer badge, no observing note', () => {
    const clock = fakeClock(T0);
    const store = new QueuedSessionStore({ sessionId: 's-early', organizerId: COACH.userId, self: COACHEE, clock, deviceCopy: null });
    const { container } = render(
      <AppShell words={english}>
        <PortsProvider store={store} self={COACHEE} clock={clock} pendingChanges={store.pending}>
          <SidePanel />
        </PortsProvider>
      </AppShell>,
    );
    expect(container.querySelector('[data-role]')?.getAttribute('data-role')).toBe('toCome');
    expect(screen.queryByText(english.t('panel.controls.observing'))).not.toBeInTheDocument();
    expect(connectionLine()?.textContent).toContain(english.t('panel.connection.roleComes'));
  });

  it('says in the same line when the live session waits for the meeting organizer', () => {
    const { store } = earlyPanel();
    expect(connectionLine()?.textContent).not.toContain(english.t('panel.connection.waitingForOrganizer'));
    act(() => store.waitingForOrganizer());
    expect(connectionLine()?.textContent).toContain(english.t('panel.connection.waitingForOrganizer'));
  });

  it('takes what is typed while connecting and sends it to the live session once connected', async () => {
    const { user, coachee, connect } = earlyPanel();
    await user.type(screen.getByRole('textbox', { name: 'State the challenge or opportunity' }), 'Releases slip by a week');
    await user.click(screen.getByRole('button', { name: 'State challenge' }));
    expect(screen.getAllByText('Releases slip by a week').length).toBeGreaterThan(0);
    expect(coachee.getSnapshot().session?.challenge.currentId).toBeNull();

    connect();
    const live = coachee.getSnapshot().session!;
    expect(live.challenge.currentId).not.toBeNull();
    expect(live.challenge.versions[live.challenge.currentId!]?.text).toBe('Releases slip by a week');
    // Live now: nothing says otherwise, and nothing was refused.
    expect(connectionLine()).toBeUndefined();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('still shows field errors while connecting, from the domain’s check against the device copy', async () => {
    const { user, store } = earlyPanel();
    await user.type(screen.getByRole('textbox', { name: 'State the challenge or opportunity' }), '   ');
    await user.click(screen.getByRole('button', { name: 'State challenge' }));
    expect(screen.getByRole('alert')).toBeInTheDocument();
    expect(store.pending.getStatus()).toMatchObject({ kind: 'connecting', queued: 0 });
  });

  it('lists what the live session refused in an alert, until dismissed', async () => {
    const { user, store, coachee, connect } = earlyPanel();
    act(() => {
      store.dispatch({ type: 'addCause', id: 'c1', text: 'QA comes late' });
      store.dispatch({ type: 'addOption', id: 'o1', text: 'Test each story as it is done' });
    });
    // Meanwhile, in the live session, someone else took that id.
    coachee.dispatch({ type: 'addCause', id: 'c1', text: 'Specs change' });
    connect();
    const alert = screen.getByRole('alert');
    expect(within(alert).getAllByRole('listitem')).toHaveLength(1);
    expect(within(alert).getByRole('listitem')).toHaveTextContent('QA comes late');
    await user.click(within(alert).getByRole('button'));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('offers to try again when connecting failed, keeping what was typed', async () => {
    const { user, store } = earlyPanel();
    act(() => void store.dispatch({ type: 'addCause', id: 'c1', text: 'QA comes late' }));
    const retry = jest.fn();
    act(() => store.connectionFailed('Live Share could not connect (no network).', retry));
    expect(connectionLine()).toBeDefined();
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(retry).toHaveBeenCalledTimes(1);
    expect(store.pending.getStatus()).toMatchObject({ kind: 'connecting', queued: 1 });
  });
});
