import type { SessionState } from './session';

/** Why a command was refused: a stable code for code, a sentence for people. */
export type RejectionCode =
  | 'invalid'
  | 'forbidden'
  | 'notFound'
  | 'conflict'
  | 'criteriaUnmet'
  | 'limit'
  // Refused by the session's transport, not the rules: another client runs a newer Stagecoach, or the session is full.
  | 'newerVersion'
  | 'sessionFull';

export type Rejection = { ok: false; code: RejectionCode; reason: string };
export type Applied = { ok: true; state: SessionState };
export type ApplyResult = Applied | Rejection;

export function reject(code: RejectionCode, reason: string): Rejection {
  return { ok: false, code, reason };
}
