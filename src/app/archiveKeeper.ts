import {
  ARCHIVE_LIMITS,
  mergeArchives,
  readArchiveText,
  sameArchiveContent,
  serializeArchive,
  type ArchiveRead,
  type ArchiveReadDetail,
  type SessionArchive,
} from '../domain';
import type { ArchiveFailure, ArchiveWrite, SavedArchive, SessionArchiveStore, StoredArchive, UnreadableArchive } from '../ports';
import { indexSavedCopy } from './historyIndex';

export type { UnreadableArchive } from '../ports';

export type KeepFailure = ArchiveFailure | UnreadableArchive;

/** A stored copy, read: the file as stored, and what the reader made of it. */
export interface OpenedArchive {
  stored: StoredArchive;
  read: ArchiveRead;
}

export interface Kept {
  /** What the file now holds: ours merged with what was saved before. */
  archive: SessionArchive;
  /** The save, or null when the file already held all of it and nothing was written. */
  saved: SavedArchive | null;
}

/** How many times a save that met a conflict reads the file again, merges, and tries once more. */
const ATTEMPTS = 3;

/**
 * Reads this user's stored copy of a session (null when there is none). A
 * file the reader refuses comes back as an `unreadable` failure, with the
 * reader's reason; nothing is ever written here.
 */
export async function openSessionArchive(
  store: SessionArchiveStore,
  sessionId: string,
): Promise<{ ok: true; value: OpenedArchive | null } | { ok: false; failure: KeepFailure }> {
  const loaded = await store.load(sessionId);
  if (!loaded.ok) return loaded;
  if (loaded.value === null) return { ok: true, value: null };
  const read = readArchiveText(loaded.value.text);
  if (!read.ok) return unreadable(read.reason, read.detail);
  if (read.archive.sessionId !== sessionId) return unreadable('otherSession');
  return { ok: true, value: { stored: loaded.value, read } };
}

/**
 * Saves this user's copy of a session the safe way, and the only way callers
 * need: read what is stored, refuse to touch a file this Stagecoach cannot
 * read completely (a newer version, a foreign or damaged file, one with
 * changes it does not know), merge ours into what is there (the union of two
 * logs loses nothing, so another device's changes survive), and replace
 * exactly the version read. When the file changed meanwhile (a conflict, or
 * our own earlier save whose answer was lost), it reads again and merges.
 *
 * A file written by an older Stagecoach that the reader migrated is replaced
 * by the current version: the migration carried all of it over. Each write
 * also writes the session's line in the history index (a hint; see
 * src/domain/historyIndex.ts).
 */
export async function keepSessionArchive(
  store: SessionArchiveStore,
  ours: SessionArchive,
): Promise<{ ok: true; value: Kept } | { ok: false; failure: KeepFailure }> {
  let last: KeepFailure | null = null;
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    const opened = await openSessionArchive(store, ours.sessionId);
    if (!opened.ok) return opened;
    let next = ours;
    let write: ArchiveWrite = { kind: 'create' };
    if (opened.value) {
      const { stored, read } = opened.value;
      if (!read.complete) return unreadable('incomplete');
      next = mergeArchives(read.archive, ours);
      if (read.migratedFrom === null && sameArchiveContent(next, read.archive)) {
        return { ok: true, value: { archive: read.archive, saved: null } };
      }
      write = { kind: 'replace', eTag: stored.eTag };
    }
    const file = serializeArchive(next);
    if (!file.ok)
      return { ok: false, failure: { kind: 'tooLarge', maxMegabytes: ARCHIVE_LIMITS.maxBytes / (1024 * 1024), retryable: false } };
    const saved = await store.save(ours.sessionId, file.text, write);
    if (saved.ok) {
      // The index is a hint: the copy is saved whether or not its line is written.
      await indexSavedCopy(store, next, saved.value);
      return { ok: true, value: { archive: next, saved: saved.value } };
    }
    if (saved.failure.kind !== 'conflict') return saved;
    last = saved.failure;
  }
  return { ok: false, failure: last ?? { kind: 'conflict', retryable: true } };
}

function unreadable(reason: UnreadableArchive['reason'], found?: ArchiveReadDetail): { ok: false; failure: UnreadableArchive } {
  return { ok: false, failure: { kind: 'unreadable', reason, ...(found ? { found } : {}), retryable: false } };
}
