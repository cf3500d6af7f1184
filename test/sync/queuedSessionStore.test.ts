import type { Command } from '../../src/domain';
import type { SessionStore } from '../../src/ports';
import { createMemorySessionHub, QueuedSessionStore, readDeviceCopy, writeDeviceCopy, type DeviceStorage } from '../../src/sync';
import { fakeClock } from '../fixtures/clock';

const T0 = Date.UTC(2026, 10, 25, 9, 0);
const MEETING = 'meeting-1';
const COACH = { userId: 'u-coach', displayName: 'Alex' };
const COACHEE = { userId: 'u-coachee', displayName: 'Sam' };

function setUp() {
  const clock = fakeClock(T0);
  const hub = createMemorySessionHub({ sessionId: MEETING, organizerId: COACH.userId, clock });
  const queued = (deviceCopy: ConstructorParameters<typeof QueuedSessionStore>[0]['deviceCopy'] = null, maxQueued?: number) =>
    new QueuedSessionStore({ sessionId: MEETING, organizerId: COACH.userId, self: COACH, clock, deviceCopy, maxQueued });
  return { clock, hub, queued };
}

/** A live store that records what reaches it, in order. */
function recording(live: SessionStore): { store: SessionStore; received: Command[] } {
  const received: Command[] = [];
  const store: SessionStore = {
    getSnapshot: () => live.getSnapshot(),
    subscribe: (listener) => live.subscribe(listener),
    close: () => live.close(),
    dispatch: (command) => {
      received.push(command);
      return live.dispatch(command);
    },
    archiveSource: () => live.archiveSource?.() ?? null,
  };
  return { store, received };
}

