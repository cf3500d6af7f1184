import type { z } from 'zod';
import type { ChatMessage, Event } from '@microsoft/microsoft-graph-types';
import type { EpochMs } from '../domain';
import type {
  CalendarEventRef,
  CalendarGateway,
  FollowUpRequest,
  FollowUpSlot,
  FollowUpSlotRequest,
  GraphFailure,
  GraphOutcome,
  NextOccurrence,
  NextOccurrenceRequest,
  ScheduledFollowUp,
} from '../ports';
import { failureFromError, failureFromStatus, statusOf, unreadableAnswer } from './failures';
import { failed, GraphConnection, ScopesOption, SCOPES, signInFailure, type GraphClientOptions } from './graphClient';
import { toEpoch } from './zonedTime';
import { eventsAround, isInstant, readNextOccurrence, writePlanOnOccurrence } from './occurrenceCalls';
import { chatIdProblem, followUpProblem, iCalUIdProblem } from './requestChecks';
import { cardChatMessage } from './chatCard';
import { htmlChatMessage } from './chatSummary';
import { buildFindMeetingTimes, buildFollowUpEvent, buildGetSchedule, odataString } from './requests';
import {
  batchResponseSchema,
  createdEventSchema,
  errorMessageOf,
  eventListSchema,
  meetingTimesSchema,
  askScheduleInstead,
  meSchema,
  ownAddress,
  scheduleAnswerSchema,
  slotsFrom,
  slotsFromSchedule,
} from './responses';

/**
 * findMeetingTimes answers after which getSchedule is asked instead: the
 * request was refused (400), the coach may not see the attendee's calendar
 * that way (403), a mailbox was not found (404), or the mailbox does not
 * offer it (501). None says the app itself may not run: a token that cannot
 * be had never gets this far, and 401 is not here. Throttling and lost
 * connections are not here either: they are retried, then reported so the
 * coach can try again.
 */
const FALL_BACK_TO_SCHEDULE = new Set([400, 403, 404, 501]);

/**
 * The answer by which Teams refuses the summary card itself: 400, Bad
 * Request (a chat or tenant that takes no cards, a card it cannot read).
 * Only then is the plain HTML form sent instead, once. Throttling is retried
 * and then reported, a lost answer stays uncertain, 413 and 403 are about
 * the message or the permission, not the card: none of them sends HTML.
 */
const CARD_REFUSED = 400;
/** Graph's gateway gave up waiting: the work behind it may have been done. */
const GATEWAY_TIMEOUT = 504;

/** A summary whose posting may or may not have happened (its answer lost, or a 504): for the coach to look in the chat. */
const summaryUncertain = (failure: GraphFailure): GraphFailure => ({ ...failure, kind: 'offline', summaryUncertain: true });

/** Pages of events with one iCalUId followed at most: the invite and its copies fit in the first. */
const MAX_EVENT_PAGES = 10;

/** What finding the invite to accept reads of it. */
const ACCEPT_FIELDS = ['id', 'iCalUId', 'isOrganizer', 'responseStatus'];

/**
 * networkRetries: only calls safe to repeat are repeated after a lost
 * connection (the event carries a transactionId, accept and reads are
 * idempotent). A chat post is never repeated this way.
 */
export interface GraphCalendarGatewayOptions extends GraphClientOptions {
  now?: () => EpochMs;
}

export class GraphCalendarGateway implements CalendarGateway {
  private readonly connection: GraphConnection;
  private readonly now: () => EpochMs;
  /** The coach's own address once Graph has told it (it does not change while the app runs). */
  private organizerAddress: string | undefined;

  constructor(options: GraphCalendarGatewayOptions) {
    this.connection = new GraphConnection(options, SCOPES.writeCalendar);
    this.now = options.now ?? Date.now;
  }

  private get client() {
    return this.connection.client;
  }

