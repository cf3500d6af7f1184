import { latestDue, LIMITS, type DueDateProblem, type FollowUpLengthProblem, type FollowUpTimeProblem, type LocalDate } from '../../domain';
import type { Words } from '../../words';

/** A due date's problem in words, with dates written the way the user reads them. */
export function dueDateMessage(words: Words, problem: DueDateProblem, today: LocalDate): string {
  switch (problem) {
    case 'missing':
      return words.t('refusals.dueDate.missing');
    case 'malformed':
      return words.t('refusals.dueDate.malformed');
    case 'past':
      return words.t('refusals.dueDate.past', { today: words.date(today) });
    case 'tooFar':
      return words.t('refusals.dueDate.tooFar', { latest: words.date(latestDue(today)) });
  }
}

/** Said at a step's text field when it is empty. */
export const stepTextMissing = (words: Words): string => words.t('refusals.stepText.missing');

/** A follow-up's length problem in words. */
export function followUpLengthMessage(words: Words, problem: FollowUpLengthProblem): string {
  switch (problem) {
    case 'notWhole':
      return words.t('refusals.followUpLength.notWhole');
    case 'tooShort':
      return words.t('refusals.followUpLength.tooShort', { min: LIMITS.minFollowUpMinutes });
    case 'tooLong':
      return words.t('refusals.followUpLength.tooLong', { max: LIMITS.maxFollowUpMinutes });
  }
}

/** A follow-up time's problem in words; `afterWindow` is a time on or after the "Free before" date. */
export function followUpTimeMessage(words: Words, problem: FollowUpTimeProblem | 'afterWindow', before: LocalDate): string {
  switch (problem) {
    case 'missing':
      return words.t('refusals.followUpTime.missing');
    case 'past':
      return words.t('refusals.followUpTime.past');
    case 'tooFar':
      return words.t('refusals.followUpTime.tooFar', { days: LIMITS.maxDaysAhead });
    case 'afterWindow':
      return words.t('refusals.followUpTime.afterWindow', { before: words.date(before) });
  }
}
