import {
  createMemorySessionHub,
  deviceCopyKey,
  DEVICE_COPY_DEBOUNCE_MS,
  DEVICE_COPY_LIMITS,
  keepDeviceCopy,
  readDeviceCopy,
  writeDeviceCopy,
  type DeviceStorage,
} from '../../src/sync';
import { fakeClock } from '../fixtures/clock';

const T0 = Date.UTC(2026, 10, 25, 9, 0);
const MEETING = 'meeting-1';
const COACH = { userId: 'u-coach', displayName: 'Alex' };
const COACHEE = { userId: 'u-coachee', displayName: 'Sam' };
const WHO = { meetingId: MEETING, userId: COACH.userId, organizerId: COACH.userId };

/** localStorage as a Map, with an optional quota in characters. */
function memoryStorage(quota = Infinity): DeviceStorage & { items: Map<string, string> } {
  const items = new Map<string, string>();
  const used = () => [...items].reduce((sum, [k, v]) => sum + k.length + v.length, 0);
  return {
    items,
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => {
      const before = items.get(key);
      items.set(key, value);
      if (used() > quota) {
        if (before === undefined) items.delete(key);
        else items.set(key, before);
        throw new DOMException('full', 'QuotaExceededError');
      }
    },
    removeItem: (key) => void items.delete(key),
  };
}

/** A live session with a challenge, as the coach's store holds it. */
function liveSession(meetingId = MEETING) {
  const clock = fakeClock(T0);
  const hub = createMemorySessionHub({ sessionId: meetingId, organizerId: COACH.userId, clock });
  const coach = hub.connect(COACH);
  hub.connect(COACHEE);
  expect(coach.dispatch({ type: 'stateChallenge', id: 'v1', text: 'Releases slip by a week' })).toEqual({ ok: true });
  return { coach, clock };
}

