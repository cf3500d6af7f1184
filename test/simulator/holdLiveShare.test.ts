import { SimulatedTeamsHost } from '../../src/simulator/host';
import { heldLiveShareFrom } from '../../src/simulator/meetingAddress';
import { ALEX, fakeHostWindow, frameWindow, meetingView, SAM } from './hostWindows';

describe('holding a pane’s Live Share in the simulated Teams', () => {
  it('leaves its Live Share requests unanswered while held, answers the rest, and answers them in order on release', () => {
    const { win, deliver } = fakeHostWindow();
    const host = new SimulatedTeamsHost(win);
    const effects = jest.fn();
    host.update(meetingView(), effects);
    const alex = frameWindow();
    const sam = frameWindow();
    host.register('side:alex', alex, { person: ALEX, frameContext: 'sidePanel' });
    host.register('side:sam', sam, { person: SAM, frameContext: 'sidePanel' });
    host.holdLiveShare('side:alex', true);
    expect(host.holdsLiveShare('side:alex')).toBe(true);

    deliver(alex, { id: 1, func: 'interactive.getFluidTenantInfo', args: [] });
    deliver(alex, { id: 2, func: 'interactive.getFluidContainerId', args: [] });
    // The rest of teams-js is answered: the panel starts and says it is ready.
    deliver(alex, { id: 3, func: 'getContext', args: [] });
    deliver(alex, { id: 4, func: 'appInitialization.success', args: [] });
    // Another pane is not held.
    deliver(sam, { id: 1, func: 'interactive.getFluidContainerId', args: [] });
    expect(alex.postMessage.mock.calls.map(([reply]) => (reply as { id: number }).id)).toEqual([3]);
    expect(effects).toHaveBeenCalledWith('side:alex', { kind: 'status', status: { state: 'ready' } });
    expect(sam.postMessage).toHaveBeenCalledTimes(1);

    host.holdLiveShare('side:alex', false);
    expect(host.holdsLiveShare('side:alex')).toBe(false);
    expect(alex.postMessage.mock.calls.map(([reply]) => (reply as { id: number }).id)).toEqual([3, 1, 2]);
    expect(alex.postMessage.mock.calls[1]![0]).toMatchObject({ args: [null, { tenantId: 'local' }] });
    // Released: answered at once again.
    deliver(alex, { id: 5, func: 'interactive.getNtpTime', args: [] });
    expect(alex.postMessage).toHaveBeenCalledTimes(4);
  });

  it('answers nothing held for a frame that has gone', () => {
    const { win, deliver } = fakeHostWindow();
    const host = new SimulatedTeamsHost(win);
    host.update(meetingView(), () => undefined);
    const alex = frameWindow();
    const stop = host.register('side:alex', alex, { person: ALEX, frameContext: 'sidePanel' });
    host.holdLiveShare('side:alex', true);
    deliver(alex, { id: 1, func: 'interactive.getFluidTenantInfo', args: [] });
    stop();
    host.holdLiveShare('side:alex', false);
    expect(alex.postMessage).not.toHaveBeenCalled();
  });

  it('reads whose Live Share starts held from the address', () => {
    expect([...heldLiveShareFrom('?holdLiveShare=coach')]).toEqual(['coach']);
    expect([...heldLiveShareFrom('?meeting=x&holdLiveShare=coachee,%20observer,boss')]).toEqual(['coachee', 'observer']);
    expect([...heldLiveShareFrom('?holdLiveShare=notes')]).toEqual(['notes']);
    expect(heldLiveShareFrom('?meeting=x').size).toBe(0);
  });
});
