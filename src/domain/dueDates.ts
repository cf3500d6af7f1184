import { addDays } from './dates';
import { LIMITS } from './limits';
import type { LocalDate } from './session';

/** What is wrong with a next step's due date, as a code the UI words at the field. */
export type DueDateProblem = 'missing' | 'malformed' | 'past' | 'tooFar';

const LOCAL_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The last due date a step may have, `today` being the writer's own date. */
export const latestDue = (today: LocalDate): LocalDate => addDays(today, LIMITS.maxDaysAhead);

/**
 * The rule every due date meets: a real calendar date, from the writer's
 * today up to LIMITS.maxDaysAhead later. Null when `due` is fine. The
 * handlers refuse by the same rule, so a form that checks first never sends
 * what would be refused.
 */
export function dueDateProblem(due: string, today: LocalDate): DueDateProblem | null {
  if (due === '') return 'missing';
  if (!LOCAL_DATE.test(due)) return 'malformed';
  const parsed = Date.parse(`${due}T00:00:00Z`);
  // Rejects days a month does not have (2026-02-30 would roll over to March).
  if (Number.isNaN(parsed) || !new Date(parsed).toISOString().startsWith(due)) return 'malformed';
  if (due < today) return 'past';
  if (due > latestDue(today)) return 'tooFar';
  return null;
}
