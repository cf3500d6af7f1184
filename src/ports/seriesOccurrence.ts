import type { EpochMs, LocalDate } from '../domain';
import type { CalendarAttendee } from './calendarGateway';

/** Where to look for the pair's next recurring 1:1 on the signed-in coach's calendar. */
export interface NextOccurrenceRequest {
  /** The coachee: the series must be between the coach and them alone. */
  attendee: CalendarAttendee;
  /** The coach's IANA time zone: the window ends as `before` begins there. */
  timeZone: string;
  /** Occurrences start before this date begins: the earliest next-step due date, or a date the coach picks. */
  before: LocalDate;
}

/** One occurrence of a recurring series (Graph's `occurrence` or `exception`) on the signed-in user's calendar. */
export interface SeriesOccurrence {
  /** The occurrence's own id, never the series'. */
  eventId: string;
  /** The occurrence's own iCalUId: every copy of this occurrence shares it, other occurrences do not. */
  iCalUId: string;
  start: EpochMs;
  /** Whole minutes, within the follow-up lengths the session takes. */
  durationMinutes: number;
}

/** What the coach's calendar holds for the pair before the window's end. */
export type NextOccurrence =
  /** No occurrence of a series between the two of them before the window's end. */
  | { kind: 'none' }
  /** The coach organizes the series: the plan can ride on this occurrence. */
  | { kind: 'usable'; occurrence: SeriesOccurrence }
  /**
   * The next 1:1 belongs to a series someone else organizes (the coachee,
   * mostly): only the organizer can change it, so the coach plans a new meeting.
   * `organizerName` is Graph's, untrusted: shown as text only; null when Graph gave none.
   */
  | { kind: 'notOrganizer'; occurrence: SeriesOccurrence; organizerName: string | null };
