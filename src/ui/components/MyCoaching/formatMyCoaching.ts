import type { EpochMs, LocalDate } from '../../../domain';
import type { Words } from '../../../words';

// Moments in the reader's language and locale, in the viewer's time zone.

const pad = (n: number) => String(n).padStart(2, '0');

/** The calendar day a moment falls on in the viewer's time zone. */
function localDateOf(at: EpochMs): LocalDate {
  const d = new Date(at);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** A moment with its date and time ("9 Dec 2026, 10:00"). */
export const whenText = (words: Words, at: EpochMs): string => words.dateTime(at);

/** The day of a moment, for reading at a glance ("Wednesday 9 December 2026"). */
export const dayOf = (words: Words, at: EpochMs): string => words.date(localDateOf(at), 'full');

/** The time of a moment ("10:00"). */
export const timeOf = (words: Words, at: EpochMs): string => words.time(at);

/** A session's date ("25 Nov 2026"). */
export const dayText = (words: Words, at: EpochMs): string => words.date(localDateOf(at));
