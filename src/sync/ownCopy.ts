import { archiveSession, roleOf, type EpochMs } from '../domain';
import type { OwnCopyRead, SessionArchiveStore, SessionStore } from '../ports';
import { keepSessionArchive, openSessionArchive } from './archiveKeeper';
import type { OwnCopySaveResult } from './ownCopySaver';

/**
 * Saves this user's own copy of the session in their storage, the keeper's
 * safe way (read, merge, replace only the version read; a file it cannot
 * read completely is never overwritten). The coach's copy is the coach's
 * variant (coach-private notes do not exist yet: none), the coachee's the
 * coachee's, which has no place for them. Observers keep none.
 */
export async function saveOwnCopy(
  store: Pick<SessionStore, 'getSnapshot' | 'archiveSource'>,
  archive: SessionArchiveStore,
  userId: string,
  now: EpochMs,
): Promise<OwnCopySaveResult> {
  const session = store.getSnapshot().session;
  const source = store.archiveSource?.() ?? null;
  if (!session || !source) return { ok: true, skipped: true };
  const role = roleOf(session, userId);
  if (role === 'observer') return { ok: true, skipped: true };
  const copy = archiveSession(source, role === 'coach' ? { copyFor: 'coach', coachNotes: null } : { copyFor: 'coachee' }, now);
  const kept = await keepSessionArchive(archive, copy);
  if (kept.ok) return { ok: true };
  return { ok: false, message: kept.failure.message, retryable: kept.failure.retryable };
}

/** Reads this user's own copy of a session back, as the notes show it. Never rejects. */
export async function readOwnCopy(archive: SessionArchiveStore, sessionId: string): Promise<OwnCopyRead> {
  try {
    const opened = await openSessionArchive(archive, sessionId);
    if (!opened.ok) return { kind: 'failed', message: opened.failure.message };
    if (!opened.value) return { kind: 'none' };
    return { kind: 'found', session: opened.value.read.state, savedAt: opened.value.read.archive.savedAt };
  } catch (error) {
    return { kind: 'failed', message: error instanceof Error ? error.message : String(error) };
  }
}
