import { ARCHIVE_LIMITS, roleOf, type CoachNotes, type EpochMs } from '../domain';
import type { PrivateNotesKeeping, PrivateNotesStore, SessionStore } from '../ports';
import { createListeners } from '../base';

/** The part of the Web Storage API the store uses (window.localStorage; a fake in tests). */
export type NotesStorage = Pick<Storage, 'getItem' | 'setItem'>;

/** The localStorage key of one user's private notes for one session. */
export const privateNotesKey = (sessionId: string, userId: string) =>
  `stagecoach.privateNotes.v1:${encodeURIComponent(userId)}:${encodeURIComponent(sessionId)}`;

export interface LocalPrivateNotes extends PrivateNotesStore {
  /** Brings in notes from the coach's own copy, unless this device already has notes. */
  seed(notes: CoachNotes): void;
}

function parse(raw: string | null): CoachNotes | null {
  if (raw === null) return null;
  try {
    const value: unknown = JSON.parse(raw);
    if (typeof value !== 'object' || value === null) return null;
    const { text, updatedAt } = value as Record<string, unknown>;
    if (typeof text !== 'string' || typeof updatedAt !== 'number') return null;
    return { text: text.slice(0, ARCHIVE_LIMITS.coachNotes), updatedAt };
  } catch {
    return null;
  }
}

/** window.localStorage, or null where the browser refuses it (storage disabled, a sandboxed frame). */
function browserStorage(): NotesStorage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

/**
 * The coach's private notes for one session, kept in this browser's
 * localStorage (one key per session and user). When the device will not keep
 * them (storage full or disabled), they stay in memory: the text on screen is
 * never lost, and the panel says it is not kept on this device.
 */
export function createLocalPrivateNotes(
  sessionId: string,
  userId: string,
  storage: NotesStorage | null = browserStorage(),
): LocalPrivateNotes {
  const key = privateNotesKey(sessionId, userId);
  const listeners = createListeners();
  let notes: CoachNotes | null = null;
  try {
    notes = parse(storage?.getItem(key) ?? null);
  } catch {
    notes = null;
  }
  const notify = () => {
    listeners.notify();
  };
  const keep = (next: CoachNotes): PrivateNotesKeeping => {
    notes = next;
    let kept: PrivateNotesKeeping = 'memoryOnly';
    try {
      if (storage) {
        storage.setItem(key, JSON.stringify(next));
        kept = 'kept';
      }
    } catch {
      kept = 'memoryOnly';
    }
    notify();
    return kept;
  };
  return {
    load: () => notes,
    save: (text: string, at: EpochMs) => keep({ text: text.slice(0, ARCHIVE_LIMITS.coachNotes), updatedAt: at }),
    seed: (from) => {
      if (notes === null && from.text !== '') keep({ text: from.text.slice(0, ARCHIVE_LIMITS.coachNotes), updatedAt: from.updatedAt });
    },
    subscribe: (listener) => {
      return listeners.subscribe(listener);
    },
  };
}

/**
 * On a new device: once this user is the session's coach and the device has
 * no notes for it, brings in the notes from the coach's own copy (read once).
 * Returns the way to stop.
 */
export function seedFromOwnCopy(
  store: Pick<SessionStore, 'getSnapshot' | 'subscribe'>,
  userId: string,
  notes: LocalPrivateNotes,
  readOwnNotes: () => Promise<CoachNotes | null>,
): () => void {
  let started = false;
  let unsubscribe: () => void = () => undefined;
  const attempt = () => {
    const session = store.getSnapshot().session;
    if (started || !session || roleOf(session, userId) !== 'coach') return;
    started = true;
    unsubscribe();
    if (notes.load() !== null) return;
    void readOwnNotes().then((found) => {
      if (found) notes.seed(found);
    });
  };
  unsubscribe = store.subscribe(attempt);
  attempt();
  return () => {
    started = true;
    unsubscribe();
  };
}
