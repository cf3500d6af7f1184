import { latestDue, type DueDateProblem, type LocalDate } from '../../domain';
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
