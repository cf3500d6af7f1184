// Each simulated person's calendar, read from the local Graph sandbox with
// that person's development token: GET /me/calendarView over the coming
// weeks, which lists each occurrence of a series (GET /me/events lists only
// the series' master, never its occurrences).
import { z } from 'zod';
import { toEpoch } from '../graph/wallClock';
import { linksIn, type ShownLink } from './inviteLinks';
import { allPages, nextLink, sandboxReader, type SandboxGet, type SandboxReaderOptions } from './sandboxGraph';

/** What a calendar entry shows; Graph sends these and `id`. */
export const CALENDAR_SELECT = 'subject,body,start,end,isOrganizer,responseStatus,iCalUId,type';

/** How far ahead a calendar reads, from the start of today: a series shows this many weeks of occurrences. */
export const CALENDAR_WEEKS = 8;

/** Graph's kinds of event: one on its own, a series' master, one of its occurrences, or an occurrence changed on its own. */
export type EventType = 'singleInstance' | 'seriesMaster' | 'occurrence' | 'exception';
const EVENT_TYPES: readonly string[] = ['singleInstance', 'seriesMaster', 'occurrence', 'exception'] satisfies EventType[];

export type CalendarResponse = 'Organizer' | 'Accepted' | 'Tentative' | 'Declined' | 'Not responded';

export interface CalendarEntry {
  id: string;
  subject: string;
  /** The start as an instant, or null when Graph's value does not parse. */
  start: number | null;
  response: CalendarResponse;
  /** Graph's kind of event; occurrences and exceptions are of a recurring series. */
  type: EventType;
  /** The http(s) links in the invite's body (the session notes), as a mail client offers them. */
  links: ShownLink[];
}

/** Reads `userId`'s calendar; rejects with a sentence saying what went wrong. */
export type LoadCalendar = (userId: string) => Promise<CalendarEntry[]>;

// Everything is untrusted: a field Graph may leave out or null is optional here.
const text = z.string().max(2048);
const eventSchema = z.object({
  id: z.string().min(1).max(1024),
  subject: text.nullish(),
  start: z.object({ dateTime: z.string().max(64), timeZone: z.string().max(128) }).nullish(),
  isOrganizer: z.boolean().nullish(),
  responseStatus: z.object({ response: z.string().max(64).nullish() }).nullish(),
  iCalUId: text.nullish(),
  type: z.string().max(32).nullish(),
  // A body that is not what Graph sends only loses its links, not the whole calendar.
  body: z
    .object({ contentType: z.string().max(16).nullish(), content: z.string().max(1_000_000).nullish() })
    .nullish()
    .catch(null),
});
const eventListSchema = z.object({ value: z.array(eventSchema).max(1000), '@odata.nextLink': nextLink });

const RESPONSES: Record<string, CalendarResponse> = {
  organizer: 'Organizer',
  accepted: 'Accepted',
  tentativelyAccepted: 'Tentative',
  declined: 'Declined',
};

/** Graph's event list as entries, earliest first (entries without a start last). */
export function entriesFrom(body: unknown): CalendarEntry[] {
  const parsed = eventListSchema.safeParse(body);
  if (!parsed.success) throw new Error('the Graph sandbox answered with something that is not a list of events.');
  return entriesOf(parsed.data.value);
}

function entriesOf(events: readonly z.infer<typeof eventSchema>[]): CalendarEntry[] {
  return events
    .map((e) => ({
      id: e.id,
      subject: e.subject || '(no subject)',
      start: e.start ? toEpoch(e.start) : null,
      response: e.isOrganizer ? 'Organizer' : (RESPONSES[e.responseStatus?.response ?? ''] ?? 'Not responded'),
      type: (EVENT_TYPES.includes(e.type ?? '') ? e.type : 'singleInstance') as EventType,
      links: e.body?.contentType?.toLowerCase() === 'html' && e.body.content ? linksIn(e.body.content) : [],
    }))
    .sort((a, b) => (a.start ?? Infinity) - (b.start ?? Infinity));
}

export interface CalendarWindow {
  /** The clock the window starts from; the browser's by default. */
  now?: () => number;
}

/** The calendar view's query: from the start of the day `now` is in (local time) to CALENDAR_WEEKS weeks later. */
export function calendarViewPath(now: number): string {
  const from = new Date(now);
  from.setHours(0, 0, 0, 0);
  const to = new Date(from);
  to.setDate(to.getDate() + 7 * CALENDAR_WEEKS);
  const query = [
    `startDateTime=${from.toISOString()}`,
    `endDateTime=${to.toISOString()}`,
    `$select=${CALENDAR_SELECT}`,
    '$orderby=start/dateTime',
    '$top=100',
  ].join('&');
  return `/me/calendarView?${query}`;
}

/** A LoadCalendar over the sandbox reader (one per page: it finds the sandbox once). */
export function sandboxCalendar(options: SandboxReaderOptions | SandboxGet = {}, { now = Date.now }: CalendarWindow = {}): LoadCalendar {
  const get = typeof options === 'function' ? options : sandboxReader(options);
  // Every page: the sandbox pages as Graph does.
  return async (userId) => entriesOf(await allPages(get, userId, calendarViewPath(now()), eventListSchema));
}
