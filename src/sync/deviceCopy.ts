import { archiveSession, readArchive, serializeArchive, type EpochMs, type SessionState } from '../domain';
import type { Clock, SessionStore } from '../ports';

// This meeting's last known state on this device, so a side panel can show
// the session before Live Share has connected. It is the session's op log in
// the archive format (the coachee's variant: no coach notes, which keep to
// their own key), wrapped with the meeting and the user it belongs to. Read
// back, it is untrusted like anything at rest: the wrapper must name this
// meeting and this user, and the log is replayed through the domain.

export const DEVICE_COPY_FORMAT = 'stagecoach.deviceCopy';
export const DEVICE_COPY_VERSION = 1;
/** After the last change; a steady stream of changes is still written every DEVICE_COPY_MAX_WAIT_MS. */
export const DEVICE_COPY_DEBOUNCE_MS = 2_000;
export const DEVICE_COPY_MAX_WAIT_MS = 10_000;

export const DEVICE_COPY_LIMITS = {
  /** One copy, in characters: localStorage holds about five million for the whole origin. */
  maxChars: 1_000_000,
  /** Copies kept on one device (the most recently written); older ones are removed. */
  maxCopies: 8,
} as const;

/** The part of the Web Storage API the device copy uses (window.localStorage; a fake in tests). */
export type DeviceStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

export interface DeviceCopy {
  state: SessionState;
  /** When this device last wrote it. */
  savedAt: EpochMs;
}

/** The localStorage key of one user's copy of one meeting's session. */
export const deviceCopyKey = (meetingId: string, userId: string) =>
  `${DEVICE_COPY_FORMAT}.v${DEVICE_COPY_VERSION}:${encodeURIComponent(userId)}:${encodeURIComponent(meetingId)}`;

/** Which copies this device holds, and when each was written: to remove the oldest. */
const INDEX_KEY = `${DEVICE_COPY_FORMAT}.v${DEVICE_COPY_VERSION}.index`;

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Ids as the host spells them may differ in case from the same id elsewhere (Entra object ids are GUIDs). */
const sameId = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

/**
 * This meeting's copy as this user's panel last kept it, read back and
 * checked; null when there is none or it is not one to trust: unreadable,
 * too large, another meeting's or another user's, another organizer's
 * session, or an archive the domain cannot replay. Never throws.
 */
export function readDeviceCopy(
  storage: DeviceStorage | null,
  { meetingId, userId, organizerId }: { meetingId: string; userId: string; organizerId: string | null },
): DeviceCopy | null {
  try {
    const raw = storage?.getItem(deviceCopyKey(meetingId, userId)) ?? null;
    if (raw === null || raw.length > DEVICE_COPY_LIMITS.maxChars) return null;
    const file: unknown = JSON.parse(raw);
    if (!isRecord(file) || file.format !== DEVICE_COPY_FORMAT || file.version !== DEVICE_COPY_VERSION) return null;
    if (file.meetingId !== meetingId || file.userId !== userId) return null;
    const read = readArchive(file.archive);
    if (!read.ok || read.archive.sessionId !== meetingId) return null;
    // As the live store decides: a genesis naming another organizer than the host's is not this meeting's.
    const organizer = read.archive.organizerId;
    if (organizerId !== null && organizer !== null && !sameId(organizer, organizerId)) return null;
    return { state: read.state, savedAt: read.archive.savedAt };
  } catch {
    return null;
  }
}

/** The index read back: only well-formed entries under our own prefix count. */
function readIndex(storage: DeviceStorage): Map<string, number> {
  const index = new Map<string, number>();
  try {
    const value: unknown = JSON.parse(storage.getItem(INDEX_KEY) ?? '[]');
    if (!Array.isArray(value)) return index;
    for (const entry of value.slice(0, 100)) {
      if (!Array.isArray(entry)) continue;
      const [key, at] = entry as unknown[];
      if (typeof key === 'string' && key.startsWith(`${DEVICE_COPY_FORMAT}.v`) && key !== INDEX_KEY && typeof at === 'number')
        index.set(key, at);
    }
  } catch {
    // A damaged index is rebuilt from what is written next.
  }
  return index;
}

function writeIndex(storage: DeviceStorage, index: Map<string, number>): void {
  try {
    storage.setItem(INDEX_KEY, JSON.stringify([...index]));
  } catch {
    // Best effort: an index that falls behind only keeps a copy longer.
  }
}

