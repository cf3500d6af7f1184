import type { Refusal } from './refusals';
import type { SessionState } from './session';

/** Why a command was refused: a stable code for code, and the reason as data (the UI words it). */
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

export type Rejection = { ok: false; code: RejectionCode; reason: Refusal };
export type Applied = { ok: true; state: SessionState };
export type ApplyResult = Applied | Rejection;

export function reject(code: RejectionCode, reason: Refusal): Rejection {
  return { ok: false, code, reason };
}
