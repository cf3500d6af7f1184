import type { EpochMs, UserId } from '../domain';
import type { ArchiveTextCache, DeviceKeyValue } from '../ports';

/**
 * How much of this user's session files a device keeps: far more than My
 * coaching reads (PERSONAL_HISTORY_LIMIT) for a person or two, far less
 * than a browser lets a page store. Characters are UTF-16 code units, about
 * two bytes each as IndexedDB keeps them.
 */
export const ARCHIVE_CACHE_LIMITS = { maxFiles: 300, maxChars: 16 * 1024 * 1024 } as const;

/** The one key that lists what is kept, oldest first: what the limits count and evict by. */
const MANIFEST = 'manifest';

interface Kept {
  key: string;
  owner: UserId;
  sessionId: string;
  chars: number;
  at: EpochMs;
}

/** Whose, which session, which version: another user's or another version's text is never found. */
const textKey = (owner: UserId, sessionId: string, eTag: string) => JSON.stringify(['text', owner, sessionId, eTag]);

/** The manifest as the device gave it back: null when it is not one this code wrote. */
function manifestOf(value: unknown): Kept[] | null {
  if (!Array.isArray(value)) return null;
  const kept: Kept[] = [];
  for (const item of value as unknown[]) {
    if (!Array.isArray(item) || item.length !== 5) return null;
    const [key, owner, sessionId, chars, at] = item as unknown[];
    if (typeof key !== 'string' || typeof owner !== 'string' || typeof sessionId !== 'string') return null;
    if (typeof chars !== 'number' || typeof at !== 'number' || !(chars >= 0) || !(at >= 0)) return null;
    kept.push({ key, owner, sessionId, chars, at });
  }
  return kept;
}

const manifestValue = (kept: readonly Kept[]) => kept.map((k) => [k.key, k.owner, k.sessionId, k.chars, k.at]);

export interface ArchiveCacheOptions {
  now(): EpochMs;
  limits?: { maxFiles: number; maxChars: number };
}

/**
 * `owner`'s texts on this device, bounded: one version per session (a newer
 * one replaces it), and the oldest kept go first once there are more than
 * `maxFiles` or `maxChars` in all, whoever's they are. A device that refuses
 * storage (no IndexedDB, private browsing, a full disk) gives no cache from
 * its first refusal on: every file is downloaded, as without one. Never rejects.
 */
export function createArchiveTextCache(
  device: DeviceKeyValue | null,
  owner: UserId,
  { now, limits = ARCHIVE_CACHE_LIMITS }: ArchiveCacheOptions,
): ArchiveTextCache {
  let refused = device === null;
  const refuse = () => {
    refused = true;
    return null;
  };

  return {
    async get(sessionId, eTag) {
      if (refused || !device) return null;
      try {
        const text = await device.get(textKey(owner, sessionId, eTag));
        return typeof text === 'string' ? text : null;
      } catch {
        return refuse();
      }
    },
    async put(sessionId, eTag, text) {
      if (refused || !device || text.length > limits.maxChars) return;
      const key = textKey(owner, sessionId, eTag);
      const evicted: string[] = [];
      let damaged = false;
      try {
        await device.update(MANIFEST, (old) => {
          evicted.length = 0;
          const read = old === undefined ? [] : manifestOf(old);
          damaged = read === null;
          // This session's older versions are dead: the listing will never name them again.
          const kept = (read ?? []).filter((k) => {
            const replaced = k.key === key || (k.owner === owner && k.sessionId === sessionId);
            if (replaced && k.key !== key) evicted.push(k.key);
            return !replaced;
          });
          kept.push({ key, owner, sessionId, chars: text.length, at: now() });
          kept.sort((a, b) => a.at - b.at);
          let chars = kept.reduce((sum, k) => sum + k.chars, 0);
          while (kept.length > limits.maxFiles || chars > limits.maxChars) {
            const oldest = kept.shift()!;
            chars -= oldest.chars;
            evicted.push(oldest.key);
          }
          return manifestValue(kept);
        });
        // Listed before it is written: a text the manifest does not name could never be evicted.
        await device.set(key, text);
        if (damaged) {
          // What the manifest named is lost with it: everything but what it names now goes.
          const named = new Set(manifestOf(await device.get(MANIFEST))?.map((k) => k.key) ?? []);
          evicted.push(...(await device.keys()).filter((k) => k !== MANIFEST && !named.has(k)));
        }
        if (evicted.length > 0) await device.delMany(evicted.filter((k) => k !== key));
      } catch {
        refuse();
      }
    },
  };
}
