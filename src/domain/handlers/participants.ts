import { LIMITS } from '../limits';
import { own, size, withEntry } from '../records';
import { reject } from '../result';
import type { Participant, Role, SessionState, UserId } from '../session';
import { applied, type Handler } from './types';

function holderOf(state: SessionState, role: Role): Participant | undefined {
  return Object.values(state.participants).find((p) => p.role === role);
}

/**
 * The organizer becomes the coach even when the coachee got there earlier.
 * When the host could not name the organizer, the first to join coaches
 * (and can hand the role over).
 */
function roleForNewcomer(state: SessionState, userId: UserId): Role {
  const organizerSeat = state.organizerId === null || userId === state.organizerId;
  if (organizerSeat && !holderOf(state, 'coach')) return 'coach';
  if (!holderOf(state, 'coachee')) return 'coachee';
  return 'observer';
}

export const join: Handler<'join'> = (state, command, envelope) => {
  const existing = own(state.participants, envelope.actorId);
  if (existing) {
    // Rejoining (reload, second device) keeps the role; only the name may change.
    const updated: Participant = {
      ...existing,
      displayName: command.displayName,
      ...(command.address ? { address: command.address } : {}),
    };
    return applied({ ...state, participants: withEntry(state.participants, envelope.actorId, updated) });
  }
  if (size(state.participants) >= LIMITS.participants) {
    return reject('limit', { key: 'tooMany', collection: 'participants', max: LIMITS.participants });
  }
  const participant: Participant = {
    userId: envelope.actorId,
    displayName: command.displayName,
    role: roleForNewcomer(state, envelope.actorId),
    ...(command.address ? { address: command.address } : {}),
  };
  return applied({ ...state, participants: withEntry(state.participants, envelope.actorId, participant) });
};

/**
 * Coach and coachee are single seats: giving one to someone swaps it with
 * its holder, so the session never ends up with two coaches or none.
 */
export const assignRole: Handler<'assignRole'> = (state, command) => {
  const target = own(state.participants, command.userId);
  if (!target) return reject('notFound', { key: 'personNotJoined' });
  if (target.role === command.role) return applied(state);

  const previous = command.role === 'observer' ? undefined : holderOf(state, command.role);
  if (target.role === 'coach' && !previous) {
    return reject('conflict', { key: 'sessionNeedsCoach' });
  }

  let participants = withEntry(state.participants, target.userId, { ...target, role: command.role });
  if (previous) {
    participants = withEntry(participants, previous.userId, { ...previous, role: target.role });
  }
  return applied({ ...state, participants });
};
