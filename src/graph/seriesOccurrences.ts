// The pair's next recurring 1:1, read from the coach's calendar view: which
// events count and which one comes first. Pure, so it is tested in Node;
// Graph's answer is untrusted and parsed here, event by event.
import { z } from 'zod';
import { LIMITS, type EpochMs } from '../domain';
import type { GraphFailure, NextOccurrence, NextOccurrenceRequest, SeriesOccurrence } from '../ports';
import { slotRequestProblem } from './requestChecks';
import { startOfDay, toEpoch } from './zonedTime';

/** What the view is asked for: enough to tell a series' occurrence, who is in it and who organizes it. */
export const OCCURRENCE_FIELDS = ['id', 'iCalUId', 'type', 'isOrganizer', 'isCancelled', 'start', 'end', 'organizer', 'attendees'];

/** Events per page asked of the view, and pages read at most: a busy fortnight fits. */
export const VIEW_PAGE_SIZE = 100;
export const MAX_VIEW_PAGES = 10;

const dateTimeTimeZone = z.object({ dateTime: z.string().max(64), timeZone: z.string().max(128) });
const emailAddress = z.object({ address: z.string().max(320).nullish(), name: z.string().max(1024).nullish() }).nullish();

const viewEventSchema = z.object({
  id: z.string().min(1).max(1024),
  iCalUId: z.string().min(1).max(1024).nullish(),
  type: z.string().max(32).nullish(),
  isOrganizer: z.boolean().nullish(),
  isCancelled: z.boolean().nullish(),
  start: dateTimeTimeZone.nullish(),
  end: dateTimeTimeZone.nullish(),
  organizer: z.object({ emailAddress }).nullish(),
  attendees: z
    .array(
      z.object({
        type: z.string().max(32).nullish(),
        emailAddress,
        status: z.object({ response: z.string().max(32).nullish() }).nullish(),
      }),
    )
    .max(1000)
    .nullish(),
});

export type ViewEvent = z.infer<typeof viewEventSchema>;

/**
 * One page of `GET /me/calendarView`. An event that does not parse is
 * dropped (null), not the page: the view holds everyone's meetings, and one
 * odd entry must not hide the pair's 1:1.
 */
export const calendarViewSchema = z.object({
  value: z.array(viewEventSchema.nullable().catch(null)),
  '@odata.nextLink': z.string().max(8192).nullish(),
});

export interface OccurrenceWindow {
  from: EpochMs;
  until: EpochMs;
}

/**
 * From now until `before` begins in the coach's zone; null when that is not
 * after now (nothing to look for). Refused as the free-time search refuses
 * the same attendee, zone and date.
 */
export function occurrenceWindow(
  request: NextOccurrenceRequest,
  now: EpochMs,
): { ok: true; window: OccurrenceWindow | null } | { ok: false; failure: GraphFailure } {
  // The free-time search's checks, with a length it does not use here.
  const problem = slotRequestProblem({ ...request, durationMinutes: LIMITS.minFollowUpMinutes }, now);
  if (problem) return { ok: false, failure: problem };
  const until = toEpoch({ dateTime: startOfDay(request.before), timeZone: request.timeZone });
  return { ok: true, window: until !== null && until > now ? { from: now, until } : null };
}

/** The view's query options: instants in UTC, as Graph reads them without a zone of their own. */
export function calendarViewQuery(window: OccurrenceWindow): Record<string, string> {
  return {
    startDateTime: new Date(window.from).toISOString(),
    endDateTime: new Date(window.until).toISOString(),
  };
}

const SERIES_TYPES = new Set(['occurrence', 'exception']);

const lower = (address: string | null | undefined) => (address ?? '').trim().toLowerCase();

/**
 * Whether only the two of them are in it: the attendee is, and besides them
 * at most one other person (the coach, as organizer or attendee). Rooms and
 * equipment (`resource`) do not count. A team meeting is never "our 1:1":
 * the plan must not reach anyone else's calendar.
 */
function isPairMeeting(event: ViewEvent, attendee: string): boolean {
  const people = new Set<string>();
  const organizer = lower(event.organizer?.emailAddress?.address);
  if (organizer) people.add(organizer);
  for (const a of event.attendees ?? []) {
    if (a.type === 'resource') continue;
    const address = lower(a.emailAddress?.address);
    if (address) people.add(address);
  }
  if (!people.has(attendee)) return false;
  people.delete(attendee);
  return people.size <= 1;
}

/** The attendee said no to this occurrence (on the organizer's copy): not a time to meet. */
const declinedBy = (event: ViewEvent, attendee: string) =>
  (event.attendees ?? []).some((a) => lower(a.emailAddress?.address) === attendee && a.status?.response === 'declined');

/** The event as an occurrence the session could record, or null. */
function occurrenceOf(event: ViewEvent, window: OccurrenceWindow): SeriesOccurrence | null {
  if (!event.type || !SERIES_TYPES.has(event.type) || event.isCancelled === true || !event.iCalUId) return null;
  const start = event.start ? toEpoch(event.start) : null;
  const end = event.end ? toEpoch(event.end) : null;
  // After now: the meeting under way (often this very 1:1) is not the next one.
  if (start === null || end === null || start <= window.from || start >= window.until) return null;
  const minutes = (end - start) / 60_000;
  if (!Number.isInteger(minutes) || minutes < LIMITS.minFollowUpMinutes || minutes > LIMITS.maxFollowUpMinutes) return null;
  return { eventId: event.id, iCalUId: event.iCalUId, start, durationMinutes: minutes };
}

/**
 * The earliest occurrence of a series between the coach and `attendeeAddress`
 * in the window: one the coach organizes first, else one someone else does.
 */
export function nextOccurrenceOf(events: readonly (ViewEvent | null)[], attendeeAddress: string, window: OccurrenceWindow): NextOccurrence {
  const attendee = lower(attendeeAddress);
  let usable: SeriesOccurrence | null = null;
  let other: { occurrence: SeriesOccurrence; organizerName: string | null } | null = null;
  for (const event of events) {
    if (!event || !isPairMeeting(event, attendee)) continue;
    const occurrence = occurrenceOf(event, window);
    if (!occurrence) continue;
    if (event.isOrganizer === true) {
      if (declinedBy(event, attendee)) continue;
      if (!usable || occurrence.start < usable.start) usable = occurrence;
    } else if (!other || occurrence.start < other.occurrence.start) {
      const name = event.organizer?.emailAddress?.name?.trim();
      other = { occurrence, organizerName: name ? name.slice(0, LIMITS.displayName) : null };
    }
  }
  if (usable) return { kind: 'usable', occurrence: usable };
  return other ? { kind: 'notOrganizer', ...other } : { kind: 'none' };
}
