import type { Envelope } from './commands';
import type { ApplyResult, Rejection } from './result';
import type { EpochMs, SessionState, UserId } from './session';

export interface NewSession {
  sessionId: string;
  organizerId: UserId;
  at: EpochMs;
}

/** A fresh session in Open, its timeline started. */
export function createSession(init: NewSession): SessionState {
  void init;
  throw new Error('not implemented');
}

/** Validates untrusted input as an envelope carrying a known command. */
export function parseEnvelope(raw: unknown): { ok: true; envelope: Envelope } | Rejection {
  void raw;
  throw new Error('not implemented');
}

/**
 * Applies one command. Pure and deterministic: the same state and envelope
 * always give the same result, so every client replaying the same log agrees.
 * A rejection leaves `state` untouched and says why.
 */
export function applyCommand(state: SessionState, envelope: Envelope): ApplyResult {
  void state;
  void envelope;
  throw new Error('not implemented');
}
