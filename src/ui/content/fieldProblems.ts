import { latestDue, LIMITS, type DueDateProblem, type FollowUpLengthProblem, type FollowUpTimeProblem, type LocalDate } from '../../domain';
import { formatLocalDate } from '../format';

/** A due date's problem in words, with dates written the way the user reads them. */
export function dueDateMessage(problem: DueDateProblem, today: LocalDate): string {
  switch (problem) {
    case 'missing':
      return 'Pick the date this step is due.';
    case 'malformed':
      return 'That is not a date: pick one from the calendar.';
    case 'past':
      return `Pick today (${formatLocalDate(today)}) or a later date.`;
    case 'tooFar':
      return `Pick a date up to ${formatLocalDate(latestDue(today))}.`;
  }
}

/** Said at a step's text field when it is empty. */
export const STEP_TEXT_MISSING = 'Say what the step is.';

/** A follow-up's length problem in words. */
export function followUpLengthMessage(problem: FollowUpLengthProblem): string {
  switch (problem) {
    case 'notWhole':
      return 'Enter the length in whole minutes.';
    case 'tooShort':
      return `A follow-up lasts at least ${LIMITS.minFollowUpMinutes} minutes.`;
    case 'tooLong':
      return `A follow-up lasts at most ${LIMITS.maxFollowUpMinutes} minutes.`;
  }
}

/** A follow-up time's problem in words; `afterWindow` is a time on or after the "Free before" date. */
export function followUpTimeMessage(problem: FollowUpTimeProblem | 'afterWindow', before: LocalDate): string {
  switch (problem) {
    case 'missing':
      return 'Pick one of the free times, or type a date and time.';
    case 'past':
      return 'Pick a time later than now.';
    case 'tooFar':
      return `Pick a time within ${LIMITS.maxDaysAhead} days.`;
    case 'afterWindow':
      return `Pick a time before ${formatLocalDate(before)} (“Free before”), or change that date.`;
  }
}
