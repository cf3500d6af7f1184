import { sessionForEvent, type SessionState } from '../domain';
import { failureOf, type ArchiveEntry, type FollowUpSessionLookup, type SessionArchiveStore } from '../ports';
import { entriesOf, loadHistoryIndex, mendHistoryIndex, vouchesFor } from './historyIndex';
import { HISTORY_LIMIT, readListedSessions, type HistoryReadOptions, type ListedRead } from './sessionHistory';

export interface FollowUpLookupOptions extends HistoryReadOptions {
  /** How many of the newest files a scan reads when the index does not lead to the session (as the notes tab reads). */
  scanLimit?: number;
}

/**
 * The stored session whose follow-up is the invite `iCalUId`, through the
 * history index: the files whose line names the invite are read, with any
 * among the newest `scanLimit` the index does not vouch for (a file newer
 * than its line wins), and only a session whose own file names the invite
 * counts. With a fresh index that is one file. When the index leads nowhere
 * (no line names it, or the file says otherwise), the newest `scanLimit`
 * files are read as without an index. What was read then mends the index.
 * Never rejects.
 */
export async function findSessionByFollowUp(
  archive: SessionArchiveStore,
  iCalUId: string,
  { scanLimit = HISTORY_LIMIT, ...reading }: FollowUpLookupOptions = {},
): Promise<FollowUpSessionLookup> {
  try {
    const [listed, index] = await Promise.all([archive.list(), loadHistoryIndex(archive)]);
    if (!listed.ok) return { kind: 'failed', failure: listed.failure };
    const files = listed.value;
    const lines = entriesOf(index);
    const newest = files.slice(0, scanLimit);
    // A line that names the invite is worth a look even when stale: the file decides.
    const named = files.filter((f) => lines.get(f.sessionId)?.followUpICalUId === iCalUId);
    const unvouched = newest.filter((f) => !vouchesFor(lines.get(f.sessionId), f));

    let reads: ListedRead[] = [];
    let found: SessionState | null = null;
    if (named.length > 0) {
      reads = await readListedSessions(archive, union(named, unvouched), reading);
      found = sessionForEvent(sessionsOf(reads), iCalUId);
    }
    if (!found) {
      const read = new Set(reads.map((r) => r.entry.sessionId));
      reads = [
        ...reads,
        ...(await readListedSessions(
          archive,
          newest.filter((f) => !read.has(f.sessionId)),
          reading,
        )),
      ];
      found = sessionForEvent(sessionsOf(reads), iCalUId);
    }
    await mendHistoryIndex(archive, index, files, reads);
    return found ? { kind: 'found', session: found } : { kind: 'none' };
  } catch (error) {
    return { kind: 'failed', failure: failureOf(error) };
  }
}

const sessionsOf = (reads: readonly ListedRead[]) => reads.flatMap((r) => (r.kind === 'read' ? [r.read.state] : []));

function union(a: readonly ArchiveEntry[], b: readonly ArchiveEntry[]): ArchiveEntry[] {
  const seen = new Set(a.map((f) => f.sessionId));
  return [...a, ...b.filter((f) => !seen.has(f.sessionId))];
}
