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
  /** The listed version's eTag (null when the store does not list it): a reader that already holds this version need not download it. */
  eTag: string | null;
}

/** A small file of this user's own beside the sessions (the history index), as stored. */
export interface StoredFile {
  text: string;
  eTag: string;
}

/**
 * The history index's file in the user's storage: a hint about the session
 * files, which readers never trust over the files themselves
 * (src/domain/historyIndex.ts). Writes follow ArchiveWrite, like a session's.
 */
export interface ArchiveIndexFile {
  /** The file, or null when there is none. */
  load(): Promise<ArchiveOutcome<StoredFile | null>>;
  save(text: string, write: ArchiveWrite): Promise<ArchiveOutcome<SavedArchive>>;
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
  /**
   * A listed file's text, for reading only: the store may use what its
   * listing gave (OneDrive's download URL: one round trip instead of two).
   * The eTag answered is the listing's, which the bytes may have moved past
   * meanwhile; a save must name the eTag of a `load`, never of this.
   */
  readListed(entry: ArchiveEntry): Promise<ArchiveOutcome<StoredArchive | null>>;
  /** The history index's file; none where the store keeps no index (readers then read the files). */
  readonly index?: ArchiveIndexFile;
}

/**
 * Texts of session files this device already read, by session and eTag, for
 * one signed-in user: made per user, so two accounts on one device never
 * share an entry. A text from here is read again through the domain's reader
 * like a download; nothing kept on the device is trusted as a session's
 * state. Never rejects: a device that refuses storage answers null and keeps nothing.
 */
export interface ArchiveTextCache {
  get(sessionId: string, eTag: string): Promise<string | null>;
  put(sessionId: string, eTag: string, text: string): Promise<void>;
}

/**
 * A key-value store on this device (IndexedDB in a browser). Values read back
 * are unknown: the device is not trusted to hold what was written. May reject.
 */
export interface DeviceKeyValue {
  get(key: string): Promise<unknown>;
  set(key: string, value: unknown): Promise<void>;
  /** Reads and writes one key in one step, so two tabs never lose each other's change. */
  update(key: string, change: (old: unknown) => unknown): Promise<void>;
  delMany(keys: string[]): Promise<void>;
  /** Every key held. */
  keys(): Promise<string[]>;
}
