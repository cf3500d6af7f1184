import type { SessionState } from '../domain';
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

/** Reading this user's own stored sessions (the notes tab, My coaching, the Outlook add-in). */
export interface SessionHistoryReading {
  /** Never rejects. */
  list(): Promise<SessionHistory>;
  /**
   * The session whose follow-up is the invite `iCalUId`, reading as few files
   * as it can (through the history index). Where absent, callers look in
   * `list()`. Never rejects.
   */
  byFollowUp?(iCalUId: string): Promise<FollowUpSessionLookup>;
}
