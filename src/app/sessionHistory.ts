import { readArchiveText, type ArchiveRead, type SessionState } from '../domain';
import { failureOf, type ArchiveEntry, type ArchiveTextCache, type SessionArchiveStore, type SessionHistory } from '../ports';
import { readBounded } from './boundedReads';

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
 * downloaded instead. Never rejects.
 */
export async function readListedSessions(
  archive: SessionArchiveStore,
  entries: readonly ArchiveEntry[],
  { parallel = HISTORY_PARALLEL_READS, cache = null }: HistoryReadOptions = {},
): Promise<ListedRead[]> {
  const texts = await cachedTexts(cache, entries);
  const download = (entry: ArchiveEntry) => downloaded(archive, cache, entry);
  const skipped = (_error: unknown, entry: ArchiveEntry): ListedRead => ({ kind: 'skipped', entry });
  // Downloads start first; what the device holds is read while they are on their way.
  const misses = entries.filter((_, i) => texts[i] === null);
  const downloads = readBounded(misses, parallel, download, skipped);
  const results: (ListedRead | null)[] = entries.map((entry, i) => {
    const text = texts[i];
    const read = text ? readOf(entry, text) : null;
    return read && entry.eTag !== null ? { kind: 'read', entry, read, eTag: entry.eTag, lastModified: entry.lastModified } : null;
  });
  const downloadedReads = new Map((await downloads).map((r) => [r.entry, r]));
  const spoiled = entries.filter((entry, i) => results[i] === null && !downloadedReads.has(entry));
  for (const r of await readBounded(spoiled, parallel, download, skipped)) downloadedReads.set(r.entry, r);
  return entries.map((entry, i) => results[i] ?? downloadedReads.get(entry)!);
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
 * Never rejects.
 */
export async function readSessionHistory(
  archive: SessionArchiveStore,
  limit = HISTORY_LIMIT,
  options: HistoryReadOptions = {},
): Promise<SessionHistory> {
  try {
    const listed = await archive.list();
    if (!listed.ok) return { kind: 'failed', failure: listed.failure };
    return historyOf(await readListedSessions(archive, listed.value.slice(0, limit), options));
  } catch (error) {
    return { kind: 'failed', failure: failureOf(error) };
  }
}
