// A strict local Microsoft Graph for development and tests: in-memory
// calendars for the simulator's people, only the endpoints Stagecoach calls,
// every request body checked against Graph's own schema (../shared/graph).
// Never part of the app bundle.
import { randomUUID } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import path from 'node:path';
import Ajv2020, { type ValidateFunction } from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { findWindows, WINDOWS_TO_IANA_MAP } from 'windows-iana';
import { GRAPH_IANA_ZONES } from '../../../src/graph/timeZones';
import { isKnownTimeZone, toEpoch, wallClock, weekdayOf, type DateTimeTimeZone } from '../../../src/graph/zonedTime';
import { createSandboxChat } from './sandboxChat';
import { createSandboxDrive } from './sandboxDrive';
import { createSandboxSeries, modified, responseOf, type EventResponse, type SandboxSeriesSpec } from './sandboxSeries';
import { pageAsk, pageOf, type PageRule } from './sandboxPaging';
import { createSandboxTodo, type SandboxTodoList, type SandboxTodoTask } from './sandboxTodo';

export type { SandboxLinkedResource, SandboxTodoList, SandboxTodoTask } from './sandboxTodo';
export type { SandboxSeriesSpec } from './sandboxSeries';
export { ADAPTIVE_CARD_TYPE, MAX_CARD_VERSION, MAX_CHAT_MESSAGE_BYTES } from './sandboxChat';

/** Windows' zone names, as Graph takes them (Exchange's own). */
const WINDOWS_ZONES: ReadonlySet<string> = new Set(WINDOWS_TO_IANA_MAP.map((row) => row.windowsName));

/** Zones Graph takes in a dateTimeTimeZone: Windows names, UTC and the IANA names it documents. */
const graphKnowsZone = (zone: string) =>
  WINDOWS_ZONES.has(zone) || ((zone === 'UTC' || GRAPH_IANA_ZONES.has(zone)) && isKnownTimeZone(zone));

/** How Exchange names a person's zone in their mailbox settings and working hours: the Windows way. */
const windowsZoneOf = (ianaZone: string): string => findWindows(ianaZone)[0] ?? ianaZone;

/** Outlook's pages of events (and calendar views): 10 without $top, $top up to 1000. */
const EVENT_PAGES = { defaultSize: 10, maxTop: 1000 } as const;

/** Where CI and the worktrees keep the shared schema: beside the repository. */
const REPO_ROOT = path.resolve(__dirname, '../../..');
export const SCHEMA_PATH = path.resolve(REPO_ROOT, '../shared/graph/graph-v1.0-subset.schema.json');
const SCHEMA_ID = 'stagecoach:graph-v1.0-subset';

export interface SandboxUser {
  userId: string;
  displayName: string;
  address: string;
  /** IANA zone whose 09:00–17:00 Monday to Friday are this person's working hours. */
  timeZone: string;
  /**
   * False for a user whose mailbox is not in Exchange Online (a guest, or a
   * mailbox kept on-premises): their calendar and To Do answer 404
   * `MailboxNotEnabledForRESTAPI`, as Graph does. True when not given.
   */
  exchangeOnline?: boolean;
}

/** The simulator's people (src/simulator/meetingAddress.ts). */
export const SIMULATOR_USERS: SandboxUser[] = [
  { userId: 'sim-alex', displayName: 'Alex', address: 'alex@contoso.example', timeZone: 'Europe/Berlin' },
  { userId: 'sim-sam', displayName: 'Sam', address: 'sam@contoso.example', timeZone: 'Europe/Berlin' },
  { userId: 'sim-jordan', displayName: 'Jordan', address: 'jordan@contoso.example', timeZone: 'Europe/Berlin' },
];

/** The development token for a user: what a simulator token provider hands out. */
export const devToken = (userId: string): string => `dev.${userId}`;

/**
 * What the next request meets instead of a normal answer. Faults are used up
 * one per request, in order.
 * - `status`: answered with that status (and `Retry-After` when given), nothing done.
 * - `drop`: the connection is destroyed, `before` doing anything or `after` the work is done.
 * - `slow`: the work is done, the answer waits `ms` first (a client may time out meanwhile).
 * - `doneThenStatus`: the work is done, but answered with that status, as
 *   Graph's gateway answers 504 when the service behind it did the work too late.
 */
export type Fault =
  | { kind: 'status'; status: number; retryAfterSeconds?: number }
  | { kind: 'doneThenStatus'; status: number }
  | { kind: 'drop'; when: 'before' | 'after' }
  | { kind: 'slow'; ms: number };

type Json = Record<string, unknown>;

/** An event as one user's calendar holds it (Graph's shape) plus its instants. */
export interface SandboxEvent extends Json {
  id: string;
  iCalUId: string;
  subject: string;
  isOrganizer: boolean;
  transactionId?: string;
  responseStatus: { response: string; time: string };
  attendees: { type: string; emailAddress: { address: string; name?: string }; status: { response: string } }[];
}

interface StoredEvent {
  graph: SandboxEvent;
  startMs: number;
  endMs: number;
}

export interface SandboxRequest {
  method: string;
  path: string;
  /** The query string as sent (`?$top=100&…`), or ''. */
  query: string;
  userId: string | null;
  status: number;
}

/** A CORS preflight the sandbox answered (kept apart from `requests`: it is the browser's question, not a Graph call). */
export interface SandboxPreflight {
  path: string;
  origin: string | null;
  /** Access-Control-Request-Method: the method the browser wants to use. */
  method: string | null;
  /** Access-Control-Request-Headers, as the browser sent them. */
  headers: string | null;
}

