// Pure slot finding over free/busy: no graph-client here, so it runs and is
// tested in Node. All times are instants; wall clocks only where people read them.
import type { EpochMs } from '../domain';
import type { FollowUpSlot } from '../ports';
import { offsetMs, wallClock, weekdayOf } from './zonedTime';

/** Suggestions start on the hour or the half hour of the coach's clock. */
export const SLOT_GRID_MINUTES = 30;

const MINUTE = 60_000;

/**
 * The first instant at or after `at` whose wall clock in `timeZone` is on the
 * grid (:00 and :30 for 30). Stepping on from it by whole grid lengths stays
 * on the wall-clock grid across daylight-saving changes, which move clocks by
 * 30 or 60 minutes. Throws RangeError for an unknown zone.
 */
export function nextGridPoint(at: EpochMs, timeZone: string, gridMinutes = SLOT_GRID_MINUTES): EpochMs {
  const step = gridMinutes * MINUTE;
  // The zone's offset at `at`, so `wall` is `at` read on the zone's clock. Rounding the
  // instant, not the wall clock, keeps a fall-back hour: 02:40 CEST is followed by 02:00 CET.
  const offset = offsetMs(at, timeZone);
  const wall = at + offset;
  return Math.ceil(wall / step) * step - offset;
}

/** When someone works, read on the clock of `timeZone`. Times are `HH:MM:SS`. */
export interface WorkingHours {
  /** Graph's dayOfWeek names, lower case: `monday` … `sunday`. */
  days: ReadonlySet<string>;
  start: string;
  end: string;
  timeZone: string;
}

/** One person's calendar as far as slot finding needs it. */
export interface Availability {
  /** Times the person is not free (half-open: a block ending at a slot's start does not touch it). */
  busy: readonly FollowUpSlot[];
  /** Null when unknown: any hour counts. */
  workingHours: WorkingHours | null;
}

/** Whether [start, end) lies within one working day of `hours`. */
export function inWorkingHours(start: EpochMs, end: EpochMs, hours: WorkingHours): boolean {
  const from = wallClock(start, hours.timeZone);
  const to = wallClock(end, hours.timeZone);
  const day = from.slice(0, 10);
  if (to.slice(0, 10) !== day) return false;
  return hours.days.has(weekdayOf(start, hours.timeZone)) && from.slice(11) >= hours.start && to.slice(11) <= hours.end;
}

export interface FreeSlotQuestion {
  /** Earliest start; rounded up to the grid of `timeZone`. */
  from: EpochMs;
  /** Every slot ends by then. */
  until: EpochMs;
  durationMinutes: number;
  /** The coach's zone: the grid is on their clock. */
  timeZone: string;
  maxCandidates: number;
  /** Everyone who must be free (the coach first, by convention). */
  people: readonly Availability[];
}

/** Slots of the asked length on the grid, when everyone is free and at work, earliest first. */
export function freeSlots(question: FreeSlotQuestion): FollowUpSlot[] {
  const length = question.durationMinutes * MINUTE;
  const step = SLOT_GRID_MINUTES * MINUTE;
  const slots: FollowUpSlot[] = [];
  if (!(length > 0)) return slots;
  for (
    let start = nextGridPoint(question.from, question.timeZone);
    start + length <= question.until && slots.length < question.maxCandidates;
    start += step
  ) {
    const end = start + length;
    const everyoneCan = question.people.every(
      (p) => (p.workingHours === null || inWorkingHours(start, end, p.workingHours)) && !p.busy.some((b) => b.start < end && start < b.end),
    );
    if (everyoneCan) slots.push({ start, end });
  }
  return slots;
}
