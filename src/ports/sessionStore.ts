import type { ArchiveSource, Command, Rejection, SessionState } from '../domain';
import type { SharedTimer } from './sharedTimer';

export type ConnectionStatus = 'connecting' | 'connected' | 'offline';

/** Someone who has the panel open right now (not merely a participant of the session). */
export interface PresentUser {
  userId: string;
  displayName: string;
}

export interface StoreSnapshot {
  /** Null until the session has been loaded. */
  session: SessionState | null;
  status: ConnectionStatus;
  /**
   * Who has the panel open now, each user once. Stores that cannot tell
   * (those that cannot tell) give an empty list; absent means the same.
   */
  present?: readonly PresentUser[];
}

export type DispatchResult = { ok: true } | Rejection;

/**
 * The one way the UI reads and changes the shared session. Implementations
 * (in memory, Live Share) validate every command with the
 * domain before it touches the state, local or remote.
 */
export interface SessionStore {
  /** Stable between changes, as useSyncExternalStore requires. */
  getSnapshot(): StoreSnapshot;
  subscribe(listener: () => void): () => void;
  /** Applies a command as the local user; a rejection changes nothing. */
  dispatch(command: Command): DispatchResult;
  close(): void;
  /**
   * The optional shared per-stage timer, off until the coach starts it.
   * Only stores that can share one (Live Share) offer it.
   */
  timer?: SharedTimer;
  /**
   * What this user's own archived copy is made of (the session's op log,
   * copied), or null before the session has loaded. Only stores that keep a
   * log (LogSessionStore and the transports over it) offer it.
   */
  archiveSource?(): ArchiveSource | null;
}
