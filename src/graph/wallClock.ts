import type { EpochMs, LocalDate } from '../domain';

/** Graph's dateTimeTimeZone: a wall-clock time and the zone it is read in. */
export interface DateTimeTimeZone {
  dateTime: string;
  timeZone: string;
}

/** Whether the runtime knows this IANA time zone name. */
export function isKnownTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone });
    return true;
  } catch {
    return false;
  }
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      hourCycle: 'h23',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/** `at` as wall-clock time in `timeZone`, `YYYY-MM-DDTHH:mm:ss`. Throws RangeError for an unknown zone. */
export function wallClock(at: EpochMs, timeZone: string): string {
  const parts: Record<string, string> = {};
  for (const p of formatter(timeZone).formatToParts(new Date(at))) parts[p.type] = p.value;
  return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}:${parts.second}`;
}

export function dateTimeTimeZone(at: EpochMs, timeZone: string): DateTimeTimeZone {
  return { dateTime: wallClock(at, timeZone), timeZone };
}

/** The start of `date` as wall-clock time (no zone conversion needed: Graph reads it in the zone given beside it). */
export function startOfDay(date: LocalDate): string {
  return `${date}T00:00:00`;
}

const WALL = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?$/;

/**
 * The instant a wall-clock time names in `timeZone` (`UTC` or an IANA name).
 * Null when the text is not a wall-clock time or the zone is unknown. In a
 * daylight-saving gap or overlap it picks one of the candidate instants.
 */
export function toEpoch(value: DateTimeTimeZone): EpochMs | null {
  const m = WALL.exec(value.dateTime);
  if (!m || !isKnownTimeZone(value.timeZone)) return null;
  const asUtc = Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!, +m[4]!, +m[5]!, +(m[6] ?? 0));
  if (Number.isNaN(asUtc)) return null;
  // The zone's offset at a guess, applied twice so a guess across a DST change settles.
  let guess = asUtc;
  for (let i = 0; i < 2; i++) {
    const offset = Date.parse(`${wallClock(guess, value.timeZone)}Z`) - guess;
    guess = asUtc - offset;
  }
  return guess;
}
