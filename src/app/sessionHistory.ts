import { readArchiveText, type ArchiveRead, type SessionState } from '../domain';
import {
  failureOf,
  type ArchiveEntry,
  type ArchiveTextCache,
  type HistoryProgressListener,
  type SessionArchiveStore,
  type SessionHistory,
} from '../ports';
import { readBounded } from './boundedReads';
import { entriesOf, loadHistoryIndex, mendHistoryIndex } from './historyIndex';
import { trackHistoryProgress } from './historyProgress';

/** How many of the newest stored sessions the notes tab and the Outlook add-in read. */
export const HISTORY_LIMIT = 20;

/**
 * How many My coaching reads: its insights look across every session with
 * each coachee (50 and more for a coach of several people over a year), so
 * the newest 20 would cut trends short. Read in parallel and cached on the
 * device, 100 cost one listing and the files changed since the last visit.
 */
export const PERSONAL_HISTORY_LIMIT = 100;

/**
 * Files read at once. Browsers open six connections per host over HTTP/1.1
 * and queue the rest, so more would only queue; fewer would leave a far-away
 * OneDrive's latency in series.
 */
export const HISTORY_PARALLEL_READS = 6;

export interface HistoryReadOptions {
  /** Files read at once; HISTORY_PARALLEL_READS unless said. */
  parallel?: number;
  /** This user's texts kept on the device; none: every file is downloaded. */
  cache?: ArchiveTextCache | null;
}

export interface SessionHistoryOptions extends HistoryReadOptions {
  /** Told what has been read so far, as it goes (HistoryProgress); the last time, everything. */
  onProgress?: HistoryProgressListener;
  /**
   * Reads the history index beside the listing, for the facts insights need
   * before the files arrive, and mends it after (one write, only when what
   * was read changes it): My coaching, which reads the most.
   */
  index?: boolean;
}

/** One listed file, as read: its session, or null when it is gone; `skipped` when it could not be read. */
export type ListedRead =
  | { kind: 'read'; entry: ArchiveEntry; read: ArchiveRead; eTag: string; lastModified: number }
  | { kind: 'gone'; entry: ArchiveEntry }
  | { kind: 'skipped'; entry: ArchiveEntry };

/**
 * Reads listed files in the listing's order: those whose listed version this
 * device already read from the cache (read again through the domain's reader,
 * like a download), the others downloaded `parallel` at a time. A file the
 * reader refuses (damaged, newer, another session's) is skipped, never
 * written, never cached; a text from the cache the reader refuses is
 * downloaded instead. `onRead` hears of each file as soon as it is read, by
 * its position in `entries`. Never rejects.
 */
export async function readListedSessions(
  archive: SessionArchiveStore,
  entries: readonly ArchiveEntry[],
  { parallel = HISTORY_PARALLEL_READS, cache = null }: HistoryReadOptions = {},
  onRead: (position: number, read: ListedRead) => void = () => {},
): Promise<ListedRead[]> {
  const texts = await cachedTexts(cache, entries);
  const results: (ListedRead | null)[] = entries.map(() => null);
  const settle = (position: number, read: ListedRead): ListedRead => {
    results[position] = read;
    onRead(position, read);
    return read;
  };
  const download = (position: number) => downloaded(archive, cache, entries[position]!).then((r) => settle(position, r));
  const skipped = (_error: unknown, position: number) => settle(position, { kind: 'skipped', entry: entries[position]! });
  const positions = entries.map((_, i) => i);
  // Downloads start first; what the device holds is read while they are on their way.
  const downloads = readBounded(
    positions.filter((i) => texts[i] === null),
    parallel,
    download,
    skipped,
  );
  const spoiled: number[] = [];
  for (const i of positions) {
    const entry = entries[i]!;
    const text = texts[i];
    if (!text) continue;
    const read = readOf(entry, text);
    if (read && entry.eTag !== null) settle(i, { kind: 'read', entry, read, eTag: entry.eTag, lastModified: entry.lastModified });
    else spoiled.push(i);
  }
  await downloads;
  await readBounded(spoiled, parallel, download, skipped);
  return results as ListedRead[];
}

/** What the cache holds of each listed version (null where nothing, or no cache). Never rejects. */
async function cachedTexts(cache: ArchiveTextCache | null, entries: readonly ArchiveEntry[]): Promise<(string | null)[]> {
  if (!cache) return entries.map(() => null);
  return Promise.all(entries.map((e) => (e.eTag === null ? null : cache.get(e.sessionId, e.eTag).catch(() => null))));
}

async function downloaded(archive: SessionArchiveStore, cache: ArchiveTextCache | null, entry: ArchiveEntry): Promise<ListedRead> {
  const loaded = await archive.readListed(entry);
  if (!loaded.ok) return { kind: 'skipped', entry };
  if (loaded.value === null) return { kind: 'gone', entry };
  const read = readOf(entry, loaded.value.text);
  if (!read) return { kind: 'skipped', entry };
  // Kept for next time without holding this read up: the cache never rejects, and a lost write costs only a download.
  if (cache) void cache.put(entry.sessionId, loaded.value.eTag, loaded.value.text);
  return { kind: 'read', entry, read, eTag: loaded.value.eTag, lastModified: loaded.value.lastModified };
}

/** The reader's result for a file that holds the session it is named after; null otherwise. */
function readOf(entry: ArchiveEntry, text: string): ArchiveRead | null {
  const read = readArchiveText(text);
  return read.ok && read.archive.sessionId === entry.sessionId ? read : null;
}

/** The sessions read, newest first (by when each began), with the count of files skipped. */
export function historyOf(reads: readonly ListedRead[]): Extract<SessionHistory, { kind: 'found' }> {
  const sessions: SessionState[] = [];
  let skipped = 0;
  for (const r of reads) {
    if (r.kind === 'read') sessions.push(r.read.state);
    else if (r.kind === 'skipped') skipped++;
  }
  sessions.sort((a, b) => b.createdAt - a.createdAt);
  return { kind: 'found', sessions, skipped };
}

/**
 * This user's own stored sessions, newest first (at most `limit`, newest by
 * the file's date as the store lists them, then by when each session began),
 * read in parallel and from the device's cache where it holds the listed
 * version. A file that cannot be read is skipped and counted, never written.
 * With `onProgress`, tells what has been read as it goes; with `index`, reads
 * the history index for facts and mends it once the files are read. Never rejects.
 */
export async function readSessionHistory(
  archive: SessionArchiveStore,
  limit = HISTORY_LIMIT,
  { onProgress, index: withIndex = false, ...reading }: SessionHistoryOptions = {},
): Promise<SessionHistory> {
  try {
    // The index is read beside the listing, but the files never wait for it: they are what is shown first.
    const indexRead = withIndex ? loadHistoryIndex(archive) : null;
    const listed = await archive.list();
    if (!listed.ok) return { kind: 'failed', failure: listed.failure };
    const entries = listed.value.slice(0, limit);
    const progress = onProgress ? trackHistoryProgress(entries, onProgress) : null;
    if (progress && indexRead) void indexRead.then((index) => progress.indexRead(entriesOf(index)));
    const reads = await readListedSessions(archive, entries, reading, progress?.read);
    if (indexRead) await mendHistoryIndex(archive, await indexRead, listed.value, reads);
    return historyOf(reads);
  } catch (error) {
    return { kind: 'failed', failure: failureOf(error) };
  }
}
