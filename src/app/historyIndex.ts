import {
  historyIndexEntry,
  readArchive,
  readHistoryIndex,
  serializeHistoryIndex,
  type HistoryIndexEntry,
  type SessionArchive,
} from '../domain';
import type { ArchiveEntry, ArchiveWrite, SavedArchive, SessionArchiveStore } from '../ports';
import type { ListedRead } from './sessionHistory';

/** The history index as a reader found it (src/domain/historyIndex.ts says what each means). */
export type IndexState =
  | { kind: 'read'; entries: HistoryIndexEntry[]; eTag: string }
  | { kind: 'missing' }
  /** Written over by the next upkeep. */
  | { kind: 'damaged'; eTag: string }
  /** A newer Stagecoach's: never written over. */
  | { kind: 'newer' }
  /** No index in this store, or it could not be read now: nothing is written. */
  | { kind: 'unavailable' };

/** How many writes an upkeep tries: one that met another's (a conflict) reads the index again and retries. */
const ATTEMPTS = 3;

/** Reads the history index. Never rejects. */
export async function loadHistoryIndex(archive: SessionArchiveStore): Promise<IndexState> {
  try {
    if (!archive.index) return { kind: 'unavailable' };
    const loaded = await archive.index.load();
    if (!loaded.ok) return { kind: 'unavailable' };
    if (loaded.value === null) return { kind: 'missing' };
    const read = readHistoryIndex(loaded.value.text);
    if (read.kind === 'newer') return { kind: 'newer' };
    if (read.kind === 'damaged') return { kind: 'damaged', eTag: loaded.value.eTag };
    return { kind: 'read', entries: read.index.entries, eTag: loaded.value.eTag };
  } catch {
    return { kind: 'unavailable' };
  }
}

/** The index's entries by session; none unless it was read. */
export function entriesOf(index: IndexState): Map<string, HistoryIndexEntry> {
  return new Map(index.kind === 'read' ? index.entries.map((e) => [e.sessionId, e]) : []);
}

/** Whether an entry vouches for the listed file: only for the very version it summarised. */
export const vouchesFor = (entry: HistoryIndexEntry | undefined, file: ArchiveEntry): boolean =>
  entry !== undefined && file.eTag !== null && entry.eTag === file.eTag;

export type IndexUpkeep = 'written' | 'unchanged' | 'leftAlone' | 'failed';

/**
 * Writes the index with `change` made to its entries (by session): over the
 * version read (`loaded`, else read now), created when there is none, over a
 * damaged one; a newer version's is left alone. When another write came
 * first, reads it again and makes the change there, `attempts` writes in all. Nothing is written when nothing changed. Never rejects.
 */
export async function keepHistoryIndex(
  archive: SessionArchiveStore,
  change: (entries: Map<string, HistoryIndexEntry>) => void,
  { loaded, attempts = ATTEMPTS }: { loaded?: IndexState; attempts?: number } = {},
): Promise<IndexUpkeep> {
  try {
    const file = archive.index;
    if (!file) return 'leftAlone';
    let index = loaded ?? (await loadHistoryIndex(archive));
    for (let attempt = 0; attempt < attempts; attempt++) {
      if (index.kind === 'newer' || index.kind === 'unavailable') return 'leftAlone';
      const entries = entriesOf(index);
      change(entries);
      const text = serializeHistoryIndex([...entries.values()]);
      if (index.kind === 'read' && text === serializeHistoryIndex(index.entries)) return 'unchanged';
      const write: ArchiveWrite = index.kind === 'missing' ? { kind: 'create' } : { kind: 'replace', eTag: index.eTag };
      const saved = await file.save(text, write);
      if (saved.ok) return 'written';
      if (saved.failure.kind !== 'conflict') return 'failed';
      index = await loadHistoryIndex(archive);
    }
    return 'failed';
  } catch {
    return 'failed';
  }
}

/**
 * After a session's copy was saved: its line in the index, for the version
 * just written. The copy is saved whatever becomes of this. Never rejects.
 */
export async function indexSavedCopy(archive: SessionArchiveStore, copy: SessionArchive, saved: SavedArchive): Promise<IndexUpkeep> {
  if (!archive.index) return 'leftAlone';
  const read = readArchive(copy);
  if (!read.ok) return 'failed';
  const entry = historyIndexEntry(read.state, saved);
  return keepHistoryIndex(archive, (entries) => void entries.set(entry.sessionId, entry));
}

/**
 * The index after a reader read files (the add-in's lookup, My coaching): a
 * line for each file read, in the version read, with the facts the file gave
 * (they replace whatever the line said); lines of files no longer listed, or
 * listed in another version and not read, go (they vouch for nothing). One
 * write, only when that changes it, and not again over a write that came
 * first: that one knows newer files than this listing. Never rejects.
 */
export function mendHistoryIndex(
  archive: SessionArchiveStore,
  index: IndexState,
  files: readonly ArchiveEntry[],
  reads: readonly ListedRead[],
): Promise<IndexUpkeep> {
  const listed = new Map(files.map((f) => [f.sessionId, f]));
  return keepHistoryIndex(
    archive,
    (entries) => {
      for (const [sessionId, entry] of entries) {
        const file = listed.get(sessionId);
        if (!file || (file.eTag !== null && file.eTag !== entry.eTag)) entries.delete(sessionId);
      }
      for (const r of reads) {
        if (r.kind === 'read') entries.set(r.entry.sessionId, historyIndexEntry(r.read.state, r));
        else if (r.kind === 'gone') entries.delete(r.entry.sessionId);
      }
    },
    { loaded: index, attempts: 1 },
  );
}
