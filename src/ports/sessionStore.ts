import type { ArchiveSource, Command, Rejection, SessionState } from '../domain';
import type { SharedTimer } from './sharedTimer';

export type ConnectionStatus = 'connecting' | 'connected' | 'offline';

/** Someone who has the panel open right now (not merely a participant of the session). */
export interface PresentUser {
  userId: string;
  displayName: string;
}

/** How far the shared record can be trusted and written (stores over a shared container). */
export interface RecordIntegrity {
  /** Stored changes not (yet) proven to be by the user they name: never shown, archived or sent on. */
  unverified: number;
  /** The users those changes claim to be by. */
  unverifiedAuthors: readonly string[];
  /** Someone in the session runs a newer Stagecoach: this panel is read-only for the session. */
  newerVersion: boolean;
  /** How full the session's container is; at `full` this panel stops writing. */
  capacity: 'ok' | 'nearFull' | 'full';
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
  /** Absent for stores without a shared container (in memory): all verified, writable. */
  integrity?: RecordIntegrity;
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
   * The user this store acts as, when it is the host's word rather than the
   * context's (Live Share: the id Teams registered for this client). The UI
   * and every adapter use it instead of the context's user id.
   */
  userId?: string;
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
