import type { Command, RejectionCode, SessionState } from '../../src/domain';
import { attempt, deepFreeze, play, type Actor, type EnvelopeOptions } from '../fixtures/sessions';

/**
 * Applies a command to a deep-frozen copy of `state` and expects success:
 * a handler that mutated its input would throw here.
 */
export function run(state: SessionState, actor: Actor, command: Command, atOffsetMs?: number): SessionState {
  return play(deepFreeze(state), actor, command, atOffsetMs);
}

/**
 * Expects the command to be refused with `code` (and a reason matching
 * `reason` when given), and the frozen input state to be exactly as before.
 */
export function expectRejected(
  state: SessionState,
  actor: Actor,
  command: Command,
  code: RejectionCode,
  reason?: string | RegExp,
  atOffsetMs?: number,
  options?: EnvelopeOptions,
): string {
  const before = structuredClone(state);
  deepFreeze(state);
  const result = attempt(state, actor, command, atOffsetMs, options);
  expect(result.ok).toBe(false);
  if (result.ok) throw new Error('unreachable');
  expect(result.code).toBe(code);
  expect(result.reason.length).toBeGreaterThan(10);
  if (typeof reason === 'string') expect(result.reason).toBe(reason);
  else if (reason) expect(result.reason).toMatch(reason);
  expect(state).toEqual(before);
  return result.reason;
}
