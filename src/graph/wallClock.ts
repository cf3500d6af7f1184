// Only for src/simulator/sandboxCalendar.ts, which reads event times from the
// sandbox as Graph answers them without a Prefer header: in UTC. It is part
// of the simulator's first paint, so it must not bring in Temporal; zone
// conversions live in zonedTime.ts (the lazily loaded Graph chunk).
import type { EpochMs } from '../domain';

const UTC_WALL = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?$/;

/** A UTC dateTimeTimeZone as an instant; null for any other zone or a text that is not a time. */
export function toEpoch(value: { dateTime: string; timeZone: string }): EpochMs | null {
  const m = UTC_WALL.exec(value.dateTime);
  if (!m || value.timeZone !== 'UTC') return null;
  const [year, month, day, hour, minute, second] = [m[1], m[2], m[3], m[4], m[5], m[6] ?? '0'].map(Number) as number[];
  const at = Date.UTC(year!, month! - 1, day!, hour!, minute!, second!);
  const back = new Date(at);
  // Date.UTC rolls 2026-02-30 over to March: such a date is not one.
  return back.getUTCDate() === day && back.getUTCMonth() === month! - 1 && hour! < 24 && minute! < 60 && second! < 60 ? at : null;
}