describe('the queued session store (before Live Share connects)', () => {
  it('shows a fresh session in Open, with this user joined, for a meeting the device has never seen; never as live', () => {
    const { queued } = setUp();
    const store = queued();
    const snapshot = store.getSnapshot();
    expect(snapshot.status).toBe('connecting');
    expect(snapshot.session?.stage).toBe('open');
    expect(snapshot.session?.participants[COACH.userId]?.role).toBe('coach');
    expect(store.pending.getStatus()).toEqual({
      kind: 'connecting',
      from: 'fresh',
      savedAt: null,
      queued: 0,
      joined: true,
      organizerAway: false,
    });
    expect(store.archiveSource()).toBeNull();
  });

  it('shows this device’s copy as it was kept', () => {
    const { hub, queued } = setUp();
    const coach = hub.connect(COACH);
    coach.dispatch({ type: 'stateChallenge', id: 'v1', text: 'Releases slip by a week' });
    const storage = new Map<string, string>();
    const device: DeviceStorage = {
      getItem: (k) => storage.get(k) ?? null,
      setItem: (k, v) => void storage.set(k, v),
      removeItem: (k) => void storage.delete(k),
    };
    writeDeviceCopy(device, coach, { meetingId: MEETING, userId: COACH.userId, now: T0 + 5 });
    const copy = readDeviceCopy(device, { meetingId: MEETING, userId: COACH.userId, organizerId: COACH.userId });
    const store = queued(copy);
    expect(store.getSnapshot().session?.challenge.currentId).toBe('v1');
    expect(store.pending.getStatus()).toEqual({
      kind: 'connecting',
      from: 'device',
      savedAt: T0 + 5,
      queued: 0,
      joined: true,
      organizerAway: false,
    });
  });

  it('gives no made-up role to someone who is not in the copy and does not organize the meeting: the live session will', () => {
    const { clock } = setUp();
    const store = new QueuedSessionStore({ sessionId: MEETING, organizerId: COACH.userId, self: COACHEE, clock, deviceCopy: null });
    expect(store.getSnapshot().session?.participants[COACHEE.userId]).toBeUndefined();
    expect(store.pending.getStatus()).toMatchObject({ kind: 'connecting', joined: false });
    expect(store.dispatch({ type: 'stateChallenge', id: 'v1', text: 'Releases slip' })).toMatchObject({ ok: false, code: 'forbidden' });
  });

  it('says while the live session waits for the organizer, and still queues what is typed', () => {
    const { queued } = setUp();
    const store = queued();
    const heard = jest.fn();
    store.pending.subscribe(heard);
    store.waitingForOrganizer();
    expect(heard).toHaveBeenCalled();
    expect(store.pending.getStatus()).toMatchObject({ kind: 'connecting', organizerAway: true });
    expect(store.dispatch({ type: 'stateChallenge', id: 'v1', text: 'Releases slip' })).toEqual({ ok: true });
    expect(store.pending.getStatus()).toMatchObject({ kind: 'connecting', organizerAway: true, queued: 1 });
  });

  it('keeps the role the copy gives, under the name the host gives now', () => {
    const { hub, clock } = setUp();
    hub.connect(COACH);
    const sam = hub.connect(COACHEE);
    const storage = new Map<string, string>();
    const device: DeviceStorage = {
      getItem: (k) => storage.get(k) ?? null,
      setItem: (k, v) => void storage.set(k, v),
      removeItem: (k) => void storage.delete(k),
    };
    writeDeviceCopy(device, sam, { meetingId: MEETING, userId: COACHEE.userId, now: T0 });
    const copy = readDeviceCopy(device, { meetingId: MEETING, userId: COACHEE.userId, organizerId: COACH.userId });
    const renamed = { ...COACHEE, displayName: 'Samira' };
    const store = new QueuedSessionStore({ sessionId: MEETING, organizerId: COACH.userId, self: renamed, clock, deviceCopy: copy });
    expect(store.getSnapshot().session?.participants[COACHEE.userId]).toMatchObject({ role: 'coachee', displayName: 'Samira' });
    expect(store.pending.getStatus()).toMatchObject({ kind: 'connecting', joined: true });
  });

  it('checks each change against the copy shown, at once, and queues only what the domain takes', () => {
    const { queued } = setUp();
    const store = queued();
    const heard = jest.fn();
    store.subscribe(heard);
    expect(store.dispatch({ type: 'stateChallenge', id: 'v1', text: 'Releases slip' })).toEqual({ ok: true });
    expect(heard).toHaveBeenCalled();
    expect(store.getSnapshot().session?.challenge.currentId).toBe('v1');
    // A field error, as the form shows it: nothing is queued.
    expect(store.dispatch({ type: 'stateChallenge', id: 'v2', text: '' })).toMatchObject({ ok: false, code: 'invalid' });
    // A rule of the domain: the coachee's words are the coachee's.
    expect(store.dispatch({ type: 'writeCoacheeSummary', text: 'I will pair with QA' })).toMatchObject({ ok: false, code: 'forbidden' });
    expect(store.pending.getStatus()).toMatchObject({ kind: 'connecting', queued: 1 });
  });

  it('keeps the snapshot stable between changes', () => {
    const { queued } = setUp();
    const store = queued();
    expect(store.getSnapshot()).toBe(store.getSnapshot());
  });

  it('sends the queued commands to the live store in order, the same commands, then shows the live session', () => {
    const { hub, queued } = setUp();
    hub.connect(COACHEE);
    const store = queued();
    const changes: Command[] = [
      { type: 'stateChallenge', id: 'v1', text: 'Releases slip' },
      { type: 'agreeChallenge', versionId: 'v1' },
      { type: 'addCause', id: 'c1', text: 'QA comes late' },
      { type: 'editCause', id: 'c1', text: 'QA comes in late' },
    ];
    for (const change of changes) expect(store.dispatch(change)).toEqual({ ok: true });
    const { store: live, received } = recording(hub.connect(COACH));
    const heard = jest.fn();
    store.subscribe(heard);

    expect(store.handOver(live)).toEqual([]);
    expect(received).toEqual(changes);
    expect(heard).toHaveBeenCalledTimes(1);
    expect(store.getSnapshot()).toBe(live.getSnapshot());
    expect(store.getSnapshot().status).toBe('connected');
    const session = store.getSnapshot().session!;
    expect(session.challenge.agreedBy[COACH.userId]).toBeDefined();
    expect(session.causes.c1?.text).toBe('QA comes in late');
    expect(store.pending.getStatus()).toEqual({ kind: 'connected', refused: [] });
    expect(store.archiveSource()).not.toBeNull();
  });

  it('reports what the live session refuses, with the refusal’s code and reason, and sends the rest', () => {
    const { hub, queued } = setUp();
    const coachee = hub.connect(COACHEE);
    const store = queued();
    expect(store.dispatch({ type: 'addCause', id: 'c1', text: 'QA comes late' })).toEqual({ ok: true });
    expect(store.dispatch({ type: 'addOption', id: 'o1', text: 'Test each story as it is done' })).toEqual({ ok: true });
    expect(store.dispatch({ type: 'editCause', id: 'c1', text: 'QA comes in late' })).toEqual({ ok: true });
    // The live session moved on meanwhile: the coachee added a cause under the same id.
    coachee.dispatch({ type: 'addCause', id: 'c1', text: 'Specs change' });

    const refused = store.handOver(hub.connect(COACH));
    expect(refused).toEqual([
      { command: { type: 'addCause', id: 'c1', text: 'QA comes late' }, code: 'conflict', reason: { key: 'alreadyExists', item: 'cause' } },
    ]);
    // What came after it still went in, in order: the option, and the edit (of the cause the live session has).
    expect(store.getSnapshot().session?.options.o1).toBeDefined();
    expect(store.getSnapshot().session?.causes.c1?.text).toBe('QA comes in late');
    expect(store.pending.getStatus()).toEqual({ kind: 'connected', refused });
    store.pending.dismissRefused();
    expect(store.pending.getStatus()).toEqual({ kind: 'connected', refused: [] });
  });

  it('reports a live store that throws as a refusal, never as a lost change', () => {
    const { hub, queued } = setUp();
    const store = queued();
    store.dispatch({ type: 'stateChallenge', id: 'v1', text: 'Releases slip' });
    const live = hub.connect(COACH);
    const broken: SessionStore = {
      ...live,
      getSnapshot: live.getSnapshot,
      subscribe: live.subscribe,
      dispatch: () => {
        throw new Error('boom');
      },
    };
    expect(store.handOver(broken)).toEqual([
      expect.objectContaining({ command: { type: 'stateChallenge', id: 'v1', text: 'Releases slip' }, code: 'invalid' }),
    ]);
  });

  it('passes changes straight to the live store once handed over', () => {
    const { hub, queued } = setUp();
    const store = queued();
    const live = hub.connect(COACH);
    store.handOver(live);
    expect(store.dispatch({ type: 'stateChallenge', id: 'v1', text: 'Releases slip' })).toEqual({ ok: true });
    expect(live.getSnapshot().session?.challenge.currentId).toBe('v1');
    expect(() => store.handOver(live)).toThrow();
  });

  it('keeps the queue when connecting fails, says so, and connects again on "Try again"', () => {
    const { hub, queued } = setUp();
    const store = queued();
    store.dispatch({ type: 'stateChallenge', id: 'v1', text: 'Releases slip' });
    const retry = jest.fn();
    store.connectionFailed('no network', retry);
    expect(store.getSnapshot().status).toBe('offline');
    expect(store.pending.getStatus()).toEqual({
      kind: 'failed',
      failure: { kind: 'unavailable', what: 'liveShare', retryable: true, detail: 'no network' },
      queued: 1,
    });
    // Still usable: a change made now waits with the others.
    store.dispatch({ type: 'addCause', id: 'c1', text: 'QA comes late' });
    expect(store.pending.getStatus()).toMatchObject({ kind: 'failed', queued: 2 });

    store.pending.retry();
    expect(retry).toHaveBeenCalledTimes(1);
    expect(store.getSnapshot().status).toBe('connecting');
    expect(store.pending.getStatus()).toMatchObject({ kind: 'connecting', queued: 2 });
    const { store: live, received } = recording(hub.connect(COACH));
    store.handOver(live);
    expect(received.map((c) => c.type)).toEqual(['stateChallenge', 'addCause']);
  });

  it('bounds the queue, saying why a change beyond it is not taken', () => {
    const { queued } = setUp();
    const store = queued(null, 2);
    expect(store.dispatch({ type: 'addCause', id: 'c1', text: 'One' })).toEqual({ ok: true });
    expect(store.dispatch({ type: 'addCause', id: 'c2', text: 'Two' })).toEqual({ ok: true });
    expect(store.dispatch({ type: 'addCause', id: 'c3', text: 'Three' })).toEqual({
      ok: false,
      code: 'limit',
      reason: { key: 'tooManyWaiting' },
    });
    expect(store.getSnapshot().session?.causes.c3).toBeUndefined();
  });
});
