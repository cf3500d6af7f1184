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
 * Reads listed files, `parallel` at a time, in the listing's order. A file
 * whose listed version this device already read comes from the cache, and
 * is read again through the domain's reader like a download; one the reader
 * refuses (damaged, newer, another session's) is skipped, never written, and
 * never cached. Never rejects.
 */
export function readListedSessions(
  archive: SessionArchiveStore,
  entries: readonly ArchiveEntry[],
  { parallel = HISTORY_PARALLEL_READS, cache = null }: HistoryReadOptions = {},
): Promise<ListedRead[]> {
  return readBounded(
    entries,
    parallel,
    async (entry): Promise<ListedRead> => {
      if (cache && entry.eTag !== null) {
        const text = await cache.get(entry.sessionId, entry.eTag);
        const read = text === null ? null : readOf(entry, text);
        if (read) return { kind: 'read', entry, read, eTag: entry.eTag, lastModified: entry.lastModified };
      }
      const loaded = await archive.readListed(entry);
      if (!loaded.ok) return { kind: 'skipped', entry };
      if (loaded.value === null) return { kind: 'gone', entry };
      const read = readOf(entry, loaded.value.text);
      if (!read) return { kind: 'skipped', entry };
      if (cache) await cache.put(entry.sessionId, loaded.value.eTag, loaded.value.text);
      return { kind: 'read', entry, read, eTag: loaded.value.eTag, lastModified: loaded.value.lastModified };
    },
    (_error, entry): ListedRead => ({ kind: 'skipped', entry }),
  );
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