/** Removes the oldest copy but `keep`; returns whether there was one. */
function evictOldest(storage: DeviceStorage, index: Map<string, number>, keep: string): boolean {
  const oldest = [...index].filter(([key]) => key !== keep).sort((a, b) => a[1] - b[1])[0];
  if (!oldest) return false;
  index.delete(oldest[0]);
  try {
    storage.removeItem(oldest[0]);
  } catch {
    // Nothing more to do.
  }
  return true;
}

export type DeviceCopyWrite = 'written' | 'skipped' | 'failed';

/**
 * Writes the store's session as this device's copy of it. Skipped while the
 * store has no log to give (not connected yet); a copy too large for the
 * device removes the stale one instead. When the device is full, the oldest
 * other copies make room. Never throws.
 */
export function writeDeviceCopy(
  storage: DeviceStorage | null,
  store: Pick<SessionStore, 'archiveSource'>,
  { meetingId, userId, now }: { meetingId: string; userId: string; now: EpochMs },
): DeviceCopyWrite {
  if (!storage) return 'failed';
  const key = deviceCopyKey(meetingId, userId);
  try {
    const source = store.archiveSource?.() ?? null;
    if (!source || source.genesis.sessionId !== meetingId) return 'skipped';
    const archive = serializeArchive(archiveSession(source, { copyFor: 'coachee' }, now));
    const index = readIndex(storage);
    const text = archive.ok
      ? `{"format":${JSON.stringify(DEVICE_COPY_FORMAT)},"version":${DEVICE_COPY_VERSION},"meetingId":${JSON.stringify(meetingId)},"userId":${JSON.stringify(userId)},"archive":${archive.text}}`
      : null;
    if (text === null || text.length > DEVICE_COPY_LIMITS.maxChars) {
      storage.removeItem(key);
      index.delete(key);
      writeIndex(storage, index);
      return 'failed';
    }
    // Full: the oldest other copies make room, one at a time.
    for (;;) {
      try {
        storage.setItem(key, text);
        break;
      } catch (error) {
        if (!evictOldest(storage, index, key)) throw error;
      }
    }
    index.set(key, now);
    while (index.size > DEVICE_COPY_LIMITS.maxCopies) {
      if (!evictOldest(storage, index, key)) break;
    }
    writeIndex(storage, index);
    return 'written';
  } catch {
    return 'failed';
  }
}

export interface DeviceCopyTimers {
  setTimeout(run: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export interface DeviceCopyKeeper {
  /** Writes now if a change is waiting (the panel is hidden or left). */
  flush(): void;
  /** Stops listening; a waiting change is written first. */
  dispose(): void;
}

/**
 * Keeps this device's copy of the session as the live store changes:
 * debounced (DEVICE_COPY_DEBOUNCE_MS after the last change, at the latest
 * DEVICE_COPY_MAX_WAIT_MS after the first waiting one), never per keystroke.
 */
export function keepDeviceCopy({
  store,
  storage,
  meetingId,
  userId,
  clock,
  timers,
  debounceMs = DEVICE_COPY_DEBOUNCE_MS,
  maxWaitMs = DEVICE_COPY_MAX_WAIT_MS,
}: {
  store: Pick<SessionStore, 'archiveSource' | 'getSnapshot' | 'subscribe'>;
  storage: DeviceStorage | null;
  meetingId: string;
  userId: string;
  clock: Clock;
  timers: DeviceCopyTimers;
  debounceMs?: number;
  maxWaitMs?: number;
}): DeviceCopyKeeper {
  let seen = store.getSnapshot().session;
  let timer: unknown = null;
  let waitingSince: number | null = null;
  const write = () => {
    if (timer !== null) timers.clearTimeout(timer);
    timer = null;
    waitingSince = null;
    writeDeviceCopy(storage, store, { meetingId, userId, now: clock.now() });
  };
  const schedule = () => {
    const now = clock.now();
    waitingSince ??= now;
    if (timer !== null) timers.clearTimeout(timer);
    timer = timers.setTimeout(write, Math.max(0, Math.min(debounceMs, waitingSince + maxWaitMs - now)));
  };
  const unsubscribe = store.subscribe(() => {
    const session = store.getSnapshot().session;
    if (session === seen) return;
    seen = session;
    schedule();
  });
  // What the live store holds on arrival (it may differ from the copy read) is kept soon too.
  if (seen) schedule();
  return {
    flush: () => {
      if (waitingSince !== null) write();
    },
    dispose: () => {
      unsubscribe();
      if (waitingSince !== null) write();
    },
  };
}
