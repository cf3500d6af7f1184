import type { LocalDate } from './session';

export const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * `date` plus `days`, as YYYY-MM-DD. Calendar dates are computed in UTC so the
 * answer does not depend on the time zone of the machine replaying a command.
 */
export function addDays(date: LocalDate, days: number): LocalDate {
  const t = Date.parse(`${date}T00:00:00Z`) + days * DAY_MS;
  return new Date(t).toISOString().slice(0, 10);
}
