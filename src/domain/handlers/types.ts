import type { Command, CommandType, Envelope } from '../commands';
import type { ApplyResult } from '../result';
import type { SessionState } from '../session';

export type CommandOf<T extends CommandType> = Extract<Command, { type: T }>;

/**
 * Applies one command whose sender has already passed the role check.
 * Must not mutate `state`: return a new state (sharing untouched parts).
 */
export type Handler<T extends CommandType> = (state: SessionState, command: CommandOf<T>, envelope: Envelope) => ApplyResult;

export type HandlerTable = { [T in CommandType]: Handler<T> };

export function applied(state: SessionState): ApplyResult {
  return { ok: true, state };
}
