import type { Command, Refusal, RefusalKey, RejectionCode, SessionState } from '../../src/domain';
import { attempt, deepFreeze, play, type Actor, type EnvelopeOptions } from '../fixtures/sessions';

/**
 * Applies a command to a deep-frozen copy of `state` and expects success:
 * a handler that mutated its input would throw here.
 */
export function run(state: SessionState, actor: Actor, command: Command, atOffsetMs?: number): SessionState {
  return play(deepFreeze(state), actor, command, atOffsetMs);
}

/**
 * Expects the command to be refused with `code` (and, when given, a reason:
 * its key alone, or the whole refusal with its values), and the frozen input
 * state to be exactly as before. Returns the reason.
 */
export function expectRejected(
  state: SessionState,
  actor: Actor,
  command: Command,
  code: RejectionCode,
  reason?: RefusalKey | Refusal,
  atOffsetMs?: number,
  options?: EnvelopeOptions,
): Refusal {
  const before = structuredClone(state);
  deepFreeze(state);
  const result = attempt(state, actor, command, atOffsetMs, options);
  expect(result.ok).toBe(false);
  if (result.ok) throw new Error('unreachable');
  expect(result.code).toBe(code);
  if (typeof reason === 'string') expect(result.reason.key).toBe(reason);
  else if (reason) expect(result.reason).toEqual(reason);
  expect(state).toEqual(before);
  return result.reason;
}
