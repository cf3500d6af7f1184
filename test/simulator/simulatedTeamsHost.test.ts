import { SimulatedTeamsHost } from '../../src/simulator/host';
import { ALEX, fakeHostWindow, frameWindow, meetingView, ORIGIN, SAM } from './hostWindows';

const view = meetingView();
import { LOCAL_DEV_CLIENT_ID } from '../../src/ports';

describe('SimulatedTeamsHost', () => {
  it('answers each frame as the person it was registered for, whatever the message says', () => {
    const { win, deliver } = fakeHostWindow();
    const host = new SimulatedTeamsHost(win);
    host.update(view, () => undefined);
    const alexFrame = frameWindow();
    const samFrame = frameWindow();
    host.register('side:alex', alexFrame, { person: ALEX, frameContext: 'sidePanel' });
    host.register('side:sam', samFrame, { person: SAM, frameContext: 'sidePanel' });

    deliver(samFrame, { id: 4, func: 'getContext', args: [], userObjectId: 'sim-alex' });
    expect(samFrame.postMessage).toHaveBeenCalledWith(
      { id: 4, args: [expect.objectContaining({ userObjectId: 'sim-sam', userDisplayName: 'Sam' })] },
      ORIGIN,
    );
    expect(alexFrame.postMessage).not.toHaveBeenCalled();
  });

  it('ignores unknown windows, other origins and malformed messages', () => {
    const { win, deliver } = fakeHostWindow();
    const host = new SimulatedTeamsHost(win);
    const effects = jest.fn();
    host.update(view, effects);
    const known = frameWindow();
    const stranger = frameWindow();
    host.register('side:alex', known, { person: ALEX, frameContext: 'sidePanel' });

    deliver(stranger, { id: 1, func: 'getContext', args: [] });
    deliver(known, { id: 1, func: 'getContext', args: [] }, 'https://evil.example');
    deliver(known, { id: 'x', func: 'getContext' });
    deliver(known, '{"id":1,"func":"getContext"}');
    expect(stranger.postMessage).not.toHaveBeenCalled();
    expect(known.postMessage).not.toHaveBeenCalled();
    expect(effects).not.toHaveBeenCalled();
  });

  it('talks only to the app pages’ origin when they come from another than its own, as in Teams', () => {
    const APP = 'https://stagecoach.contoso.example';
    const { win, deliver } = fakeHostWindow();
    const host = new SimulatedTeamsHost(win);
    host.update(meetingView({ origin: APP }), () => undefined);
    const frame = frameWindow();
    host.register('side:sam', frame, { person: SAM, frameContext: 'sidePanel' });

    deliver(frame, { id: 1, func: 'getContext', args: [] }, ORIGIN);
    expect(frame.postMessage).not.toHaveBeenCalled();
    deliver(frame, { id: 2, func: 'getContext', args: [] }, APP);
    expect(frame.postMessage).toHaveBeenCalledWith({ id: 2, args: [expect.objectContaining({ userObjectId: 'sim-sam' })] }, APP);
  });

  it('reports what a frame changes, by pane, and pushes events without an id', () => {
    const { win, deliver } = fakeHostWindow();
    const host = new SimulatedTeamsHost(win);
    const effects = jest.fn();
    host.update(view, effects);
    const frame = frameWindow();
    const stop = host.register('side:sam', frame, { person: SAM, frameContext: 'sidePanel' });

    deliver(frame, { id: 9, func: 'appInitialization.success', args: ['2.58.0'] });
    expect(effects).toHaveBeenCalledWith('side:sam', { kind: 'status', status: { state: 'ready' } });
    expect(frame.postMessage).not.toHaveBeenCalled();

    host.broadcast({ func: 'themeChange', args: ['dark'] });
    expect(frame.postMessage).toHaveBeenCalledWith({ func: 'themeChange', args: ['dark'] }, ORIGIN);

    stop();
    host.broadcast({ func: 'themeChange', args: ['contrast'] });
    expect(frame.postMessage).toHaveBeenCalledTimes(1);
  });
});

