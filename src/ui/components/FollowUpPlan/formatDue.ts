import { addDays, urgencyOf, type LocalDate, type Urgency } from '../../../domain';

// Due dates as a reader meets them beside a step, in the viewer's locale (the
// host's, else the browser's). A locale the browser does not know falls back
// to the browser's own, never throws.

function formatter(locale: string | undefined, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  try {
    return new Intl.DateTimeFormat(locale, options);
  } catch {
    return new Intl.DateTimeFormat(undefined, options);
  }
}

/** A `YYYY-MM-DD` calendar date, short ("24 Nov"), read without a time-zone shift. */
export function shortDate(date: LocalDate, locale?: string): string {
  const parsed = new Date(`${date}T00:00:00Z`);
  if (Number.isNaN(parsed.getTime())) return date;
  return formatter(locale, { day: 'numeric', month: 'short', timeZone: 'UTC' }).format(parsed);
}

/**
 * How a step's due date stands: the domain's urgency, with today and
 * tomorrow named, and `done` for a step that no longer owes anything;
 * `unknown` when the surface knows no today (only the date is shown).
 */
export type DueKind = Urgency | 'today' | 'tomorrow' | 'done' | 'unknown';

export function dueKindOf(due: LocalDate, done: boolean, today: LocalDate | undefined): DueKind {
  if (done) return 'done';
  if (!today) return 'unknown';
  if (due === today) return 'today';
  if (due === addDays(today, 1)) return 'tomorrow';
  return urgencyOf(due, today);
}

/** The due date in words: "Overdue since 24 Nov", "Due today", "Due 3 Dec". */
export function dueLabel(due: LocalDate, kind: DueKind, locale?: string): string {
  const date = shortDate(due, locale);
  switch (kind) {
    case 'overdue':
      return `Overdue since ${date}`;
    case 'today':
      return 'Due today';
    case 'tomorrow':
      return 'Due tomorrow';
    default:
      return `Due ${date}`;
  }
}