  /**
   * findMeetingTimes first; getSchedule, with the slots worked out here, when
   * findMeetingTimes cannot answer for this mailbox or attendee (see
   * FALL_BACK_TO_SCHEDULE), or its answer leaves no time free for both
   * (askScheduleInstead). A failure of the fallback is the one reported.
   */
  async findFollowUpSlots(request: FollowUpSlotRequest): Promise<GraphOutcome<FollowUpSlot[]>> {
    const now = this.now();
    const built = buildFindMeetingTimes(request, now);
    if (!built.ok) return built;
    const last: { status?: number; askSchedule?: boolean } = {};
    const found = await this.call(SCOPES.findTimes, true, async () => {
      try {
        const answer = await this.client
          .api('/me/findMeetingTimes')
          .header('Prefer', 'outlook.timezone="UTC"')
          .middlewareOptions([new ScopesOption(SCOPES.findTimes)])
          .post(built.body);
        return parsed(meetingTimesSchema, answer, (result) => {
          last.askSchedule = askScheduleInstead(result);
          return slotsFrom(result);
        });
      } catch (error) {
        last.status = statusOf(error);
        throw error;
      }
    });
    const fallBack = found.ok ? last.askSchedule : last.status !== undefined && FALL_BACK_TO_SCHEDULE.has(last.status);
    return fallBack ? this.findSlotsBySchedule(request, now) : found;
  }

  private async findSlotsBySchedule(request: FollowUpSlotRequest, now: EpochMs): Promise<GraphOutcome<FollowUpSlot[]>> {
    const organizer = await this.ownAddress();
    if (!organizer.ok) return organizer;
    const built = buildGetSchedule(request, organizer.value, now);
    if (!built.ok) return built;
    return this.call(SCOPES.readSchedule, true, async () => {
      const answer: unknown = await this.client
        .api('/me/calendar/getSchedule')
        .header('Prefer', 'outlook.timezone="UTC"')
        .middlewareOptions([new ScopesOption(SCOPES.readSchedule)])
        .post(built.body);
      const schedule = scheduleAnswerSchema.safeParse(answer);
      return schedule.success ? slotsFromSchedule(schedule.data, built.body, request) : failed(unreadableAnswer);
    });
  }

  /**
   * The address getSchedule knows the signed-in coach by. The port's slot
   * request names only the attendee, and the UI knows the coach only by a
   * Teams login hint, which need not be their mailbox address; so Graph is
   * asked once (`GET /me`, User.Read, which MSAL sign-ins commonly carry
   * already) and the answer kept for the gateway's life.
   */
  private async ownAddress(): Promise<GraphOutcome<string>> {
    if (this.organizerAddress !== undefined) return { ok: true, value: this.organizerAddress };
    const me = await this.call(SCOPES.profile, true, async () => {
      const answer: unknown = await this.client
        .api('/me')
        .select(['mail', 'userPrincipalName'])
        .middlewareOptions([new ScopesOption(SCOPES.profile)])
        .get();
      return parsed(meSchema, answer, ownAddress);
    });
    if (!me.ok) return me;
    if (me.value === null) {
      return failed({ kind: 'notFound', what: 'mailbox', retryable: false });
    }
    this.organizerAddress = me.value;
    return { ok: true, value: me.value };
  }

  async createFollowUp(request: FollowUpRequest): Promise<GraphOutcome<CalendarEventRef>> {
    const built = buildFollowUpEvent(request, this.now());
    if (!built.ok) return built;
    return this.call(SCOPES.writeCalendar, true, async () => {
      const answer = await this.client
        .api('/me/events')
        .middlewareOptions([new ScopesOption(SCOPES.writeCalendar)])
        .post(built.body);
      return this.matchRequest(answer, request, built.body);
    });
  }