describe('SimulatedTeamsHost and Live Share', () => {
  const storage = () => {
    const items = new Map<string, string>();
    return {
      getItem: (k: string) => items.get(k) ?? null,
      setItem: (k: string, v: string) => void items.set(k, v),
      removeItem: (k: string) => void items.delete(k),
      items,
    };
  };

  it('answers interactive.* at once, so a second creator in the same meeting is told of the first one’s container', () => {
    const { win, deliver } = fakeHostWindow();
    const host = new SimulatedTeamsHost(win);
    host.update(view, () => undefined);
    const alexFrame = frameWindow();
    const samFrame = frameWindow();
    host.register('side:alex', alexFrame, { person: ALEX, frameContext: 'sidePanel' });
    host.register('side:sam', samFrame, { person: SAM, frameContext: 'sidePanel' });

    deliver(alexFrame, { id: 1, func: 'interactive.setFluidContainerId', args: ['c-alex'] });
    deliver(samFrame, { id: 1, func: 'interactive.setFluidContainerId', args: ['c-sam'] });
    expect(alexFrame.postMessage).toHaveBeenCalledWith(
      { id: 1, args: [null, expect.objectContaining({ containerState: 'Added' })] },
      ORIGIN,
    );
    expect(samFrame.postMessage).toHaveBeenCalledWith(
      { id: 1, args: [null, expect.objectContaining({ containerState: 'Conflict', containerId: 'c-alex' })] },
      ORIGIN,
    );
  });

  it('keeps the meeting’s container in storage, per Fluid server, for the simulator’s next load', () => {
    const saved = storage();
    const first = fakeHostWindow();
    const host = new SimulatedTeamsHost(first.win, saved);
    host.update(view, () => undefined);
    const alexFrame = frameWindow();
    host.register('side:alex', alexFrame, { person: ALEX, frameContext: 'sidePanel' });
    first.deliver(alexFrame, { id: 1, func: 'interactive.setFluidContainerId', args: ['c-alex'] });

    const reloaded = fakeHostWindow();
    const again = new SimulatedTeamsHost(reloaded.win, saved);
    again.update(view, () => undefined);
    const samFrame = frameWindow();
    again.register('side:sam', samFrame, { person: SAM, frameContext: 'sidePanel' });
    reloaded.deliver(samFrame, { id: 2, func: 'interactive.getFluidContainerId', args: [] });
    expect(samFrame.postMessage).toHaveBeenCalledWith(
      { id: 2, args: [null, expect.objectContaining({ containerState: 'AlreadyExists', containerId: 'c-alex' })] },
      ORIGIN,
    );

    // Another Fluid server (a new npm start) knows nothing of that container.
    const elsewhere = fakeHostWindow();
    const other = new SimulatedTeamsHost(elsewhere.win, saved);
    other.update({ ...view, fluidEndpoint: 'http://localhost:7071' }, () => undefined);
    const frame = frameWindow();
    other.register('side:sam', frame, { person: SAM, frameContext: 'sidePanel' });
    elsewhere.deliver(frame, { id: 3, func: 'interactive.getFluidContainerId', args: [] });
    expect(frame.postMessage).toHaveBeenCalledWith(
      { id: 3, args: [null, expect.objectContaining({ containerState: 'NotFound', shouldCreate: true })] },
      ORIGIN,
    );
  });
});

