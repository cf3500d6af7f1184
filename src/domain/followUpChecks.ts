import { DAY_MS } from './dates';
import { LIMITS } from './limits';
import type { EpochMs } from './session';

/** What is wrong with a follow-up's length, as a code the UI words at the field. */
export type FollowUpLengthProblem = 'notWhole' | 'tooShort' | 'tooLong';
/** What is wrong with a follow-up's time. */
export type FollowUpTimeProblem = 'missing' | 'past' | 'tooFar';

/** The rule the command's schema holds a length to: whole minutes within LIMITS. */
export function followUpLengthProblem(minutes: number): FollowUpLengthProblem | null {
  if (!Number.isInteger(minutes)) return 'notWhole';
  if (minutes < LIMITS.minFollowUpMinutes) return 'tooShort';
  if (minutes > LIMITS.maxFollowUpMinutes) return 'tooLong';
  return null;
}

/**
 * The rule planFollowUp refuses a time by (after `now`, within
 * LIMITS.maxDaysAhead); `missing` only matters once it is to go on a calendar.
 */
export function followUpTimeProblem(start: EpochMs | null, now: EpochMs): FollowUpTimeProblem | null {
  if (start === null) return 'missing';
  if (start <= now) return 'past';
  if (start > now + LIMITS.maxDaysAhead * DAY_MS) return 'tooFar';
  return null;
}
