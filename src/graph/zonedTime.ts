// Instants and the wall clocks people read them on, through Temporal: the
// zone rules (daylight saving included) are the runtime's tz data, never a
// guess. Zone names may be IANA or Windows (zoneNames.ts), as Graph writes them.
import { Temporal } from 'temporal-polyfill';
import type { EpochMs, LocalDate } from '../domain';
import { ianaZone } from './zoneNames';

export { isKnownTimeZone } from './zoneNames';

/** Graph's dateTimeTimeZone: a wall-clock time and the zone it is read in. */
export interface DateTimeTimeZone {
  dateTime: string;
  timeZone: string;
}

const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

/** The zone's runtime id; RangeError for a name that is neither IANA nor Windows. */
function zoneId(timeZone: string): string {
  const id = ianaZone(timeZone);
  if (id === null) throw new RangeError(`Unknown time zone: ${timeZone}`);
  return id;
}

const zoned = (at: EpochMs, timeZone: string): Temporal.ZonedDateTime =>
  Temporal.Instant.fromEpochMilliseconds(at).toZonedDateTimeISO(zoneId(timeZone));

const two = (n: number) => String(n).padStart(2, '0');

/** `at` as wall-clock time in `timeZone`, `YYYY-MM-DDTHH:mm:ss`. Throws RangeError for an unknown zone. */
export function wallClock(at: EpochMs, timeZone: string): string {
  const z = zoned(at, timeZone);
  const year = z.year >= 0 && z.year <= 9999 ? String(z.year).padStart(4, '0') : String(z.year);
  return `${year}-${two(z.month)}-${two(z.day)}T${two(z.hour)}:${two(z.minute)}:${two(z.second)}`;
}

/** The zone's offset from UTC at `at`, in milliseconds (east positive). Throws RangeError for an unknown zone. */
export function offsetMs(at: EpochMs, timeZone: string): number {
  return zoned(at, timeZone).offsetNanoseconds / 1_000_000;
}

/** The weekday of `at` on the clock of `timeZone`, as Graph names days. */
export function weekdayOf(at: EpochMs, timeZone: string): Weekday {
  return WEEKDAYS[zoned(at, timeZone).dayOfWeek - 1]!;
}

export function dateTimeTimeZone(at: EpochMs, timeZone: string): DateTimeTimeZone {
  return { dateTime: wallClock(at, timeZone), timeZone };
}

/** The start of `date` as wall-clock time (no zone conversion needed: Graph reads it in the zone given beside it). */
export function startOfDay(date: LocalDate): string {
  return `${date}T00:00:00`;
}

const WALL = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(\.\d{1,9})?)?$/;

/**
 * The instant a wall-clock time names in `timeZone` (IANA or Windows), or
 * null when the text is not a wall-clock time or the zone is unknown.
 * A time the clocks skip (spring forward) is read as the same length of
 * time after the gap's start; a time they pass twice (fall back) as the
 * first: Temporal's "compatible", which is what calendars do.
 */
export function toEpoch(value: DateTimeTimeZone): EpochMs | null {
  const m = WALL.exec(value.dateTime);
  const zone = ianaZone(value.timeZone);
  if (!m || zone === null) return null;
  const fraction = (m[7] ?? '.').slice(1).padEnd(9, '0');
  try {
    const wall = Temporal.PlainDateTime.from(
      {
        year: +m[1]!,
        month: +m[2]!,
        day: +m[3]!,
        hour: +m[4]!,
        minute: +m[5]!,
        second: +(m[6] ?? 0),
        millisecond: +fraction.slice(0, 3),
        microsecond: +fraction.slice(3, 6),
        nanosecond: +fraction.slice(6, 9),
      },
      { overflow: 'reject' },
    );
    return wall.toZonedDateTime(zone, { disambiguation: 'compatible' }).epochMilliseconds;
  } catch {
    return null;
  }
}
