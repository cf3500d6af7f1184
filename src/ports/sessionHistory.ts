import type { SessionFacts, SessionState } from '../domain';
import type { Failure } from './failures';

/**
 * This user's own stored sessions, newest first: what the notes tab needs for
 * "earlier sessions with", "before the meeting" and the coach's growth.
 * `skipped` counts the files that could not be read (a newer or foreign
 * version, a damaged file): they are left untouched, never overwritten.
 */
export type SessionHistory = { kind: 'found'; sessions: SessionState[]; skipped: number } | { kind: 'failed'; failure: Failure };

/** The stored session whose follow-up invite has a given iCalUId, confirmed by its own file. */
export type FollowUpSessionLookup = { kind: 'found'; session: SessionState } | { kind: 'none' } | { kind: 'failed'; failure: Failure };

/**
 * The history as far as it has been read, newest first: the sessions of the
 * newest listed files, up to the first file not read yet (so what is shown
 * only grows at the bottom), and the files skipped among them. `remaining`
 * counts the listed files not reached yet; 0 in the last report, which is
 * the history `list()` then resolves with.
 */
export interface HistoryProgress {
  sessions: SessionState[];
  skipped: number;
  remaining: number;
  /**
   * What insights need of every listed session: from its file where it was
   * read, else from its history index line when the line names the listed
   * version (a hint the file replaces once read); null while some listed
   * file has neither. In the last report, from the files alone.
   */
  facts: SessionFacts[] | null;
}

export type HistoryProgressListener = (progress: HistoryProgress) => void;

/** Reading this user's own stored sessions (the notes tab, My coaching, the Outlook add-in). */
export interface SessionHistoryReading {
  /** Reports progress as files are read, where the reader can (a reader may only resolve). Never rejects. */
  list(onProgress?: HistoryProgressListener): Promise<SessionHistory>;
  /**
   * The session whose follow-up is the invite `iCalUId`, reading as few files
   * as it can (through the history index). Where absent, callers look in
   * `list()`. Never rejects.
   */
  byFollowUp?(iCalUId: string): Promise<FollowUpSessionLookup>;
}