export interface GraphSandbox {
  /** Graph's versioned root, e.g. `http://127.0.0.1:41234/v1.0`. */
  readonly baseUrl: string;
  /** A copy of the user's calendar (single events and series masters, as /me/events lists them), earliest first. */
  events(userId: string): SandboxEvent[];
  /**
   * Makes a recurring series as the organizer could in Outlook, checked as a
   * POST /me/events would be (throws with Graph's refusal); returns the
   * master's id. Weekly on the start's weekday, no end, a Teams meeting,
   * unless the spec says otherwise.
   */
  addSeries(organizerId: string, spec: SandboxSeriesSpec): string;
  /** A copy of the user's calendar view: single events, occurrences and exceptions overlapping [start, end), earliest first, times in UTC. */
  calendarView(userId: string, start: number, end: number): SandboxEvent[];
  /** Puts a block on a user's calendar (for findMeetingTimes and getSchedule), shown as busy unless `showAs` says otherwise. */
  addBusy(
    userId: string,
    start: number,
    end: number,
    subject?: string,
    showAs?: 'free' | 'tentative' | 'busy' | 'oof' | 'workingElsewhere',
  ): void;
  /** A copy of a chat's messages (Graph's shape), oldest first. */
  chatMessages(chatId: string): Json[];
  /** Only these users may read or post in the chat from now on (403 otherwise); null opens it to every user again. */
  setChatMembers(chatId: string, userIds: readonly string[] | null): void;
  /** Refuses every Adaptive Card from now on (400, as Teams refuses a card), or takes them again. */
  refuseCards(on: boolean): void;
  /** The bytes of a file in the user's app folder (`sessions/x.json`), exactly as stored; undefined when there is none. */
  driveFile(userId: string, path: string): Buffer | undefined;
  /** Writes a file into the user's app folder, as the user or another app could; returns its eTag. */
  putDriveFile(userId: string, path: string, bytes: string | Buffer): string;
  /** The paths of the files in the user's app folder. */
  driveFiles(userId: string): string[];
  /** The user's own To Do lists (everyone starts with the default "Tasks"). */
  todoLists(userId: string): SandboxTodoList[];
  /** A copy of every task in the user's own To Do lists, with linked resources and `listId`, oldest first. */
  todoTasks(userId: string): SandboxTodoTask[];
  /** Makes a To Do list as the user could in To Do itself; returns its id. */
  addTodoList(userId: string, displayName: string): string;
  /** Puts a task (Graph's create body, checked as a POST would be) into one of the user's lists; returns its id. */
  addTodoTask(userId: string, listId: string, task: Record<string, unknown>): string;
  /** Deletes one of the user's lists with its tasks, as they could in To Do itself. */
  deleteTodoList(userId: string, listId: string): void;
  /** Every request answered so far (faults included; CORS preflights are in `preflights`). */
  readonly requests: SandboxRequest[];
  /** Every CORS preflight answered so far. */
  readonly preflights: SandboxPreflight[];
  /** The next requests meet these faults, one each. */
  injectFaults(...faults: Fault[]): void;
  close(): Promise<void>;
}

interface Answer {
  status: number;
  headers?: Record<string, string>;
  body?: unknown;
  /** Bytes sent as they are (a file download) instead of a JSON body. */
  raw?: Buffer;
}

/** Where Outlook on the web opens an event: what Graph gives as its webLink. */
const webLinkOf = (eventId: string) => `https://outlook.office.com/calendar/item/${encodeURIComponent(eventId)}`;

const odataError = (status: number, code: string, message: string): Answer => ({
  status,
  body: { error: { code, message, innerError: { date: new Date().toISOString(), 'request-id': randomUUID() } } },
});

const badRequest = (message: string, code = 'ErrorInvalidRequest') => odataError(400, code, message);

/** Graph writes instants with seven fractional digits. */
const graphDateTime = (ms: number, timeZone: string) => ({
  dateTime: `${wallClock(ms, timeZone)}.0000000`,
  timeZone,
});

/** Properties Graph sets itself; a create that carries them is refused here. */
const SERVER_SET = [
  'id',
  'iCalUId',
  'createdDateTime',
  'lastModifiedDateTime',
  'changeKey',
  'organizer',
  'webLink',
  'type',
  'seriesMasterId',
  'originalStart',
];

export interface SandboxOptions {
  users?: SandboxUser[];
  schemaPath?: string;
  /** Where to listen on 127.0.0.1; 0 (the default) takes a free port. */
  port?: number;
  /** How long every answer (preflights, faults and dropped connections included) waits before it is sent; 0 by default. */
  latencyMs?: number;
  /**
   * The most items one page of a collection holds whatever $top asks
   * (server-driven paging, as Graph may answer fewer than asked). Without
   * them pages are Graph's own: events and calendar views 10 without $top
   * (up to 1000 with it), To Do 10 (up to 100), drive children 200 (up to 999).
   */
  eventPageSize?: number;
  drivePageSize?: number;
  todoPageSize?: number;
  /** The most chat messages one page holds whatever $top asks; Graph's 20 without $top (up to 50 with it) when not given. */
  chatPageSize?: number;
  /** Refuse every Adaptive Card in a chat message (400), as a chat that takes no cards would: for the app's fallback. */
  refuseCards?: boolean;
}

// CORS as Microsoft Graph does it: a browser page on any origin may call it
// with a bearer token (no cookies, so no Allow-Credentials), and may read the
// headers a client needs to back off and to report a failure.
/**
 * The host download URLs name. OneDrive for Business serves a file's bytes
 * from the user's SharePoint host, not from graph.microsoft.com: another
 * origin, another site and other connections to a browser. `localhost` on the
 * sandbox's own port is all of those to a page that talks to 127.0.0.1.
 */
const FILE_HOST = 'localhost';
/** getSchedule's longest window, as Graph refuses a longer one (ErrorTimeIntervalTooBig). */
const SCHEDULE_LIMIT_DAYS = 62;
/** What lives in the user's Exchange Online mailbox: their calendar, and To Do. */
const OUTLOOK_PATHS = /^\/me\/(events|calendar|calendarView|findMeetingTimes|todo)(\/|$)/;
const CORS_METHODS = 'GET, POST, PUT, PATCH, DELETE, OPTIONS';
const CORS_MAX_AGE_SECONDS = '3600';
/**
 * What a page may read of an answer beyond the safelisted headers. Not
 * Retry-After: Graph does not expose it to cross-origin pages (reported in
 * microsoftgraph/microsoft-graph-docs#17488, and by the JavaScript SDK's own
 * team as a service bug in msgraph-sdk-javascript#978), so a browser backs
 * off on its own schedule. Node reads every header either way.
 */
const CORS_EXPOSED = 'request-id';

const oneHeader = (value: string | string[] | undefined): string | undefined => (Array.isArray(value) ? value[0] : value);

/** The Graph schema, or an error that says where it should be and why it matters. */
function readSchema(schemaPath: string): object {
  if (!existsSync(schemaPath)) {
    throw new Error(
      `The Graph sandbox needs Microsoft Graph's JSON Schema at ${schemaPath} (the shared/graph folder beside the repository) to check every request body; it is not there.`,
    );
  }
  return JSON.parse(readFileSync(schemaPath, 'utf8')) as object;
}

