import { z } from 'zod';
import { isHash } from './wireOp';

/** The most recent hashes kept per author: enough for a few tabs or devices of one person. */
const PER_AUTHOR = 8;
const MAX_AUTHORS = 64;

/**
 * What this device verified in one session: per author, the latest hashes
 * proven theirs (this user's own among them). After a reload it vouches for
 * history at rest as the live checks did before, even when that author has
 * left; this device is as trusted as the client running on it.
 */
export interface TrustMemory {
  /** author → their latest verified hashes, oldest first. */
  read(): Map<string, string[]>;
  remember(author: string, hash: string): void;
  /** The meeting's organizer as this device saw the Live Share host name them, if it did. */
  organizer(): string | null;
  rememberOrganizer(userId: string): void;
}

const memorySchema = z.record(z.string().min(1).max(256), z.array(z.string().refine(isHash)).max(PER_AUTHOR));

/** One key per meeting and user in `storage` (localStorage in the browser); in memory when there is none. */
export function trustMemory(storage: Pick<Storage, 'getItem' | 'setItem'> | null, sessionId: string, userId: string): TrustMemory {
  const key = `stagecoach:trust:${sessionId}:${userId}`;
  const organizerKey = `stagecoach:organizer:${sessionId}:${userId}`;
  let cache: Map<string, string[]> | null = null;
  const load = (): Map<string, string[]> => {
    if (cache) return cache;
    cache = new Map();
    try {
      const parsed = memorySchema.safeParse(JSON.parse(storage?.getItem(key) ?? '{}'));
      if (parsed.success) for (const [author, hashes] of Object.entries(parsed.data)) cache.set(author, hashes);
    } catch {
      // Unreadable: start afresh; live checks and attestations still verify.
    }
    return cache;
  };
  return {
    read: () => new Map(load()),
    remember(author, hash) {
      const all = load();
      const hashes = (all.get(author) ?? []).filter((h) => h !== hash);
      hashes.push(hash);
      if (!all.has(author) && all.size >= MAX_AUTHORS) return;
      all.set(author, hashes.slice(-PER_AUTHOR));
      try {
        storage?.setItem(key, JSON.stringify(Object.fromEntries(all)));
      } catch {
        // Storage full or refused: kept for this page's life.
      }
    },
    organizer() {
      try {
        const parsed = organizerSchema.safeParse(storage?.getItem(organizerKey) ?? undefined);
        return parsed.success ? parsed.data : null;
      } catch {
        return null;
      }
    },
    rememberOrganizer(organizerId) {
      try {
        storage?.setItem(organizerKey, organizerId);
      } catch {
        // As above: the host is asked again next time.
      }
    },
  };
}

const organizerSchema = z.string().min(1).max(256);

/** localStorage where the page has one (null in Node and where the browser refuses it). */
export function deviceStorage(): Pick<Storage, 'getItem' | 'setItem'> | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}
