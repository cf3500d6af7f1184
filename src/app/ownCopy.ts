import { archiveSession, roleOf, type CoachNotes, type EpochMs } from '../domain';
import { failureOf, type OwnCopyRead, type SessionArchiveStore, type SessionStore } from '../ports';
import { keepSessionArchive, openSessionArchive } from './archiveKeeper';
import type { OwnCopySaveResult } from './ownCopySaver';

/**
 * Saves this user's own copy of the session in their storage, the keeper's
 * safe way (read, merge, replace only the version read; a file it cannot
 * read completely is never overwritten). The coach's copy is the coach's
 * variant, with the coach's private notes (`coachNotes`; none when null); the
 * coachee's the coachee's, which has no place for them: the notes are never
 * passed on for it. Observers keep none.
 */
export async function saveOwnCopy(
  store: Pick<SessionStore, 'getSnapshot' | 'archiveSource'>,
  archive: SessionArchiveStore,
  userId: string,
  now: EpochMs,
  coachNotes: CoachNotes | null = null,
): Promise<OwnCopySaveResult> {
  const session = store.getSnapshot().session;
  const source = store.archiveSource?.() ?? null;
  if (!session || !source) return { ok: true, skipped: true };
  const role = roleOf(session, userId);
  if (role === 'observer') return { ok: true, skipped: true };
  const copy = archiveSession(source, role === 'coach' ? { copyFor: 'coach', coachNotes } : { copyFor: 'coachee' }, now);
  const kept = await keepSessionArchive(archive, copy);
  if (kept.ok) return { ok: true };
  return { ok: false, failure: kept.failure };
}

/** Reads this user's own copy of a session back, as the notes show it. Never rejects. */
export async function readOwnCopy(archive: SessionArchiveStore, sessionId: string): Promise<OwnCopyRead> {
  try {
    const opened = await openSessionArchive(archive, sessionId);
    if (!opened.ok) return { kind: 'failed', failure: opened.failure };
    if (!opened.value) return { kind: 'none' };
    const { state, archive: file } = opened.value.read;
    const coachNotes = file.copyFor === 'coach' ? file.coachNotes : undefined;
    return { kind: 'found', session: state, savedAt: file.savedAt, ...(coachNotes ? { coachNotes } : {}) };
  } catch (error) {
    return { kind: 'failed', failure: failureOf(error) };
  }
}

/**
 * The coach's private notes from this user's own copy of a session (a new
 * device brings them back): null when there is no copy, none in it, or it
 * cannot be read. Lists first, so a session never saved is not asked for by
 * name (which Graph answers 404). Never rejects.
 */
export async function readOwnCoachNotes(archive: SessionArchiveStore, sessionId: string): Promise<CoachNotes | null> {
  try {
    const listed = await archive.list();
    if (!listed.ok || !listed.value.some((entry) => entry.sessionId === sessionId)) return null;
    const read = await readOwnCopy(archive, sessionId);
    return read.kind === 'found' ? (read.coachNotes ?? null) : null;
  } catch {
    return null;
  }
}