export async function startGraphSandbox(options: SandboxOptions = {}): Promise<GraphSandbox> {
  const users = options.users ?? SIMULATOR_USERS;
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  addFormats(ajv);
  ajv.addSchema(readSchema(options.schemaPath ?? SCHEMA_PATH));
  const latencyMs = options.latencyMs ?? 0;
  if (!Number.isFinite(latencyMs) || latencyMs < 0) throw new Error(`latencyMs must be 0 or more, not ${latencyMs}.`);
  const validator = (name: string): ValidateFunction => {
    const v = ajv.getSchema(`${SCHEMA_ID}#/$defs/${name}`);
    if (!v) throw new Error(`The Graph schema has no $defs/${name}.`);
    return v;
  };
  const propertiesOf = (name: string) => new Set(Object.keys((validator(name).schema as { properties?: object }).properties ?? {}));
  /** What $select may name: the type's properties in the schema. */
  const eventProperties = propertiesOf('event');
  const userProperties = propertiesOf('user');
  const validate = {
    event: validator('event'),
    findMeetingTimes: validator('action.user.findMeetingTimes'),
    getSchedule: validator('action.calendar.getSchedule'),
    accept: validator('action.event.accept'),
    tentativelyAccept: validator('action.event.tentativelyAccept'),
    decline: validator('action.event.decline'),
    chatMessage: validator('chatMessage'),
    batch: validator('batch.request'),
  };
  let baseUrl = '';
  let downloadOrigin = '';
  const drive = createSandboxDrive({
    baseUrl: () => baseUrl,
    downloadOrigin: () => downloadOrigin,
    driveItem: validator('driveItem'),
    pageSize: options.drivePageSize,
    maxUploadBytes: 4 * 1024 * 1024,
  });
  const todo = createSandboxTodo({
    baseUrl: () => baseUrl,
    todoTaskList: validator('todoTaskList'),
    todoTask: validator('todoTask'),
    linkedResource: validator('linkedResource'),
    knowsZone: graphKnowsZone,
    pageSize: options.todoPageSize,
  });
  const eventPages: PageRule = { ...EVENT_PAGES, cap: options.eventPageSize };

  const calendars = new Map<string, Map<string, StoredEvent>>(users.map((u) => [u.userId, new Map()]));
  const series = createSandboxSeries({ calendars, knowsZone: graphKnowsZone, graphDateTime, webLinkOf, instant });
  const chat = createSandboxChat({
    baseUrl: () => baseUrl,
    chatMessage: validate.chatMessage,
    refuseCards: options.refuseCards,
    pageSize: options.chatPageSize,
  });
  const faults: Fault[] = [];
  const requests: SandboxRequest[] = [];
  const preflights: SandboxPreflight[] = [];
  const userByAddress = (address: string) => users.find((u) => u.address.toLowerCase() === address.toLowerCase());

  function schemaCheck(v: ValidateFunction, body: unknown, what: string): Answer | null {
    if (v(body)) return null;
    const details = (v.errors ?? [])
      .slice(0, 5)
      .map(
        (e) =>
          `${e.instancePath || '/'} ${e.message ?? ''}${e.params && 'additionalProperty' in e.params ? ` '${String(e.params.additionalProperty)}'` : ''}`,
      )
      .join('; ');
    return badRequest(`The ${what} does not match Microsoft Graph's schema: ${details}`, 'BadRequest');
  }

  function instant(value: unknown, what: string): number | Answer {
    const v = value as DateTimeTimeZone | undefined;
    if (!v || typeof v.dateTime !== 'string' || typeof v.timeZone !== 'string') {
      return badRequest(`${what} needs dateTime and timeZone.`);
    }
    if (!graphKnowsZone(v.timeZone)) {
      return badRequest(`A valid TimeZone value must be specified. '${v.timeZone}' is not supported.`, 'TimeZoneNotSupportedException');
    }
    const ms = toEpoch(v);
    return ms === null ? badRequest(`${what}.dateTime '${v.dateTime}' is not a date and time.`) : ms;
  }

  /** The zone Prefer: outlook.timezone names for times in an answer; UTC without one, as Graph does. */
  function preferredZone(prefer: string | undefined): string | Answer {
    const zone = /outlook\.timezone="([^"]+)"/.exec(prefer ?? '')?.[1] ?? 'UTC';
    return graphKnowsZone(zone) ? zone : badRequest(`'${zone}' is not a supported time zone.`, 'TimeZoneNotSupportedException');
  }

  /**
   * The properties `$select` names (null without one), after `always`; a name
   * the schema's type lacks is refused as Graph does.
   */
  function selectedFields(query: URLSearchParams, known: Set<string>, type: string, always: string[] = []): string[] | null | Answer {
    const select = query.get('$select');
    if (select === null) return null;
    const fields = [...always, ...select.split(',').map((f) => f.trim())];
    const unknown = fields.find((f) => !known.has(f));
    if (unknown !== undefined) {
      return odataError(400, 'RequestBroker--ParseUri', `Could not find a property named '${unknown}' on type 'microsoft.graph.${type}'.`);
    }
    return fields;
  }

  const pick = (all: Json, fields: string[] | null): Json =>
    fields ? Object.fromEntries(fields.filter((f) => f in all).map((f) => [f, all[f]])) : all;

  function createEvent(user: SandboxUser, body: Json): Answer {
    const invalid = schemaCheck(validate.event, body, 'event');
    if (invalid) return invalid;
    const serverSet = SERVER_SET.filter((p) => p in body);
    if (serverSet.length) return badRequest(`Read-only properties cannot be set: ${serverSet.join(', ')}.`);
    if (typeof body.subject !== 'string') return badRequest('An event needs a subject.');
    const start = instant(body.start, 'start');
    if (typeof start !== 'number') return start;
    const end = instant(body.end, 'end');
    if (typeof end !== 'number') return end;
    if (end <= start) return badRequest('The end of the event must be after its start.');
    const attendees = (body.attendees ?? []) as SandboxEvent['attendees'];
    if (attendees.some((a) => !a.emailAddress?.address)) return badRequest('Every attendee needs an email address.');
    // A series' type, recurrence and first occurrence's times (sandboxSeries.ts); a single event's type.
    const planned = series.plan(body, start, end);
    if ('status' in planned) return planned;

    const calendar = calendars.get(user.userId)!;
    // Graph: the same transactionId again is a retry of the same create.
    const transactionId = typeof body.transactionId === 'string' ? body.transactionId : undefined;
    if (transactionId) {
      const existing = [...calendar.values()].find((e) => e.graph.transactionId === transactionId);
      if (existing) return { status: 201, body: structuredClone(existing.graph) };
    }

    const iCalUId = `040000008200E00074C5B7101A82E008${randomUUID().replace(/-/g, '').toUpperCase()}`;
    const now = new Date().toISOString();
    const isOnline = body.isOnlineMeeting === true;
    const organizer = { emailAddress: { address: user.address, name: user.displayName } };
    const common = {
      ...body,
      iCalUId,
      createdDateTime: now,
      lastModifiedDateTime: now,
      ...planned.fields,
      organizer,
      isOnlineMeeting: isOnline,
      onlineMeeting: isOnline ? { joinUrl: `https://teams.microsoft.com/l/meetup-join/${iCalUId}` } : null,
      attendees: attendees.map((a) => ({
        type: a.type ?? 'required',
        emailAddress: a.emailAddress,
        status: { response: 'none', time: '0001-01-01T00:00:00Z' },
      })),
    };
    const id = randomUUID();
    const graph: SandboxEvent = {
      ...common,
      id,
      webLink: webLinkOf(id),
      subject: body.subject,
      isOrganizer: true,
      responseStatus: { response: 'organizer', time: '0001-01-01T00:00:00Z' },
    };
    calendar.set(graph.id, { graph, startMs: planned.startMs, endMs: planned.endMs });
    // Invites: a copy on each known attendee's calendar, same iCalUId, own id.
    for (const a of attendees) {
      const invitee = userByAddress(a.emailAddress.address);
      if (!invitee || invitee.userId === user.userId) continue;
      const copyId = randomUUID();
      const copy: SandboxEvent = {
        ...structuredClone(common),
        id: copyId,
        webLink: webLinkOf(copyId),
        subject: body.subject,
        isOrganizer: false,
        responseStatus: { response: 'notResponded', time: '0001-01-01T00:00:00Z' },
      };
      delete copy.transactionId; // only the creating app's copy carries it
      calendars.get(invitee.userId)!.set(copy.id, { graph: copy, startMs: planned.startMs, endMs: planned.endMs });
    }
    return { status: 201, body: structuredClone(graph) };
  }

  /**
   * PATCH /me/events/{id}: the organizer changes the event. Each invitee's copy
   * follows; a new time asks them again (their answer is reset), as Outlook does.
   * An attendee may change their own copy only. Occurrences and series masters
   * are sandboxSeries.ts's.
   */
  function updateEvent(user: SandboxUser, eventId: string, body: Json): Answer {
    const invalid = schemaCheck(validate.event, body, 'event');
    if (invalid) return invalid;
    const serverSet = [...SERVER_SET, 'transactionId'].filter((p) => p in body);
    if (serverSet.length) return badRequest(`Read-only properties cannot be set: ${serverSet.join(', ')}.`);
    if (series.isOccurrenceId(eventId)) return series.patchOccurrence(user, eventId, body);
    const stored = calendars.get(user.userId)!.get(eventId);
    if (!stored) return odataError(404, 'ErrorItemNotFound', 'The specified object was not found in the store.');
    if (stored.graph.type === 'seriesMaster' || (body.recurrence ?? null) !== null) return series.patchMaster(user, stored, body);
    const start = body.start === undefined ? stored.startMs : instant(body.start, 'start');
    if (typeof start !== 'number') return start;
    const end = body.end === undefined ? stored.endMs : instant(body.end, 'end');
    if (typeof end !== 'number') return end;
    if (end <= start) return badRequest('The end of the event must be after its start.');
    const moved = start !== stored.startMs || end !== stored.endMs;
    const changes: Json = { ...body, ...modified() };
    delete changes.attendees; // who is invited stays as created here: Stagecoach never changes it
    for (const calendar of calendars.values()) {
      for (const e of calendar.values()) {
        // An attendee's change stays on their own copy, as in Outlook: it never reaches the organizer.
        if (e.graph.iCalUId !== stored.graph.iCalUId || (!stored.graph.isOrganizer && e !== stored)) continue;
        Object.assign(e.graph, changes);
        e.startMs = start;
        e.endMs = end;
        if (!moved || !stored.graph.isOrganizer) continue;
        if (e.graph.isOrganizer) for (const a of e.graph.attendees) a.status = { response: 'none' };
        else e.graph.responseStatus = { response: 'notResponded', time: '0001-01-01T00:00:00Z' };
      }
    }
    return { status: 200, body: structuredClone(stored.graph) };
  }

  /**
   * The events as Graph lists them: start and end in the Prefer zone,
   * `$select`ed, one page at a time. A filter is applied page by page, as
   * Exchange scans: a page may hold fewer matches than asked, even none,
   * and still link to the next.
   */
  function eventPage(
    events: StoredEvent[],
    path: string,
    query: URLSearchParams,
    prefer: string | undefined,
    matches: (e: StoredEvent) => boolean = () => true,
  ): Answer {
    // Graph lists start and end in UTC unless Prefer: outlook.timezone names a zone.
    const zone = preferredZone(prefer);
    if (typeof zone !== 'string') return zone;
    // Outlook items always carry their id, selected or not.
    const fields = selectedFields(query, eventProperties, 'event', ['id']);
    if (fields !== null && !Array.isArray(fields)) return fields;
    const ask = pageAsk(query, eventPages);
    if ('refused' in ask) return badRequest(ask.refused);
    const page = pageOf(events, `${baseUrl}${path}`, query, ask);
    const value = page.value
      .filter(matches)
      .map((e) => pick({ ...e.graph, start: graphDateTime(e.startMs, zone), end: graphDateTime(e.endMs, zone) }, fields));
    return { status: 200, body: structuredClone({ ...page, value }) };
  }

  /** Query options a listing takes; any other is refused rather than ignored. */
  function onlyOptions(query: URLSearchParams, allowed: string[]): Answer | null {
    const other = [...query.keys()].find((k) => !allowed.includes(k));
    return other === undefined ? null : badRequest(`The sandbox does not implement '${other}' here.`);
  }

  function listEvents(user: SandboxUser, path: string, query: URLSearchParams, prefer: string | undefined): Answer {
    const unknown = onlyOptions(query, ['$filter', '$select', '$top', '$skiptoken']);
    if (unknown) return unknown;
    const events = [...calendars.get(user.userId)!.values()];
    const filter = query.get('$filter');
    if (filter === null) return eventPage(events, path, query, prefer);
    const m = /^iCalUId eq '((?:[^']|'')*)'$/.exec(filter.trim());
    if (!m) return badRequest(`The sandbox understands only $filter=iCalUId eq '…', not: ${filter}`);
    const wanted = m[1]!.replace(/''/g, "'");
    return eventPage(events, path, query, prefer, (e) => e.graph.iCalUId === wanted);
  }

  /** An ISO 8601 instant with a UTC offset or Z; Graph reads one without either as UTC. */
  function isoInstant(text: string | null): number | null {
    if (text === null || !/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?$/.test(text)) return null;
    const ms = Date.parse(/(Z|[+-]\d{2}:\d{2})$/.test(text) ? text : `${text}Z`);
    return Number.isNaN(ms) ? null : ms;
  }

  /**
   * `GET /me/calendarView`: the events that overlap [startDateTime,
   * endDateTime), both required, earliest first.
   */
  function calendarView(
    user: SandboxUser,
    path: string,
    query: URLSearchParams,
    prefer: string | undefined,
    seriesMasterId?: string,
  ): Answer {
    const unknown = onlyOptions(query, ['startDateTime', 'endDateTime', '$select', '$top', '$skiptoken', '$orderby']);
    if (unknown) return unknown;
    const from = isoInstant(query.get('startDateTime'));
    const to = isoInstant(query.get('endDateTime'));
    if (from === null || to === null) {
      return badRequest(
        "This request requires a time window specified by the query string parameters 'startDateTime' and 'endDateTime'.",
        'ErrorInvalidParameter',
      );
    }
    const orderby = query.get('$orderby');
    if (orderby !== null && orderby.trim() !== 'start/dateTime')
      return badRequest(`The sandbox orders calendar views only by start/dateTime, not: ${orderby}`);
    // Series expand into their occurrences and exceptions; masters are never in a view.
    const events = series
      .instancesIn(user.userId, from, to, seriesMasterId)
      .filter((e) => e.graph.isCancelled !== true)
      .sort((a, b) => a.startMs - b.startMs);
    return eventPage(events, path, query, prefer);
  }

  /** `GET /me/events/{id}`: one event of the caller's own calendar; any other id is not found. */
  function getEvent(user: SandboxUser, eventId: string, query: URLSearchParams, prefer: string | undefined): Answer {
    const stored = calendars.get(user.userId)!.get(eventId) ?? series.find(user.userId, eventId);
    if (!stored) return odataError(404, 'ErrorItemNotFound', 'The specified object was not found in the store.');
    const zone = preferredZone(prefer);
    if (typeof zone !== 'string') return zone;
    const fields = selectedFields(query, eventProperties, 'event', ['id']);
    if (fields !== null && !Array.isArray(fields)) return fields;
    const event = { ...stored.graph, start: graphDateTime(stored.startMs, zone), end: graphDateTime(stored.endMs, zone) };
    return { status: 200, body: structuredClone(pick(event, fields)) };
  }

  /** accept, tentativelyAccept or decline: the attendee's answer, which the organizer's copy learns. */
  function accept(user: SandboxUser, eventId: string, body: Json, action: EventResponse = 'accept'): Answer {
    const invalid = schemaCheck(validate[action], body, `${action} action`);
    if (invalid) return invalid;
    if (series.isOccurrenceId(eventId)) return series.respond(user, eventId, action);
    const response = responseOf(action);
    const stored = calendars.get(user.userId)!.get(eventId);
    if (!stored) return odataError(404, 'ErrorItemNotFound', 'The specified object was not found in the store.');
    if (stored.graph.isOrganizer) {
      return badRequest("You can't respond to this meeting because you're the meeting organizer.");
    }
    const time = new Date().toISOString();
    stored.graph.responseStatus = { response, time };
    // The organizer's copy learns the answer.
    for (const calendar of calendars.values()) {
      for (const e of calendar.values()) {
        if (e.graph.iCalUId !== stored.graph.iCalUId || !e.graph.isOrganizer) continue;
        for (const a of e.graph.attendees) {
          if (a.emailAddress.address.toLowerCase() === user.address.toLowerCase()) a.status = { response };
        }
      }
    }
    return { status: 202 };
  }

  /**
   * Someone's availability between start and end as findMeetingTimes reports
   * it: busy (or away) over tentative over working elsewhere over free;
   * unknown for anyone Graph cannot see (a guest, someone outside the organization).
   */
  function availability(userId: string | undefined, start: number, end: number): string {
    if (userId === undefined || !calendars.get(userId)) return 'unknown';
    const shown = new Set(
      series
        .instancesIn(userId, start, end)
        .filter((e) => e.graph.isCancelled !== true)
        .map(shownAs),
    );
    for (const status of ['busy', 'oof', 'tentative', 'workingElsewhere']) if (shown.has(status)) return status === 'oof' ? 'busy' : status;
    return 'free';
  }

  /** findMeetingTimes' chance that someone of this availability attends, in percent (Microsoft's documented figures). */
  const ATTENDANCE: Record<string, number> = { free: 100, workingElsewhere: 100, tentative: 50, busy: 0, unknown: 49 };

  function inWorkingHours(user: SandboxUser, start: number, end: number): boolean {
    const a = wallClock(start, user.timeZone);
    const b = wallClock(end - 1, user.timeZone);
    const day = weekdayOf(start, user.timeZone);
    return a.slice(0, 10) === b.slice(0, 10) && WORK_DAYS.includes(day) && a.slice(11) >= '09:00:00' && b.slice(11) < '17:00:00';
  }

  function findMeetingTimes(user: SandboxUser, body: Json, prefer: string | undefined): Answer {
    const invalid = schemaCheck(validate.findMeetingTimes, body, 'findMeetingTimes action');
    if (invalid) return invalid;
    const duration = /^PT(?:(\d+)H)?(?:(\d+)M)?$/.exec(String(body.meetingDuration ?? 'PT30M'));
    if (!duration || (!duration[1] && !duration[2])) return badRequest('The sandbox understands meetingDuration as PTnHnM.');
    const lengthMs = (+(duration[1] ?? 0) * 60 + +(duration[2] ?? 0)) * 60_000;
    const slots = ((body.timeConstraint as Json | undefined)?.timeSlots ?? []) as { start: unknown; end: unknown }[];
    if (slots.length === 0) return badRequest('timeConstraint.timeSlots is required.');
    const attendees = ((body.attendees ?? []) as { emailAddress?: { address?: string } }[]).map((a) =>
      userByAddress(a.emailAddress?.address ?? ''),
    );
    const max = typeof body.maxCandidates === 'number' ? body.maxCandidates : 20;
    // Graph keeps a time only when the attendees' average chance of coming reaches this (50% unless asked).
    const minimum = typeof body.minimumAttendeePercentage === 'number' ? body.minimumAttendeePercentage : 50;
    let unknownLeftOut = false;
    const zone = preferredZone(prefer);
    if (typeof zone !== 'string') return zone;
    const step = 30 * 60_000;
    const suggestions: Json[] = [];
    for (const slot of slots) {
      const from = instant(slot.start, 'timeSlots.start');
      if (typeof from !== 'number') return from;
      const to = instant(slot.end, 'timeSlots.end');
      if (typeof to !== 'number') return to;
      for (let t = Math.ceil(from / step) * step; t + lengthMs <= to && suggestions.length < max; t += step) {
        const end = t + lengthMs;
        if (!inWorkingHours(user, t, end)) continue;
        // The organizer's own busy time is never suggested; a tentative one is, and says so.
        const organizer = availability(user.userId, t, end);
        if (organizer === 'busy') continue;
        const each = attendees.map((a) => availability(a?.userId, t, end));
        const confidence = each.length === 0 ? 100 : each.reduce((sum, a) => sum + ATTENDANCE[a]!, 0) / each.length;
        if (confidence < minimum) {
          if (each.includes('unknown')) unknownLeftOut = true;
          continue;
        }
        suggestions.push({
          confidence,
          organizerAvailability: organizer,
          suggestionReason: 'Suggested because it is one of the nearest times when all attendees are available.',
          meetingTimeSlot: { start: graphDateTime(t, zone), end: graphDateTime(end, zone) },
          attendeeAvailability: each.map((a, i) => ({
            attendee: { type: 'required', emailAddress: (body.attendees as Json[])[i]!.emailAddress },
            availability: a,
          })),
          locations: [],
        });
      }
    }
    return {
      status: 200,
      body: {
        emptySuggestionsReason: suggestions.length ? '' : unknownLeftOut ? 'attendeesUnavailableOrUnknown' : 'attendeesUnavailable',
        meetingTimeSuggestions: suggestions,
      },
    };
  }

  /** `GET /me`: the signed-in user's profile, Graph's default properties or those `$select` names. */
  function me(user: SandboxUser, query: URLSearchParams): Answer {
    const profile: Json = {
      businessPhones: [],
      displayName: user.displayName,
      givenName: null,
      jobTitle: null,
      mail: user.address,
      mobilePhone: null,
      officeLocation: null,
      preferredLanguage: null,
      surname: null,
      userPrincipalName: user.address,
      id: user.userId,
    };
    const fields = selectedFields(query, userProperties, 'user');
    if (fields !== null && !Array.isArray(fields)) return fields;
    return { status: 200, body: pick(profile, fields) };
  }

  /** A person's calendar as free/busy: the status an event shows as, Graph's default being busy. */
  const shownAs = (e: StoredEvent): string => (typeof e.graph.showAs === 'string' ? e.graph.showAs : 'busy');
  /** availabilityView's digits; Graph writes workingElsewhere as 0, as older clients expect. */
  const VIEW_DIGIT: Record<string, number> = { free: 0, workingElsewhere: 0, tentative: 1, busy: 2, oof: 3 };
  const WORK_DAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'];

  /**
   * `POST /me/calendar/getSchedule`: each address's free/busy from startTime
   * to endTime. An address nobody here has gets an entry with an error, in a
   * 200 answer, as Graph does; others' items show no subject (free/busy only).
   */
  function getSchedule(user: SandboxUser, body: Json, prefer: string | undefined): Answer {
    const invalid = schemaCheck(validate.getSchedule, body, 'getSchedule action');
    if (invalid) return invalid;
    const schedules = body.schedules as string[] | undefined;
    if (!schedules || schedules.length === 0) return badRequest('schedules is required and must name at least one address.');
    if (body.startTime === undefined || body.endTime === undefined) return badRequest('startTime and endTime are required.');
    const from = instant(body.startTime, 'startTime');
    if (typeof from !== 'number') return from;
    const to = instant(body.endTime, 'endTime');
    if (typeof to !== 'number') return to;
    if (to <= from) return badRequest('endTime must be after startTime.');
    if (to - from > SCHEDULE_LIMIT_DAYS * 24 * 60 * 60_000) {
      return odataError(
        400,
        'ErrorTimeIntervalTooBig',
        `The requested time duration specified for FreeBusyViewOptions.TimeWindow is too long. The allowed limit = ${SCHEDULE_LIMIT_DAYS} days.`,
      );
    }
    const intervalMinutes = (body.availabilityViewInterval as number | undefined) ?? 30;
    if (intervalMinutes < 5 || intervalMinutes > 1440) {
      return badRequest('availabilityViewInterval must be between 5 and 1440 minutes.');
    }
    const zone = preferredZone(prefer);
    if (typeof zone !== 'string') return zone;
    const interval = intervalMinutes * 60_000;
    const value = schedules.map((address): Json => {
      const person = userByAddress(address);
      if (!person) {
        return {
          scheduleId: address,
          error: { message: `Unable to resolve e-mail address ${address} to an Active Directory object.`, responseCode: '5009' },
        };
      }
      const own = person.userId === user.userId;
      const events = series
        .instancesIn(person.userId, from, to)
        .filter((e) => e.graph.isCancelled !== true)
        .sort((a, b) => a.startMs - b.startMs);
      let view = '';
      for (let cell = from; cell < to; cell += interval) {
        const cellEnd = Math.min(cell + interval, to);
        const digits = events.filter((e) => e.startMs < cellEnd && cell < e.endMs).map((e) => VIEW_DIGIT[shownAs(e)] ?? 2);
        view += String(Math.max(0, ...digits));
      }
      return {
        scheduleId: address,
        availabilityView: view,
        scheduleItems: events.map((e) => ({
          isPrivate: false,
          status: shownAs(e),
          ...(own ? { subject: e.graph.subject, location: '' } : {}),
          start: graphDateTime(e.startMs, zone),
          end: graphDateTime(e.endMs, zone),
        })),
        workingHours: {
          daysOfWeek: WORK_DAYS,
          startTime: '09:00:00.0000000',
          endTime: '17:00:00.0000000',
          // Exchange names the zone of working hours the Windows way ("W. Europe Standard Time").
          timeZone: { name: windowsZoneOf(person.timeZone) },
        },
      };
    });
    return { status: 200, body: { value } };
  }

  /** One request, inside or outside a batch. `headers` are lower-case. */
  function route(
    method: string,
    url: URL,
    authorization: string | undefined,
    body: unknown,
    prefer?: string,
    headers: Record<string, string | undefined> = {},
  ): Answer & { userId: string | null } {
    const token = /^Bearer (\S+)$/.exec(authorization ?? '')?.[1];
    const user = users.find((u) => token === devToken(u.userId));
    if (!user) {
      return { ...odataError(401, 'InvalidAuthenticationToken', 'Access token is empty or not valid.'), userId: null };
    }
    const p = url.pathname.replace(/^\/v1\.0/, '').replace(/\/$/, '');
    const needsBody = method === 'POST' || method === 'PATCH';
    if (needsBody && (typeof body !== 'object' || body === null || Array.isArray(body))) {
      return { ...badRequest('The request body must be a JSON object.', 'BadRequest'), userId: user.userId };
    }
    const json = body as Json;
    const answer = ((): Answer => {
      if (user.exchangeOnline === false && OUTLOOK_PATHS.test(p)) {
        return odataError(404, 'MailboxNotEnabledForRESTAPI', 'The mailbox is either inactive, soft-deleted, or is hosted on-premise.');
      }
      const inDrive = drive.route(user, method, p, url, headers, body);
      if (inDrive) return inDrive;
      const inTodo = todo.route(user, method, p, url, body);
      if (inTodo) return inTodo;
      const inChat = chat.route(user, method, p, url, body);
      if (inChat) return inChat;
      let m: RegExpExecArray | null;
      if (method === 'POST' && (p === '/me/events' || p === '/me/calendar/events')) return createEvent(user, json);
      if (method === 'GET' && (p === '/me/events' || p === '/me/calendar/events')) return listEvents(user, p, url.searchParams, prefer);
      if (method === 'GET' && (p === '/me/calendarView' || p === '/me/calendar/calendarView'))
        return calendarView(user, p, url.searchParams, prefer);
      if (method === 'GET' && (m = /^\/me\/(?:calendar\/)?events\/([^/]+)$/.exec(p))) {
        return getEvent(user, decodeURIComponent(m[1]!), url.searchParams, prefer);
      }
      if (method === 'PATCH' && (m = /^\/me\/(?:calendar\/)?events\/([^/]+)$/.exec(p))) {
        return updateEvent(user, decodeURIComponent(m[1]!), json);
      }
      if (method === 'POST' && (m = /^\/me\/(?:calendar\/)?events\/([^/]+)\/(accept|tentativelyAccept|decline)$/.exec(p))) {
        return accept(user, decodeURIComponent(m[1]!), json, m[2] as EventResponse);
      }
      if (method === 'GET' && (m = /^\/me\/(?:calendar\/)?events\/([^/]+)\/instances$/.exec(p))) {
        const masterId = decodeURIComponent(m[1]!);
        return series.checkMaster(user.userId, masterId) ?? calendarView(user, p, url.searchParams, prefer, masterId);
      }
      if (method === 'DELETE' && (m = /^\/me\/(?:calendar\/)?events\/([^/]+)$/.exec(p))) {
        return series.cancel(user, decodeURIComponent(m[1]!));
      }
      if (method === 'POST' && p === '/me/findMeetingTimes') return findMeetingTimes(user, json, prefer);
      if (method === 'POST' && p === '/me/calendar/getSchedule') return getSchedule(user, json, prefer);
      if (method === 'GET' && p === '/me') return me(user, url.searchParams);
      return odataError(400, 'BadRequest', `The sandbox does not implement ${method} ${p}.`);
    })();
    return { ...answer, userId: user.userId };
  }

  function batch(authorization: string | undefined, body: unknown): Answer {
    const invalid = schemaCheck(validate.batch, body, '$batch request');
    if (invalid) return invalid;
    const items = (body as { requests: { id: string; method: string; url: string; headers?: Record<string, string>; body?: unknown }[] })
      .requests;
    if (new Set(items.map((r) => r.id)).size !== items.length) return badRequest('Batch request ids must be unique.');
    const responses = items.map((r) => {
      // Graph: "When a body is included with the request, the headers object must contain a value for Content-Type."
      const contentType = Object.entries(r.headers ?? {}).find(([name]) => name.toLowerCase() === 'content-type')?.[1];
      if (r.body !== undefined && !contentType?.startsWith('application/json')) {
        const refused = badRequest('Content-Type header must be specified for a request with a body.', 'BadRequest');
        return { id: r.id, status: refused.status, headers: { 'Content-Type': 'application/json' }, body: refused.body };
      }
      const url = new URL(`/v1.0/${r.url.replace(/^\//, '')}`, 'http://sandbox');
      const lower = Object.fromEntries(Object.entries(r.headers ?? {}).map(([k, v]) => [k.toLowerCase(), v]));
      const a = route(r.method, url, authorization, r.body, lower.prefer, lower);
      return {
        id: r.id,
        status: a.status,
        headers: { 'Content-Type': 'application/json' },
        ...(a.body === undefined ? {} : { body: a.body }),
      };
    });
    return { status: 200, body: { responses } };
  }

  const sockets = new Set<Socket>();
  const pending = new Set<ReturnType<typeof setTimeout>>();
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://sandbox');
      const method = req.method ?? 'GET';
      // One server, two hosts: Graph's (127.0.0.1) and the file host's (localhost), which only downloads.
      const onFileHost = (oneHeader(req.headers.host) ?? '').toLowerCase().startsWith(`${FILE_HOST}:`);
      const origin = oneHeader(req.headers.origin);
      // On every answer, faults and 401s included: a browser shows a page no
      // answer its origin may not read, not even the status.
      const cors: Record<string, string> = {
        'Access-Control-Allow-Origin': origin ?? '*',
        'Access-Control-Expose-Headers': CORS_EXPOSED,
        Vary: 'Origin',
        'request-id': randomUUID(),
      };
      /** Sends (or drops) after the configured latency, plus `extraMs`. */
      const later = (act: () => void, extraMs = 0) => {
        const ms = latencyMs + extraMs;
        if (ms <= 0) return act();
        const timer = setTimeout(() => {
          pending.delete(timer);
          act();
        }, ms);
        pending.add(timer);
      };

      // A CORS preflight is the browser asking, not a Graph call: answered
      // without a token, it uses up no fault and is recorded apart.
      if (method === 'OPTIONS') {
        const requestedHeaders = oneHeader(req.headers['access-control-request-headers']) ?? null;
        preflights.push({
          path: url.pathname,
          origin: origin ?? null,
          method: oneHeader(req.headers['access-control-request-method']) ?? null,
          headers: requestedHeaders,
        });
        const headers: Record<string, string> = {
          ...cors,
          'Access-Control-Allow-Methods': CORS_METHODS,
          'Access-Control-Max-Age': CORS_MAX_AGE_SECONDS,
        };
        if (requestedHeaders) headers['Access-Control-Allow-Headers'] = requestedHeaders;
        later(() => res.writeHead(204, headers).end());
        return;
      }

      const fault = faults.shift();
      const log = (status: number, userId: string | null = null) =>
        requests.push({ method, path: url.pathname, query: url.search, userId, status });
      if (fault?.kind === 'drop' && fault.when === 'before') {
        log(0);
        later(() => req.socket.destroy());
        return;
      }
      if (fault?.kind === 'status') {
        log(fault.status);
        const headers: Record<string, string> = { ...cors, 'Content-Type': 'application/json' };
        if (fault.retryAfterSeconds !== undefined) headers['Retry-After'] = String(fault.retryAfterSeconds);
        const body = JSON.stringify(odataError(fault.status, 'InjectedFault', `Injected ${fault.status}.`).body);
        later(() => res.writeHead(fault.status, headers).end(body));
        return;
      }
      let body: unknown = undefined;
      const raw = Buffer.concat(chunks);
      const text = method === 'PUT' ? '' : raw.toString('utf8');
      let answer: Answer & { userId?: string | null };
      // A PUT uploads a file: its body is bytes, kept as they came, never read as JSON.
      if (method === 'PUT') body = raw;
      if (text.length > 0) {
        try {
          body = JSON.parse(text);
        } catch {
          body = Symbol('unparsable');
        }
      }
      if (typeof body === 'symbol') {
        answer = badRequest('The request body is not JSON.', 'BadRequest');
      } else if (method === 'POST' && url.pathname === '/v1.0/$batch') {
        const auth = route('GET', new URL('/v1.0/me/events', 'http://sandbox'), req.headers.authorization, undefined);
        answer = auth.status === 401 ? auth : batch(req.headers.authorization, body);
      } else if (onFileHost) {
        // A pre-authenticated download URL, as OneDrive hands out: no token wanted, and nothing else served there.
        answer =
          method === 'GET' && url.pathname.startsWith('/download/')
            ? drive.download(decodeURIComponent(url.pathname.slice('/download/'.length)))
            : odataError(404, 'NotFound', 'The file host serves downloads only.');
      } else if (!url.pathname.startsWith('/v1.0/')) {
        answer = odataError(404, 'NotFound', 'Only /v1.0 is served.');
      } else {
        const headers = Object.fromEntries(Object.entries(req.headers).map(([k, v]) => [k, oneHeader(v)]));
        answer = route(method, url, req.headers.authorization, body, oneHeader(req.headers.prefer), headers);
      }
      if (fault?.kind === 'doneThenStatus') {
        log(fault.status, answer.userId ?? null);
        const gatewayError = JSON.stringify(odataError(fault.status, 'UnknownError', `Injected ${fault.status} after the work.`).body);
        later(() => res.writeHead(fault.status, { ...cors, 'Content-Type': 'application/json' }).end(gatewayError));
        return;
      }
      log(fault?.kind === 'drop' ? 0 : answer.status, answer.userId ?? null);
      if (fault?.kind === 'drop') {
        later(() => req.socket.destroy());
        return;
      }
      const headers = { ...cors, ...answer.headers };
      later(
        () => {
          if (answer.raw) res.writeHead(answer.status, headers).end(answer.raw);
          else if (answer.body === undefined) res.writeHead(answer.status, headers).end();
          else res.writeHead(answer.status, { 'Content-Type': 'application/json', ...headers }).end(JSON.stringify(answer.body));
        },
        fault?.kind === 'slow' ? fault.ms : 0,
      );
    });
  });
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  baseUrl = `http://127.0.0.1:${port}/v1.0`;
  downloadOrigin = `http://${FILE_HOST}:${port}`;

  return {
    baseUrl,
    events(userId) {
      const calendar = calendars.get(userId);
      if (!calendar) throw new Error(`No sandbox user ${userId}.`);
      return [...calendar.values()].sort((a, b) => a.startMs - b.startMs).map((e) => structuredClone(e.graph));
    },
    addSeries(organizerId, spec) {
      const organizer = users.find((u) => u.userId === organizerId);
      if (!organizer) throw new Error(`No sandbox user ${organizerId}.`);
      const addressOf = (who: string) => users.find((u) => u.userId === who)?.address ?? who;
      const answer = createEvent(organizer, series.bodyOf(spec, addressOf));
      if (answer.status !== 201) throw new Error(`Graph refused the series: ${JSON.stringify(answer.body)}`);
      return (answer.body as SandboxEvent).id;
    },
    calendarView(userId, start, end) {
      if (!calendars.has(userId)) throw new Error(`No sandbox user ${userId}.`);
      return series
        .instancesIn(userId, start, end)
        .filter((e) => e.graph.isCancelled !== true)
        .sort((a, b) => a.startMs - b.startMs)
        .map((e) => structuredClone({ ...e.graph, start: graphDateTime(e.startMs, 'UTC'), end: graphDateTime(e.endMs, 'UTC') }));
    },
    addBusy(userId, start, end, subject = 'Busy', showAs = 'busy') {
      const id = randomUUID();
      const graph = {
        id,
        iCalUId: id,
        subject,
        isOrganizer: true,
        responseStatus: { response: 'organizer', time: '' },
        attendees: [],
        showAs,
      };
      calendars.get(userId)!.set(id, { graph, startMs: start, endMs: end });
    },
    chatMessages: (chatId) => chat.messages(chatId),
    setChatMembers: (chatId, userIds) => chat.setMembers(chatId, userIds),
    refuseCards: (on) => chat.refuseCards(on),
    driveFile: (userId, path) => drive.file(userId, path),
    putDriveFile: (userId, path, bytes) => drive.put(userId, path, Buffer.from(bytes)),
    driveFiles: (userId) => drive.files(userId),
    todoLists: (userId) => todo.lists(userId),
    todoTasks: (userId) => todo.tasks(userId),
    addTodoList: (userId, displayName) => todo.addList(userId, displayName),
    addTodoTask: (userId, listId, task) => todo.addTask(userId, listId, task),
    deleteTodoList: (userId, listId) => todo.deleteList(userId, listId),
    requests,
    preflights,
    injectFaults: (...f) => void faults.push(...f),
    close: () =>
      new Promise<void>((resolve) => {
        for (const t of pending) clearTimeout(t);
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}
