import type { EpochMs } from '../../../domain';

// Dates in the viewer's locale (the host's, else the browser's). A locale the
// browser does not know falls back to the browser's own, never throws.

export { shortDate } from '../FollowUpPlan';

function formatter(locale: string | undefined, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  try {
    return new Intl.DateTimeFormat(locale, options);
  } catch {
    return new Intl.DateTimeFormat(undefined, options);
  }
}

/** A moment with its weekday and time ("Wed 2 Dec, 10:00"), in the viewer's time zone. */
export function whenText(at: EpochMs, locale?: string): string {
  return formatter(locale, { weekday: 'short', day: 'numeric', month: 'short', hour: 'numeric', minute: '2-digit' }).format(new Date(at));
}

/** The day of a moment, for reading at a glance ("Wednesday 2 December"). */
export function dayOf(at: EpochMs, locale?: string): string {
  return formatter(locale, { weekday: 'long', day: 'numeric', month: 'long' }).format(new Date(at));
}

/** The time of a moment ("10:00"), in the viewer's time zone. */
export function timeOf(at: EpochMs, locale?: string): string {
  return formatter(locale, { hour: 'numeric', minute: '2-digit' }).format(new Date(at));
}

/** A session's date ("25 Nov 2026"). */
export function dayText(at: EpochMs, locale?: string): string {
  return formatter(locale, { dateStyle: 'medium' }).format(new Date(at));
}
