// This device's IndexedDB for the texts of session files already read (the
// only importer of idb-keyval): loaded with Graph, never at first paint.
import { createStore, delMany, get, keys, set, update, type UseStore } from 'idb-keyval';
import { createArchiveTextCache } from '../app';
import type { UserId } from '../domain';
import type { ArchiveTextCache, DeviceKeyValue } from '../ports';

const DATABASE = 'stagecoach-archive-cache';
const STORE = 'files';

/**
 * The device's key-value store, or null where the page has no IndexedDB. The
 * database starts opening now; a browser that refuses it (private browsing,
 * storage blocked) rejects on first use, and the cache stops asking.
 */
function deviceKeyValue(): DeviceKeyValue | null {
  if (typeof indexedDB === 'undefined') return null;
  const store: UseStore = createStore(DATABASE, STORE);
  return {
    get: (key) => get<unknown>(key, store),
    set: (key, value) => set(key, value, store),
    update: (key, change) => update<unknown>(key, change, store),
    delMany: (list) => delMany(list, store),
    keys: async () => (await keys(store)).filter((k): k is string => typeof k === 'string'),
  };
}

/**
 * This device's caches of session texts, one per user (another account's
 * never meet them). The database opens at once, so it is open by the time
 * Graph has said who is signed in.
 */
export function deviceArchiveCaches(): (owner: UserId) => ArchiveTextCache {
  let device: DeviceKeyValue | null;
  try {
    device = deviceKeyValue();
  } catch {
    device = null;
  }
  return (owner) => createArchiveTextCache(device, owner, { now: () => Date.now() });
}
