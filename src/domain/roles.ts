import type { CommandType } from './commands';
import type { Role, SessionState, UserId } from './session';

/** A user's role in the session; anyone not yet joined is an observer. */
export function roleOf(state: SessionState, userId: UserId): Role {
  return state.participants[userId]?.role ?? 'observer';
}

/** Whether `role` may send commands of this type at all (state aside). */
export function mayIssue(role: Role, type: CommandType): boolean {
  void role;
  void type;
  throw new Error('not implemented');
}
