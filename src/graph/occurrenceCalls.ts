// The calendar calls for a follow-up on the pair's recurring 1:1: finding the
// next occurrence, putting the plan into that occurrence only, and finding an
// occurrence again by its iCalUId (which `$filter` on /me/events never
// does: Graph lists only single events and series masters there).
import { z } from 'zod';
import type { EpochMs } from '../domain';
import type { CalendarEventRef, FollowUpRequest, GraphFailure, GraphOutcome, NextOccurrence, NextOccurrenceRequest } from '../ports';
import { unreadableAnswer } from './failures';
import { failed, ScopesOption, SCOPES, type GraphConnection } from './graphClient';
import { withPlan } from './occurrenceBody';
import { followUpProblem } from './requestChecks';
import { createdEventSchema } from './responses';
import {
  calendarViewQuery,
  calendarViewSchema,
  MAX_VIEW_PAGES,
  nextOccurrenceOf,
  OCCURRENCE_FIELDS,
  occurrenceWindow,
  VIEW_PAGE_SIZE,
} from './seriesOccurrences';

const DAY = 86_400_000;

/**
 * Days either side of the follow-up's recorded start in which its occurrence
 * is looked for by iCalUId: one its organizer moved within the week is found.
 */
export const AROUND_DAYS = 7;

/** Times in the answers in UTC, whatever the mailbox's own zone. */
const IN_UTC = { Prefer: 'outlook.timezone="UTC"' };

/**
 * The pair's next 1:1 (seriesOccurrences.ts says which), from the coach's
 * calendar view from now until the window's end. Calendars.ReadBasic: the
 * view's times, organizer and attendees, never a body.
 */
export async function readNextOccurrence(
  connection: GraphConnection,
  request: NextOccurrenceRequest,
  now: EpochMs,
): Promise<GraphOutcome<NextOccurrence>> {
  const asked = occurrenceWindow(request, now);
  if (!asked.ok) return asked;
  const { window } = asked;
  if (window === null) return { ok: true, value: { kind: 'none' } };
  const scopes = SCOPES.readEvents;
  return connection.call(scopes, true, async () => {
    const first = connection.client
      .api('/me/calendarView')
      .query(calendarViewQuery(window))
      .select(OCCURRENCE_FIELDS)
      .orderby('start/dateTime')
      .top(VIEW_PAGE_SIZE)
      .headers(IN_UTC)
      .middlewareOptions([new ScopesOption(scopes)]);
    const view = await connection.readAll(first, calendarViewSchema, { scopes, maxPages: MAX_VIEW_PAGES, headers: IN_UTC });
    return { ok: true, value: nextOccurrenceOf(view.values, request.attendee.address, window) };
  });
}

const occurrenceSchema = z.object({
  id: z.string().min(1).max(1024),
  iCalUId: z.string().min(1).max(1024),
  type: z.string().max(32).nullish(),
  isOrganizer: z.boolean().nullish(),
  body: z.object({ contentType: z.string().max(16).nullish(), content: z.string().max(4_000_000).nullish() }).nullish(),
});

/** Only an occurrence of a series the signed-in coach organizes is ever written to. */
const notOwnOccurrence: GraphFailure = {
  kind: 'invalid',
  problem: 'refused',
  retryable: false,
  detail: 'Not an occurrence of a series the signed-in user organizes.',
};

const eventIdProblem = (id: string): GraphFailure | null =>
  typeof id === 'string' && id.length > 0 && id.length <= 1024 && !/[\s\p{Cc}]/u.test(id)
    ? null
    : { kind: 'invalid', problem: 'refused', retryable: false, detail: 'Not an event id.' };

/**
 * Reads the occurrence (its body as HTML), then PATCHes only its body, only
 * when the plan in it differs (occurrenceBody.ts): a retry, a double click or
 * a second panel with the same plan writes nothing. The series, the other
 * occurrences, the time and the online meeting are never sent.
 */
export async function writePlanOnOccurrence(
  connection: GraphConnection,
  request: FollowUpRequest,
  occurrenceId: string,
  now: EpochMs,
): Promise<GraphOutcome<CalendarEventRef>> {
  const problem = followUpProblem(request, now) ?? eventIdProblem(occurrenceId);
  if (problem) return failed(problem);
  const scopes = SCOPES.writeCalendar;
  const path = `/me/events/${encodeURIComponent(occurrenceId)}`;
  return connection.call(scopes, true, async () => {
    const answer: unknown = await connection.client
      .api(path)
      .select(['id', 'iCalUId', 'type', 'isOrganizer', 'body'])
      .header('Prefer', 'outlook.body-content-type="html"')
      .middlewareOptions([new ScopesOption(scopes)])
      .get();
    const read = occurrenceSchema.safeParse(answer);
    if (!read.success) return failed(unreadableAnswer);
    const occurrence = read.data;
    if ((occurrence.type !== 'occurrence' && occurrence.type !== 'exception') || occurrence.isOrganizer !== true) {
      return failed(notOwnOccurrence);
    }
    const ref = { eventId: occurrence.id, iCalUId: occurrence.iCalUId };
    const update = withPlan(occurrence.body, request);
    if (!update.changed) return { ok: true, value: ref };
    const patched: unknown = await connection.client
      .api(path)
      .middlewareOptions([new ScopesOption(scopes)])
      .patch({ body: { contentType: 'html', content: update.content } });
    // The answer names the occurrence as it now is (an exception); without a readable one, as it was read.
    const after = createdEventSchema.safeParse(patched);
    return { ok: true, value: after.success ? { eventId: after.data.id, iCalUId: after.data.iCalUId } : ref };
  });
}

/** Whether `around` can be an instant to look around. */
export const isInstant = (around: EpochMs | undefined): around is EpochMs =>
  typeof around === 'number' && Number.isSafeInteger(around) && around >= 0;

/**
 * The user's own events in the calendar view around `around` (AROUND_DAYS
 * either side), occurrences included, each parsed with `item`; one that does
 * not parse is left out. Throws what a request throws (inside a call).
 */
export async function eventsAround<T>(
  connection: GraphConnection,
  around: EpochMs,
  options: { scopes: readonly string[]; fields: string[]; item: z.ZodType<T> },
): Promise<T[]> {
  const page = z.object({ value: z.array(options.item.nullable().catch(null)), '@odata.nextLink': z.string().max(8192).nullish() });
  const first = connection.client
    .api('/me/calendarView')
    .query(calendarViewQuery({ from: around - AROUND_DAYS * DAY, until: around + AROUND_DAYS * DAY }))
    .select(options.fields)
    .top(VIEW_PAGE_SIZE)
    .middlewareOptions([new ScopesOption(options.scopes)]);
  const events = await connection.readAll(first, page, { scopes: options.scopes, maxPages: MAX_VIEW_PAGES });
  return events.values.filter((e): e is NonNullable<typeof e> => e !== null) as T[];
}
