import type { SessionState } from '../domain';
import { failureOf, type SessionArchiveStore, type SessionHistory } from '../ports';
import { openSessionArchive } from './archiveKeeper';

/** How many of the newest stored sessions the notes tab reads. */
export const HISTORY_LIMIT = 20;

/**
 * This user's own stored sessions, newest first (at most `limit`, newest by
 * the file's date as the store lists them, then by when each session began).
 * A file that cannot be read is skipped and counted, never written. Never rejects.
 */
export async function readSessionHistory(archive: SessionArchiveStore, limit = HISTORY_LIMIT): Promise<SessionHistory> {
  try {
    const listed = await archive.list();
    if (!listed.ok) return { kind: 'failed', failure: listed.failure };
    const sessions: SessionState[] = [];
    let skipped = 0;
    for (const entry of listed.value.slice(0, limit)) {
      const opened = await openSessionArchive(archive, entry.sessionId);
      if (opened.ok && opened.value) sessions.push(opened.value.read.state);
      else if (!opened.ok) skipped++;
    }
    sessions.sort((a, b) => b.createdAt - a.createdAt);
    return { kind: 'found', sessions, skipped };
  } catch (error) {
    return { kind: 'failed', failure: failureOf(error) };
  }
}
