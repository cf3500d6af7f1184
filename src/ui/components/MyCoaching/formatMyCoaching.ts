import type { EpochMs, LocalDate, Urgency } from '../../../domain';

// Dates in the viewer's locale (the host's, else the browser's). A locale the
// browser does not know falls back to the browser's own, never throws.

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

/** A moment with its weekday and time ("Wed 2 Dec, 10:00"), in the viewer's time zone. */
export function whenText(at: EpochMs, locale?: string): string {
  return formatter(locale, { weekday: 'short', day: 'numeric', month: 'short', hour: 'numeric', minute: '2-digit' }).format(new Date(at));
}

/** A session's date ("25 Nov 2026"). */
export function dayText(at: EpochMs, locale?: string): string {
  return formatter(locale, { dateStyle: 'medium' }).format(new Date(at));
}

/** How a step's due date reads beside it: "Overdue since 24 Nov", "Due soon: 28 Nov", "Due 3 Dec". */
export function dueText(due: LocalDate, urgency: Urgency, locale?: string): string {
  const date = shortDate(due, locale);
  switch (urgency) {
    case 'overdue':
      return `Overdue since ${date}`;
    case 'dueSoon':
      return `Due soon: ${date}`;
    case 'later':
      return `Due ${date}`;
  }
}