  /**
   * The transactionId names the session's follow-up, not its time: after an
   * attempt whose answer was lost, a retry at another time gets the first
   * attempt's event back. Moving that event to the time asked for keeps one
   * event, at the time the session records.
   */
  private async matchRequest(answer: unknown, request: FollowUpRequest, body: Event): Promise<GraphOutcome<CalendarEventRef>> {
    const created = createdEventSchema.safeParse(answer);
    if (!created.success) return failed(unreadableAnswer);
    const { id, iCalUId, start } = created.data;
    const at = start ? toEpoch(start) : null;
    if (at !== null && at !== request.start) {
      await this.client
        .api(`/me/events/${encodeURIComponent(id)}`)
        .middlewareOptions([new ScopesOption(SCOPES.writeCalendar)])
        .patch({ subject: body.subject, body: body.body, start: body.start, end: body.end, attendees: body.attendees });
    }
    return { ok: true, value: { eventId: id, iCalUId } };
  }

  async acceptInvite(iCalUId: string, around?: EpochMs): Promise<GraphOutcome<void>> {
    const problem = iCalUIdProblem(iCalUId);
    if (problem) return failed(problem);
    return this.call(SCOPES.writeCalendar, true, async () => {
      const first = this.client
        .api('/me/events')
        .filter(`iCalUId eq ${odataString(iCalUId)}`)
        .select(ACCEPT_FIELDS)
        .middlewareOptions([new ScopesOption(SCOPES.writeCalendar)]);
      const list = await this.connection.readAll(first, eventListSchema, { scopes: SCOPES.writeCalendar, maxPages: MAX_EVENT_PAGES });
      const isInvite = (e: { iCalUId: string; isOrganizer?: boolean | null }) => e.iCalUId === iCalUId && e.isOrganizer !== true;
      // An occurrence of a series is only in the calendar view, around the start the session records.
      const invite =
        list.values.find(isInvite) ??
        (isInstant(around)
          ? (
              await eventsAround(this.connection, around, {
                scopes: SCOPES.writeCalendar,
                fields: ACCEPT_FIELDS,
                item: eventListSchema.shape.value.element,
              })
            ).find(isInvite)
          : undefined);
      if (!invite) {
        return failed({ kind: 'notFound', what: 'invite', retryable: true });
      }
      if (invite.responseStatus?.response === 'accepted') return { ok: true, value: undefined };
      await this.client
        .api(`/me/events/${encodeURIComponent(invite.id)}/accept`)
        .middlewareOptions([new ScopesOption(SCOPES.writeCalendar)])
        .post({ sendResponse: true });
      return { ok: true, value: undefined };
    });
  }

  findNextOccurrence(request: NextOccurrenceRequest): Promise<GraphOutcome<NextOccurrence>> {
    return readNextOccurrence(this.connection, request, this.now());
  }

  planOnOccurrence(request: FollowUpRequest, occurrenceId: string): Promise<GraphOutcome<CalendarEventRef>> {
    return writePlanOnOccurrence(this.connection, request, occurrenceId, this.now());
  }

  async postSummaryToChat(chatId: string, summary: FollowUpRequest): Promise<GraphOutcome<void>> {
    // The summary tells the follow-up and the plan: what the calendar would refuse, the chat is not told.
    const problem = chatIdProblem(chatId) ?? followUpProblem(summary, this.now(), false);
    if (problem) return failed(problem);
    // Not repeated after a lost connection: a chat message has no transactionId.
    return this.call(SCOPES.sendChat, false, async () => {
      try {
        await this.postMessage(chatId, cardChatMessage(summary));
      } catch (error) {
        if (statusOf(error) === GATEWAY_TIMEOUT) return failed(summaryUncertain(failureFromError(error)));
        if (statusOf(error) !== CARD_REFUSED) throw error;
        await this.postMessage(chatId, htmlChatMessage(summary));
      }
      return { ok: true, value: undefined };
    });
  }

  /** The summary as HTML, once: for a card Teams refused inside the closure's batch. */
  private postHtmlSummary(chatId: string, summary: FollowUpRequest): Promise<GraphOutcome<void>> {
    return this.call(SCOPES.sendChat, false, async () => {
      await this.postMessage(chatId, htmlChatMessage(summary));
      return { ok: true, value: undefined };
    });
  }

  private async postMessage(chatId: string, message: ChatMessage): Promise<void> {
    await this.client
      .api(chatMessagesPath(chatId))
      .middlewareOptions([new ScopesOption(SCOPES.sendChat), this.connection.notRepeatedAfterTimeout])
      .post(message);
  }

