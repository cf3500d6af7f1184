import type { CommandType } from './commands';
import type { Refusal } from './refusals';
import type { Participant, Role, SessionState, UserId } from './session';

/** A user's role in the session; anyone not yet joined is an observer. */
export function roleOf(state: SessionState, userId: UserId): Role {
  return (Object.hasOwn(state.participants, userId) ? state.participants[userId]?.role : undefined) ?? 'observer';
}

/** The first participant holding `role`, if anyone does (a session has at most one coach and one coachee). */
export function participantWithRole(participants: Record<UserId, Participant>, role: Role): Participant | undefined {
  return Object.values(participants).find((p) => p.role === role);
}

const ALL: readonly Role[] = ['coach', 'coachee', 'observer'];
const BOTH: readonly Role[] = ['coach', 'coachee'];
const COACH: readonly Role[] = ['coach'];
const COACHEE: readonly Role[] = ['coachee'];

interface Permission {
  roles: readonly Role[];
}

/**
 * The one table of who may send what, read by the domain (to refuse) and by
 * the UI (to hide what would be refused), so the two never disagree.
 * Observers never appear except for `join`: they follow, they do not change.
 */
const PERMISSIONS: Readonly<Record<CommandType, Permission>> = {
  join: { roles: ALL },
  assignRole: { roles: COACH },
  advance: { roles: BOTH },
  goBack: { roles: BOTH },
  stateChallenge: { roles: BOTH },
  removeChallenge: { roles: BOTH },
  agreeChallenge: { roles: BOTH },
  addCause: { roles: BOTH },
  editCause: { roles: BOTH },
  removeCause: { roles: BOTH },
  addOption: { roles: BOTH },
  editOption: { roles: BOTH },
  removeOption: { roles: BOTH },
  chooseOption: { roles: BOTH },
  addNextStep: { roles: BOTH },
  editNextStep: { roles: BOTH },
  setNextStepDone: { roles: BOTH },
  removeNextStep: { roles: BOTH },
  recordConfidence: { roles: COACH },
  writeCoacheeSummary: { roles: COACHEE },
  giveAffirmation: { roles: COACH },
  planFollowUp: { roles: COACH },
  recordCoachEvent: { roles: COACH },
  recordCoacheeAcceptance: { roles: COACHEE },
  recordChatSummary: { roles: COACH },
  carryOver: { roles: BOTH },
  reviewCarriedStep: { roles: BOTH },
  reportCarriedDone: { roles: BOTH },
  reviewCarriedCause: { roles: BOTH },
};

export const NOT_JOINED_REFUSAL: Refusal = { key: 'notJoined' };

/** Whether `role` may send commands of this type at all (state aside). */
export function mayIssue(role: Role, type: CommandType): boolean {
  const permission = Object.hasOwn(PERMISSIONS, type) ? PERMISSIONS[type] : undefined;
  return permission !== undefined && permission.roles.includes(role);
}

/** Why `role` may not send `type`: the reason to give with a 'forbidden'. */
export function refusalFor(role: Role, type: CommandType): Refusal {
  return role === 'observer' ? { key: 'observersCannotChange' } : { key: 'roleMayNot', command: type };
}
