import type { CoachNotes, EpochMs, SessionState } from '../domain';
import type { Failure } from './failures';
import type { StatusKeeping } from './statusKeeping';

/**
 * Where saving this participant's own copy of the session stands, as the
 * side panel shows it. Quiet by design: a failure never interrupts the meeting.
 * - `idle`: nothing saved yet in this panel (or nothing to save: observers);
 * - `saving`: a save is under way;
 * - `saved`: the copy in the user's storage holds the session as of `at`;
 * - `failed`: the last save did not go through, `failure` says why (and
 *   whether trying again may help).
 */
export type OwnCopyStatus = { kind: 'idle' } | { kind: 'saving' } | { kind: 'saved'; at: EpochMs } | { kind: 'failed'; failure: Failure };

/** Saving the side panel's own copy: its status, and "Try again" (saves now). */
export type OwnCopySaving = StatusKeeping<OwnCopyStatus>;

/** This user's stored copy of the meeting's session, read back; a coach's copy may hold the coach's private notes. */
export type OwnCopyRead =
  | { kind: 'none' }
  | { kind: 'found'; session: SessionState; savedAt: EpochMs; coachNotes?: CoachNotes }
  | { kind: 'failed'; failure: Failure };

/** Reading this user's own copy (the notes tab after the meeting). */
export interface OwnCopyReading {
  /** Never rejects. */
  read(): Promise<OwnCopyRead>;
}