  async scheduleFollowUp(request: FollowUpRequest, summaryChatId: string | null): Promise<ScheduledFollowUp> {
    if (summaryChatId === null) return { event: await this.createFollowUp(request), summary: null };
    const built = buildFollowUpEvent(request, this.now());
    if (!built.ok) return { event: built, summary: null };
    // A chat that cannot be one costs the summary only: the follow-up still goes on the calendar.
    const chatProblem = chatIdProblem(summaryChatId);
    if (chatProblem) return { event: await this.createFollowUp(request), summary: failed(chatProblem) };
    const scopes = [...SCOPES.writeCalendar, ...SCOPES.sendChat];
    const json = { 'Content-Type': 'application/json' };
    if (!(await this.canSignIn(scopes))) return { event: failed(signInFailure), summary: failed(signInFailure) };
    let answer: unknown;
    try {
      answer = await this.client
        .api('/$batch')
        // It carries the chat message: sent again after a 504, it could post the summary twice.
        .middlewareOptions([new ScopesOption(scopes), this.connection.notRepeatedAfterTimeout])
        .post({
          requests: [
            { id: 'event', method: 'POST', url: '/me/events', headers: json, body: built.body },
            { id: 'summary', method: 'POST', url: chatMessagesPath(summaryChatId), headers: json, body: cardChatMessage(request) },
          ],
        });
    } catch (error) {
      // The batch failed as a whole or its answer was lost. The event is safe
      // to ask for again (same transactionId); whether the message went out is
      // unknown after a lost answer or a gateway timeout (504), so it is left to the coach to look.
      const failure = failureFromError(error);
      const event = await this.createFollowUp(request);
      const uncertain = failure.kind === 'offline' || statusOf(error) === GATEWAY_TIMEOUT;
      return { event, summary: failed(uncertain ? summaryUncertain(failure) : failure) };
    }
    const parts = batchResponseSchema.safeParse(answer);
    const part = (id: string) => (parts.success ? parts.data.responses.find((r) => r.id === id) : undefined);
    const eventPart = part('event');
    const summaryPart = part('summary');
    let event: GraphOutcome<CalendarEventRef>;
    if (eventPart?.status === 201 || eventPart?.status === 200) {
      try {
        event = await this.matchRequest(eventPart.body, request, built.body);
      } catch (error) {
        event = failed(failureFromError(error));
      }
    } else {
      const failure = eventPart ? failureFromStatus(eventPart.status, errorMessageOf(eventPart.body)) : unreadableAnswer;
      // Throttled or unreadable inside the batch: ask once more on its own, through the retry chain.
      event = failure.retryable && failure.kind !== 'consent' ? await this.createFollowUp(request) : failed(failure);
    }
    let summary: GraphOutcome<void>;
    if (summaryPart?.status === 201 || summaryPart?.status === 200) summary = { ok: true, value: undefined };
    else if (summaryPart?.status === CARD_REFUSED) summary = await this.postHtmlSummary(summaryChatId, request);
    else summary = failed(summaryPart ? failureFromStatus(summaryPart.status, errorMessageOf(summaryPart.body)) : unreadableAnswer);
    return { event, summary };
  }

  private canSignIn(scopes: readonly string[]): Promise<boolean> {
    return this.connection.canSignIn(scopes);
  }

  private call<T>(scopes: readonly string[], repeatable: boolean, run: () => Promise<GraphOutcome<T>>): Promise<GraphOutcome<T>> {
    return this.connection.call(scopes, repeatable, run);
  }
}

const chatMessagesPath = (chatId: string) => `/chats/${encodeURIComponent(chatId)}/messages`;

function parsed<S extends z.ZodType, T>(schema: S, answer: unknown, map: (value: z.infer<S>) => T): GraphOutcome<T> {
  const result = schema.safeParse(answer);
  return result.success ? { ok: true, value: map(result.data) } : failed(unreadableAnswer);
}
