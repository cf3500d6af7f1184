import { z } from 'zod';
import type { EpochMs } from '../domain';
import type { EventLookup, GraphFailure, GraphOutcome, OwnEvent } from '../ports';
import { failureFromError, noExchangeMailbox, statusOf, unreadableAnswer } from './failures';
import { failed, GraphConnection, ScopesOption, SCOPES, type GraphClientOptions } from './graphClient';
import { eventsAround, isInstant } from './occurrenceCalls';
import { odataString } from './requests';

export type GraphEventLookupOptions = GraphClientOptions;

const ownEventSchema = z.object({
  id: z.string().min(1).max(1024),
  iCalUId: z.string().min(1).max(1024),
  webLink: z.string().max(8192).nullish(),
});

const eventsSchema = z.object({ value: z.array(ownEventSchema), '@odata.nextLink': z.string().max(8192).nullish() });

/** Pages of events with one iCalUId followed at most: one event and its copies fit in the first. */
const MAX_PAGES = 10;

const meSchema = z.object({ id: z.string().min(1).max(1024), displayName: z.string().max(1024).nullish() });

const EVENT_FIELDS = ['id', 'iCalUId', 'webLink'];

/** Only links into Outlook on the web are handed on: the page opens them. */
const safeLink = (link: string | null | undefined): string | null => (link && /^https:\/\//i.test(link) ? link : null);

const toOwnEvent = (e: z.infer<typeof ownEventSchema>): OwnEvent => ({ id: e.id, iCalUId: e.iCalUId, webLink: safeLink(e.webLink) });

/** Failures in the calendar's (or the profile's) terms, naming the permission `permission` when Graph refuses. */
function lookupFailure(permission: string, what: 'calendar' | 'profile') {
  return (error: unknown): GraphFailure => {
    const status = statusOf(error);
    if (status === 401 || status === 403) {
      return { kind: 'consent', need: what === 'calendar' ? 'readCalendar' : 'readProfile', permission, retryable: true };
    }
    const noMailbox = noExchangeMailbox(error);
    if (noMailbox) return noMailbox;
    if (status === 404) return { kind: 'notFound', what: what === 'calendar' ? 'meeting' : 'account', retryable: false };
    if (status === 429 || status === 503 || status === 504) return { kind: 'throttled', retryable: true };
    return failureFromError(error);
  };
}

/**
 * EventLookup over Microsoft Graph: the signed-in user's own events, read with
 * Calendars.ReadBasic (no bodies, no attendees), and `/me` with User.Read.
 * Every call only reads, so each is repeated after a lost connection.
 */
export class GraphEventLookup implements EventLookup {
  private readonly connection: GraphConnection;

  constructor(options: GraphEventLookupOptions) {
    this.connection = new GraphConnection(options, SCOPES.readEvents);
  }

  private get client() {
    return this.connection.client;
  }

  me(): Promise<GraphOutcome<{ userId: string; displayName: string }>> {
    return this.connection.call(
      SCOPES.profile,
      true,
      async () => {
        const answer: unknown = await this.client
          .api('/me')
          .select(['id', 'displayName'])
          .middlewareOptions([new ScopesOption(SCOPES.profile)])
          .get();
        const me = meSchema.safeParse(answer);
        return me.success ? { ok: true, value: { userId: me.data.id, displayName: me.data.displayName ?? '' } } : failed(unreadableAnswer);
      },
      lookupFailure('User.Read', 'profile'),
    );
  }

  eventById(eventId: string): Promise<GraphOutcome<OwnEvent>> {
    return this.readEvents(async () => {
      const answer: unknown = await this.client
        .api(`/me/events/${encodeURIComponent(eventId)}`)
        .select(EVENT_FIELDS)
        .middlewareOptions([new ScopesOption(SCOPES.readEvents)])
        .get();
      const event = ownEventSchema.safeParse(answer);
      return event.success ? { ok: true, value: toOwnEvent(event.data) } : failed(unreadableAnswer);
    });
  }

  eventByICalUId(iCalUId: string, around?: EpochMs): Promise<GraphOutcome<OwnEvent | null>> {
    return this.readEvents(async () => {
      const first = this.client
        .api('/me/events')
        .filter(`iCalUId eq ${odataString(iCalUId)}`)
        .select(EVENT_FIELDS)
        .middlewareOptions([new ScopesOption(SCOPES.readEvents)]);
      const events = await this.connection.readAll(first, eventsSchema, { scopes: SCOPES.readEvents, maxPages: MAX_PAGES });
      // Graph filtered already; checked again, since the answer is not trusted.
      const isIt = (e: { iCalUId: string }) => e.iCalUId === iCalUId;
      // An occurrence of a series is only in the calendar view, around the start the session records.
      const own =
        events.values.find(isIt) ??
        (isInstant(around)
          ? (await eventsAround(this.connection, around, { scopes: SCOPES.readEvents, fields: EVENT_FIELDS, item: ownEventSchema })).find(
              isIt,
            )
          : undefined);
      return { ok: true, value: own ? toOwnEvent(own) : null };
    });
  }

  private readEvents<T>(run: () => Promise<GraphOutcome<T>>): Promise<GraphOutcome<T>> {
    return this.connection.call(SCOPES.readEvents, true, run, lookupFailure('Calendars.ReadBasic', 'calendar'));
  }
}
