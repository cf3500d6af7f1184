import type { Command, EpochMs, Refusal, RejectionCode } from '../domain';
import type { Failure } from './failures';
import type { StatusKeeping } from './statusKeeping';

/** A change made before the live session connected that the live session then refused. */
export interface RefusedChange {
  command: Command;
  code: RejectionCode;
  /** The live session's reason, as data (the UI words it). */
  reason: Refusal;
}

/**
 * Where a side panel that painted before Live Share connected stands, as it
 * shows it (never as if it were live):
 * - `connecting`: the session shown is this device's last known copy of it
 *   (`from: 'device'`, kept at `savedAt`) or, for a meeting this device has
 *   never seen, a fresh session in Open (`from: 'fresh'`); `queued` changes
 *   made since wait to be sent, in order; `joined` is false when this user
 *   has no place in the session shown (a role is the live session's to
 *   give, unless this user organizes the meeting), so cannot change it yet;
 *   `organizerAway` is true while the live session waits for the meeting's
 *   organizer to open it (the organizer is only ever the Teams host's word);
 * - `connected`: the live session is shown; the queued changes were sent in
 *   order, and `refused` lists those it did not take (empty: all went in);
 * - `failed`: the live session could not be reached (`failure` says why); the
 *   `queued` changes still wait in this panel, and "Try again" connects again.
 */
export type PendingChangesStatus =
  | { kind: 'connecting'; from: 'device' | 'fresh'; savedAt: EpochMs | null; queued: number; joined: boolean; organizerAway: boolean }
  | { kind: 'connected'; refused: readonly RefusedChange[] }
  | { kind: 'failed'; failure: Failure; queued: number };

/** The changes made while connecting: their status, "Try again" (connect again), and dismissing the refusals once read. */
export interface PendingChanges extends StatusKeeping<PendingChangesStatus> {
  /** Forgets the refusals reported (the user has read them). */
  dismissRefused(): void;
}
