// Each simulated person's calendar, read from the local Graph sandbox:
// GET /me/events with that person's development token.
import { z } from 'zod';
import { toEpoch } from '../graph/wallClock';
import { linksIn, type ShownLink } from './inviteLinks';
import { allPages, nextLink, sandboxReader, type SandboxGet, type SandboxReaderOptions } from './sandboxGraph';

/** What a calendar entry shows; Graph sends these and `id`. */
export const CALENDAR_SELECT = 'subject,body,start,end,isOrganizer,responseStatus,iCalUId';

export type CalendarResponse = 'Organizer' | 'Accepted' | 'Tentative' | 'Declined' | 'Not responded';

export interface CalendarEntry {
  id: string;
  subject: string;
  /** The start as an instant, or null when Graph's value does not parse. */
  start: number | null;
  response: CalendarResponse;
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
      links: e.body?.contentType?.toLowerCase() === 'html' && e.body.content ? linksIn(e.body.content) : [],
    }))
    .sort((a, b) => (a.start ?? Infinity) - (b.start ?? Infinity));
}

/** A LoadCalendar over the sandbox reader (one per page: it finds the sandbox once). */
export function sandboxCalendar(options: SandboxReaderOptions | SandboxGet = {}): LoadCalendar {
  const get = typeof options === 'function' ? options : sandboxReader(options);
  // Every page: the sandbox pages events at Graph's 10, as Graph does.
  return async (userId) => entriesOf(await allPages(get, userId, `/me/events?$select=${CALENDAR_SELECT}`, eventListSchema));
}
