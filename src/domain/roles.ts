import type { CommandType } from './commands';
import type { Role, SessionState, UserId } from './session';

/** A user's role in the session; anyone not yet joined is an observer. */
export function roleOf(state: SessionState, userId: UserId): Role {
  return (Object.hasOwn(state.participants, userId) ? state.participants[userId]?.role : undefined) ?? 'observer';
}

const ALL: readonly Role[] = ['coach', 'coachee', 'observer'];
const BOTH: readonly Role[] = ['coach', 'coachee'];
const COACH: readonly Role[] = ['coach'];
const COACHEE: readonly Role[] = ['coachee'];

interface Permission {
  roles: readonly Role[];
  /** Said to a coach or coachee who may not send this command. */
  refusal?: string;
}

/**
 * The one table of who may send what, read by the domain (to refuse) and by
 * the UI (to hide what would be refused), so the two never disagree.
 * Observers never appear except for `join`: they follow, they do not change.
 */
const PERMISSIONS: Readonly<Record<CommandType, Permission>> = {
  join: { roles: ALL },
  assignRole: { roles: COACH, refusal: 'Only the coach assigns roles.' },
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
  recordConfidence: { roles: COACH, refusal: 'Only the coach records confidence in the plan.' },
  writeCoacheeSummary: {
    roles: COACHEE,
    refusal: "The summary is the coachee's own words: only the coachee writes it.",
  },
  giveAffirmation: { roles: COACH, refusal: 'Only the coach gives the affirmation.' },
  planFollowUp: { roles: COACH, refusal: 'Only the coach plans the follow-up.' },
  recordCoachEvent: { roles: COACH, refusal: "Only the coach records the event on the coach's calendar." },
  recordCoacheeAcceptance: {
    roles: COACHEE,
    refusal: 'Only the coachee accepts the invite, on their own calendar.',
  },
  recordChatSummary: { roles: COACH, refusal: 'Only the coach posts the summary to the meeting chat.' },
  carryOver: { roles: BOTH },
  reviewCarriedStep: { roles: BOTH },
  reportCarriedDone: { roles: BOTH },
  reviewCarriedCause: { roles: BOTH },
};

export const OBSERVER_REFUSAL = 'Observers can follow the session but not change it.';
export const NOT_JOINED_REFUSAL = 'Join the session before changing it.';

/** Whether `role` may send commands of this type at all (state aside). */
export function mayIssue(role: Role, type: CommandType): boolean {
  const permission = Object.hasOwn(PERMISSIONS, type) ? PERMISSIONS[type] : undefined;
  return permission !== undefined && permission.roles.includes(role);
}

/** Why `role` may not send `type`: the sentence to show with a 'forbidden'. */
export function refusalFor(role: Role, type: CommandType): string {
  if (role === 'observer') return OBSERVER_REFUSAL;
  const permission = Object.hasOwn(PERMISSIONS, type) ? PERMISSIONS[type] : undefined;
  return permission?.refusal ?? 'Your role does not allow that.';
}
