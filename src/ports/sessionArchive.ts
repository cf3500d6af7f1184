import type { EpochMs } from '../domain';
import type { ArchiveFailure } from './failures';

export type { ArchiveFailure } from './failures';

export type ArchiveOutcome<T> = { ok: true; value: T } | { ok: false; failure: ArchiveFailure };

/** One session's file, as the signed-in user's storage holds it. */
export interface StoredArchive {
  sessionId: string;
  /** The file's bytes, decoded as UTF-8. */
  text: string;
  /** Names this version of the file: replacing it must name it (ArchiveWrite). */
  eTag: string;
  /** Bytes. */
  size: number;
  lastModified: EpochMs;
}

/**
 * How a save may touch what is there. There is no "overwrite whatever is
 * there": a save either creates a file that must not exist yet, or replaces
 * the very version a load returned, and fails with `conflict` otherwise.
 * Name an eTag only of a file the archive reader could read completely
 * (readArchiveText's `complete`), or a file this Stagecoach cannot read would
 * be lost; keepSessionArchive (src/sync/archiveKeeper.ts) does exactly that.
 */
export type ArchiveWrite = { kind: 'create' } | { kind: 'replace'; eTag: string };

/** The file after a save. */
export interface SavedArchive {
  eTag: string;
  size: number;
  lastModified: EpochMs;
}

/** A session file found in the user's storage. */
export interface ArchiveEntry {
  sessionId: string;
  size: number;
  lastModified: EpochMs;
}

/**
 * Each participant's own copies of their sessions, kept in their own storage
 * (their OneDrive app folder) with their own sign-in: nobody can read or
 * write another person's copy. Files are plain text (JSON); what they mean is
 * the domain's business (src/domain/archive.ts). Calls never reject.
 */
export interface SessionArchiveStore {
  /** The session's file, or null when there is none. */
  load(sessionId: string): Promise<ArchiveOutcome<StoredArchive | null>>;
  /** Writes the session's file, only as `write` allows. */
  save(sessionId: string, file: string, write: ArchiveWrite): Promise<ArchiveOutcome<SavedArchive>>;
  /** Every session file in the user's storage, newest first. */
  list(): Promise<ArchiveOutcome<ArchiveEntry[]>>;
}