describe('SimulatedTeamsHost ending a meeting', () => {
  it('forgets the meeting’s container, in memory and in storage, so the next frame makes a fresh one', () => {
    const items = new Map<string, string>();
    const saved = {
      getItem: (k: string) => items.get(k) ?? null,
      setItem: (k: string, v: string) => void items.set(k, v),
      removeItem: (k: string) => void items.delete(k),
    };
    const { win, deliver } = fakeHostWindow();
    const host = new SimulatedTeamsHost(win, saved);
    host.update(view, () => undefined);
    const alexFrame = frameWindow();
    host.register('side:alex', alexFrame, { person: ALEX, frameContext: 'sidePanel' });
    deliver(alexFrame, { id: 1, func: 'interactive.setFluidContainerId', args: ['c-alex'] });
    expect(items.size).toBe(1);

    host.forgetContainer(view.meeting.meetingId, view.fluidEndpoint);
    expect(items.size).toBe(0);
    const notesFrame = frameWindow();
    host.register('notes', notesFrame, { person: SAM, frameContext: 'content' });
    deliver(notesFrame, { id: 2, func: 'interactive.getFluidContainerId', args: [] });
    expect(notesFrame.postMessage).toHaveBeenCalledWith(
      { id: 2, args: [null, expect.objectContaining({ containerState: 'NotFound', shouldCreate: true })] },
      ORIGIN,
    );
  });
});

describe('SimulatedTeamsHost and nested app authentication', () => {
  const UUID = 'd75c867c-1b2a-4c3d-8e9f-a6734e2684c9';
  const tokenRequest = (requestId: string) => ({
    id: 6,
    uuidAsString: UUID,
    func: 'nestedAppAuth.execute',
    args: [],
    apiVersionTag: 'v2_nestedAppAuth.execute',
    data: JSON.stringify({
      messageType: 'NestedAppAuthRequest',
      method: 'GetToken',
      requestId,
      tokenParams: { clientId: LOCAL_DEV_CLIENT_ID, scope: 'Calendars.ReadWrite', correlationId: 'c-1' },
    }),
  });
  /** The response envelope teams-js hands MSAL: the reply's args[1]. */
  const envelopeIn = (frame: { postMessage: jest.Mock }) => {
    const [[reply, origin]] = frame.postMessage.mock.calls as [[{ id: number; uuidAsString: string; args: unknown[] }, string]];
    expect(origin).toBe(ORIGIN);
    expect(reply).toMatchObject({ id: 6, uuidAsString: UUID });
    return JSON.parse(reply.args[1] as string) as { requestId: string; token: { access_token: string } };
  };

  it('gives each pane its own person’s token, whatever the request says, and reports the grant by pane', () => {
    const { win, deliver } = fakeHostWindow();
    const host = new SimulatedTeamsHost(win);
    const effects = jest.fn();
    host.update(view, effects);
    const alexFrame = frameWindow();
    const samFrame = frameWindow();
    host.register('side:alex', alexFrame, { person: ALEX, frameContext: 'sidePanel' });
    host.register('side:sam', samFrame, { person: SAM, frameContext: 'sidePanel' });

    deliver(samFrame, tokenRequest('r-sam'));
    expect(envelopeIn(samFrame)).toMatchObject({ requestId: 'r-sam', token: { access_token: 'dev.sim-sam' } });
    expect(alexFrame.postMessage).not.toHaveBeenCalled();
    expect(effects).toHaveBeenCalledWith('side:sam', {
      kind: 'tokenGranted',
      grant: { userId: 'sim-sam', scopes: ['Calendars.ReadWrite'] },
    });

    deliver(alexFrame, tokenRequest('r-alex'));
    expect(envelopeIn(alexFrame)).toMatchObject({ requestId: 'r-alex', token: { access_token: 'dev.sim-alex' } });
  });

  it('answers nothing, and reports nothing, for a payload it cannot read', () => {
    const { win, deliver } = fakeHostWindow();
    const host = new SimulatedTeamsHost(win);
    const effects = jest.fn();
    host.update(view, effects);
    const frame = frameWindow();
    host.register('side:alex', frame, { person: ALEX, frameContext: 'sidePanel' });
    deliver(frame, { ...tokenRequest('r'), data: 'not json' });
    expect(frame.postMessage).not.toHaveBeenCalled();
    expect(effects).not.toHaveBeenCalled();
  });
});
