// Loaded with import() (chunk deviceCopy) alongside teams-js: the domain's
// checks and zod, which it needs, are no part of the side panel's first paint.
import type { Clock, MeetingContext, SessionStore } from '../ports';
import type { Self } from '../ports';
import { keepDeviceCopy, QueuedSessionStore, readDeviceCopy, trustMemory, type DeviceCopyKeeper, type DeviceStorage } from '../sync';

/** window.localStorage, or null where the browser refuses it (storage disabled, a sandboxed frame). */
export function deviceStorage(): DeviceStorage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

/**
 * The store a side panel paints with before Live Share connects: this
 * meeting's copy as this user's panel last kept it on this device (checked
 * when read back), or a fresh session in Open for a meeting it has never
 * seen; changes queue until the live store is handed over.
 */
export function openFromDevice(context: MeetingContext, self: Self, clock: Clock, storage = deviceStorage()): QueuedSessionStore {
  // The organizer as this device last heard the Live Share host name them; unknown for a meeting it has never joined.
  const organizerId = trustMemory(storage, context.meetingId, context.userId).organizer();
  const deviceCopy = readDeviceCopy(storage, { meetingId: context.meetingId, userId: context.userId, organizerId });
  return new QueuedSessionStore({ sessionId: context.meetingId, organizerId, self, clock, deviceCopy });
}

const windowTimers = {
  setTimeout: (run: () => void, ms: number) => window.setTimeout(run, ms),
  clearTimeout: (handle: unknown) => window.clearTimeout(handle as number),
};

/**
 * Keeps this device's copy of the meeting's session from the live store's
 * changes (debounced), and at once when the panel is hidden or left.
 */
export function keepOnDevice(live: SessionStore, context: MeetingContext, clock: Clock, storage = deviceStorage()): DeviceCopyKeeper {
  const keeper = keepDeviceCopy({
    store: live,
    storage,
    meetingId: context.meetingId,
    userId: context.userId,
    clock,
    timers: windowTimers,
  });
  const onHidden = () => {
    if (document.visibilityState === 'hidden') keeper.flush();
  };
  document.addEventListener('visibilitychange', onHidden);
  window.addEventListener('pagehide', keeper.flush);
  return {
    flush: keeper.flush,
    dispose: () => {
      document.removeEventListener('visibilitychange', onHidden);
      window.removeEventListener('pagehide', keeper.flush);
      keeper.dispose();
    },
  };
}
