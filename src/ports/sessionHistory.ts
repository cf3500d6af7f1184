import type { SessionState } from '../domain';
import type { Failure } from './failures';

/**
 * This user's own stored sessions, newest first: what the notes tab needs for
 * "earlier sessions with", "before the meeting" and the coach's growth.
 * `skipped` counts the files that could not be read (a newer or foreign
 * version, a damaged file): they are left untouched, never overwritten.
 */
export type SessionHistory = { kind: 'found'; sessions: SessionState[]; skipped: number } | { kind: 'failed'; failure: Failure };

/** Reading this user's own stored sessions (the notes tab). */
export interface SessionHistoryReading {
  /** Never rejects. */
  list(): Promise<SessionHistory>;
}