describe('the device copy', () => {
  it('reads back what the live store had, replayed through the domain', () => {
    const storage = memoryStorage();
    const { coach } = liveSession();
    expect(writeDeviceCopy(storage, coach, { meetingId: MEETING, userId: COACH.userId, now: T0 + 1000 })).toBe('written');
    const copy = readDeviceCopy(storage, WHO);
    expect(copy?.savedAt).toBe(T0 + 1000);
    expect(copy?.state).toEqual(coach.getSnapshot().session);
  });

  it('is none for a meeting this device has never seen', () => {
    expect(readDeviceCopy(memoryStorage(), WHO)).toBeNull();
    expect(readDeviceCopy(null, WHO)).toBeNull();
  });

  it.each([
    ['not JSON', '{"format":'],
    ['JSON of another shape', '[1,2,3]'],
    ['another format', JSON.stringify({ format: 'something.else', version: 1, meetingId: MEETING, userId: COACH.userId, archive: {} })],
    [
      'a newer version',
      JSON.stringify({ format: 'stagecoach.deviceCopy', version: 2, meetingId: MEETING, userId: COACH.userId, archive: {} }),
    ],
    [
      'an archive that is not one',
      JSON.stringify({ format: 'stagecoach.deviceCopy', version: 1, meetingId: MEETING, userId: COACH.userId, archive: { ops: 'x' } }),
    ],
  ])('is refused when it is garbage: %s', (_what, text) => {
    const storage = memoryStorage();
    storage.setItem(deviceCopyKey(MEETING, COACH.userId), text);
    expect(readDeviceCopy(storage, WHO)).toBeNull();
  });

  it('is refused when it is too large to be one of ours', () => {
    const storage = memoryStorage();
    storage.setItem(deviceCopyKey(MEETING, COACH.userId), ' '.repeat(DEVICE_COPY_LIMITS.maxChars + 1));
    expect(readDeviceCopy(storage, WHO)).toBeNull();
  });

  /** The copy written for the coach, stored under `key`: what a tampered or copied entry looks like. */
  function copyUnder(key: string, edit: (file: Record<string, unknown>) => void = () => undefined, meetingId = MEETING) {
    const storage = memoryStorage();
    const { coach } = liveSession(meetingId);
    writeDeviceCopy(storage, coach, { meetingId, userId: COACH.userId, now: T0 });
    const file = JSON.parse(storage.getItem(deviceCopyKey(meetingId, COACH.userId))!) as Record<string, unknown>;
    edit(file);
    storage.setItem(key, JSON.stringify(file));
    return storage;
  }

  it('is refused when it names another meeting, or holds another meeting’s session', () => {
    const renamed = copyUnder(deviceCopyKey(MEETING, COACH.userId), (file) => (file.meetingId = 'meeting-2'));
    expect(readDeviceCopy(renamed, WHO)).toBeNull();
    // The wrapper says this meeting, the log inside is another's.
    const foreign = copyUnder(deviceCopyKey(MEETING, COACH.userId), (file) => (file.meetingId = MEETING), 'meeting-2');
    expect(readDeviceCopy(foreign, WHO)).toBeNull();
  });

  it('is refused when it is another user’s', () => {
    const storage = copyUnder(deviceCopyKey(MEETING, COACHEE.userId));
    expect(readDeviceCopy(storage, { ...WHO, userId: COACHEE.userId })).toBeNull();
  });

  it('is refused when its session names another organizer than the host does', () => {
    const storage = copyUnder(deviceCopyKey(MEETING, COACH.userId));
    expect(readDeviceCopy(storage, { ...WHO, organizerId: 'u-someone-else' })).toBeNull();
    expect(readDeviceCopy(storage, { ...WHO, organizerId: 'U-COACH' })).not.toBeNull();
  });

  it('drops a change the domain refuses when replayed, like any archive', () => {
    const storage = copyUnder(deviceCopyKey(MEETING, COACH.userId), (file) => {
      const archive = file.archive as { ops: { lamport: number; envelope: Record<string, unknown> }[] };
      const last = archive.ops.at(-1)!;
      // Someone who never joined "states" a challenge.
      archive.ops.push({ lamport: last.lamport + 1, envelope: { ...last.envelope, id: 'forged', actorId: 'u-stranger' } });
    });
    const copy = readDeviceCopy(storage, WHO);
    expect(copy?.state.challenge.currentId).toBe('v1');
    expect(Object.keys(copy!.state.participants).sort()).toEqual(['u-coach', 'u-coachee']);
  });

  it('is not written while the store has no log to give', () => {
    const storage = memoryStorage();
    expect(writeDeviceCopy(storage, { archiveSource: () => null }, { meetingId: MEETING, userId: COACH.userId, now: T0 })).toBe('skipped');
    expect(storage.items.size).toBe(0);
  });

  it('keeps the most recent copies only, and makes room when the device is full', () => {
    const storage = memoryStorage();
    for (let i = 0; i < DEVICE_COPY_LIMITS.maxCopies + 2; i++) {
      const { coach } = liveSession(`meeting-${i}`);
      expect(writeDeviceCopy(storage, coach, { meetingId: `meeting-${i}`, userId: COACH.userId, now: T0 + i })).toBe('written');
    }
    const kept = [...storage.items.keys()].filter((key) => key !== 'stagecoach.deviceCopy.v1.index');
    expect(kept).toHaveLength(DEVICE_COPY_LIMITS.maxCopies);
    expect(kept).not.toContain(deviceCopyKey('meeting-0', COACH.userId));

    const one = storage.getItem(deviceCopyKey('meeting-9', COACH.userId))!.length;
    const full = memoryStorage(one * 2.5);
    for (const id of ['meeting-a', 'meeting-b', 'meeting-c']) {
      const { coach } = liveSession(id);
      expect(writeDeviceCopy(full, coach, { meetingId: id, userId: COACH.userId, now: T0 })).toBe('written');
    }
    expect(full.getItem(deviceCopyKey('meeting-c', COACH.userId))).not.toBeNull();
    expect(full.getItem(deviceCopyKey('meeting-a', COACH.userId))).toBeNull();
  });

  it('is kept from the live store’s changes debounced, not per change, and at once when flushed', () => {
    const storage = memoryStorage();
    const { coach, clock } = liveSession();
    const pending: { run: () => void; at: number }[] = [];
    const timers = {
      setTimeout: (run: () => void, ms: number) => {
        const timer = { run, at: clock.now() + ms };
        pending.push(timer);
        return timer;
      },
      clearTimeout: (timer: unknown) => void pending.splice(pending.indexOf(timer as (typeof pending)[number]), 1),
    };
    const due = () => {
      for (const timer of pending.filter((t) => t.at <= clock.now())) {
        pending.splice(pending.indexOf(timer), 1);
        timer.run();
      }
    };
    const key = deviceCopyKey(MEETING, COACH.userId);
    const keeper = keepDeviceCopy({ store: coach, storage, meetingId: MEETING, userId: COACH.userId, clock, timers });
    coach.dispatch({ type: 'addCause', id: 'c1', text: 'QA comes late' });
    clock.advance(DEVICE_COPY_DEBOUNCE_MS - 1);
    coach.dispatch({ type: 'addCause', id: 'c2', text: 'Scope grows' });
    due();
    expect(storage.getItem(key)).toBeNull();
    clock.advance(DEVICE_COPY_DEBOUNCE_MS);
    due();
    expect(Object.keys(readDeviceCopy(storage, WHO)!.state.causes).sort()).toEqual(['c1', 'c2']);

    coach.dispatch({ type: 'addCause', id: 'c3', text: 'Nobody owns the release' });
    keeper.flush();
    expect(Object.keys(readDeviceCopy(storage, WHO)!.state.causes)).toContain('c3');
    keeper.dispose();
    coach.dispatch({ type: 'addCause', id: 'c4', text: 'Too many meetings' });
    clock.advance(DEVICE_COPY_DEBOUNCE_MS);
    due();
    expect(Object.keys(readDeviceCopy(storage, WHO)!.state.causes)).not.toContain('c4');
  });
});
