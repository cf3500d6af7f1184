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
 * database opens on first use; a browser that refuses it (private browsing,
 * storage blocked) rejects there, and the cache stops asking.
 */
function deviceKeyValue(): DeviceKeyValue | null {
  if (typeof indexedDB === 'undefined') return null;
  let store: UseStore | null = null;
  const opened = () => (store ??= createStore(DATABASE, STORE));
  return {
    get: (key) => get<unknown>(key, opened()),
    set: (key, value) => set(key, value, opened()),
    update: (key, change) => update<unknown>(key, change, opened()),
    delMany: (list) => delMany(list, opened()),
    keys: async () => (await keys(opened())).filter((k): k is string => typeof k === 'string'),
  };
}

/** `owner`'s cache of session texts on this device (per user: another account's never meet it). */
export function deviceArchiveCache(owner: UserId): ArchiveTextCache {
  let device: DeviceKeyValue | null;
  try {
    device = deviceKeyValue();
  } catch {
    device = null;
  }
  return createArchiveTextCache(device, owner, { now: () => Date.now() });
}
