// The Graph sandbox's recurring series, as Outlook keeps them: each person's
// calendar holds one series master (type seriesMaster) with its
// patternedRecurrence; occurrences are expanded from it on demand (calendar
// views, instances, free/busy) and never stored, so /me/events lists only
// single events and masters, as Graph does. An occurrence that was changed
// (PATCH, a response) is an exception: its changed properties are kept beside
// the master, keyed by the occurrence's original start; the rest follows the
// series. Occurrence ids name their master and original start, so the same
// occurrence always has the same id (each person's copy its own); each
// occurrence's iCalUId is the series' with its date, as Exchange writes it.
import { randomBytes, randomUUID } from 'node:crypto';
import { toEpoch, wallClock } from '../../../src/graph/zonedTime';
import type { SandboxEvent, SandboxUser } from './graphSandbox';

type Json = Record<string, unknown>;

export interface SeriesAnswer {
  status: number;
  body?: unknown;
}

/** An event as the sandbox stores it: Graph's shape plus its instants. */
export interface SeriesStoredEvent {
  graph: SandboxEvent;
  startMs: number;
  endMs: number;
}

export interface SeriesOptions {
  /** Each user's calendar: singles and series masters by id. */
  calendars: Map<string, Map<string, SeriesStoredEvent>>;
  knowsZone: (zone: string) => boolean;
  /** A dateTimeTimeZone as Graph writes it (seven fractional digits). */
  graphDateTime: (ms: number, zone: string) => { dateTime: string; timeZone: string };
  webLinkOf: (id: string) => string;
  /** Reads a dateTimeTimeZone from a request body, or the refusal. */
  instant: (value: unknown, what: string) => number | SeriesAnswer;
}

/** What a test helper needs to set up a series in one line. */
export interface SandboxSeriesSpec {
  subject: string;
  /** Wall-clock start and end of the first occurrence (`YYYY-MM-DDTHH:mm:ss`) in `timeZone`. */
  start: string;
  end: string;
  timeZone: string;
  /** Who is invited: the sandbox's user ids or any addresses. */
  attendees?: string[];
  /** Graph's patternedRecurrence; without it, weekly on the start's weekday from its date, no end. */
  recurrence?: Json;
  /** Any other event properties (body, isOnlineMeeting, …); a Teams meeting unless they say otherwise. */
  event?: Json;
}

const DAY_MS = 86_400_000;
const DAY_NAMES = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'] as const;
/** The patterns the sandbox expands; Graph's others are refused as not implemented. */
const PATTERNS = ['daily', 'weekly', 'absoluteMonthly'] as const;
type PatternType = (typeof PATTERNS)[number];
/** How far a series is expanded at most (a noEnd series, a huge window): far beyond any test. */
const MAX_DAYS = 200 * 366;
/** Exchange's GlobalObjectId: 16 bytes of class id, then 4 bytes of the occurrence's date (zero for the series). */
const CLASS_ID_HEX = 32;

const odataError = (status: number, code: string, message: string): SeriesAnswer => ({
  status,
  body: { error: { code, message, innerError: { date: new Date().toISOString(), 'request-id': randomUUID() } } },
});
const badRequest = (message: string, code = 'ErrorInvalidRequest') => odataError(400, code, message);
const notFound = () => odataError(404, 'ErrorItemNotFound', 'The specified object was not found in the store.');
const notImplemented = (what: string) => badRequest(`The sandbox does not implement ${what}.`, 'BadRequest');

let lastModifiedMs = 0;
/**
 * A new lastModifiedDateTime and changeKey, as every save of an Outlook item
 * makes: strictly later than the one before, so tests can count changes.
 */
export function modified(): { lastModifiedDateTime: string; changeKey: string } {
  lastModifiedMs = Math.max(Date.now(), lastModifiedMs + 1);
  return { lastModifiedDateTime: new Date(lastModifiedMs).toISOString(), changeKey: randomBytes(12).toString('base64') };
}

// Local dates as day numbers (days since 1970-01-01), so date arithmetic needs no zone.
const dayOf = (date: string): number => Date.UTC(+date.slice(0, 4), +date.slice(5, 7) - 1, +date.slice(8, 10)) / DAY_MS;
const dateOf = (day: number): string => new Date(day * DAY_MS).toISOString().slice(0, 10);
const weekdayOfDay = (day: number): number => new Date(day * DAY_MS).getUTCDay();
const isDate = (text: unknown): text is string =>
  typeof text === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(text) && dateOf(dayOf(text)) === text;
/** Graph writes DateTimeOffset values in UTC without fractions. */
const utcText = (ms: number) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');

/** A series' rule, read from its master. */
interface Rule {
  type: PatternType;
  interval: number;
  days: Set<number>;
  firstDayOfWeek: number;
  dayOfMonth: number;
  startDay: number;
  endDay: number | null;
  count: number | null;
  /** The zone its dates and time of day are read in: the master's start zone. */
  zone: string;
  timeOfDay: string;
  durationMs: number;
}

interface NormalRecurrence {
  pattern: {
    type: PatternType;
    interval: number;
    month: number;
    dayOfMonth: number;
    daysOfWeek: string[];
    firstDayOfWeek: string;
    index: string;
  };
  range: { type: string; startDate: string; endDate: string; recurrenceTimeZone: string; numberOfOccurrences: number };
}

function ruleOf(recurrence: NormalRecurrence, zone: string, startMs: number, endMs: number): Rule {
  const { pattern, range } = recurrence;
  return {
    type: pattern.type,
    interval: pattern.interval,
    days: new Set(pattern.daysOfWeek.map((d) => DAY_NAMES.indexOf(d as (typeof DAY_NAMES)[number]))),
    firstDayOfWeek: DAY_NAMES.indexOf(pattern.firstDayOfWeek as (typeof DAY_NAMES)[number]),
    dayOfMonth: pattern.dayOfMonth,
    startDay: dayOf(range.startDate),
    endDay: range.type === 'endDate' ? dayOf(range.endDate) : null,
    count: range.type === 'numbered' ? range.numberOfOccurrences : null,
    zone,
    timeOfDay: wallClock(startMs, zone).slice(11),
    durationMs: endMs - startMs,
  };
}

function fitsPattern(rule: Rule, day: number): boolean {
  switch (rule.type) {
    case 'daily':
      return (day - rule.startDay) % rule.interval === 0;
    case 'weekly': {
      if (!rule.days.has(weekdayOfDay(day))) return false;
      const weekStart = (d: number) => d - ((weekdayOfDay(d) - rule.firstDayOfWeek + 7) % 7);
      return ((weekStart(day) - weekStart(rule.startDay)) / 7) % rule.interval === 0;
    }
    case 'absoluteMonthly': {
      const date = new Date(day * DAY_MS);
      const first = new Date(rule.startDay * DAY_MS);
      const months = (date.getUTCFullYear() - first.getUTCFullYear()) * 12 + date.getUTCMonth() - first.getUTCMonth();
      const monthLength = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 0)).getUTCDate();
      // Outlook puts "the 31st" on a shorter month's last day.
      return months % rule.interval === 0 && date.getUTCDate() === Math.min(rule.dayOfMonth, monthLength);
    }
  }
}

/** The local days of the series' occurrences up to `lastDay`, in order. */
function* occurrenceDays(rule: Rule, lastDay: number): Generator<number> {
  let found = 0;
  const stop = Math.min(lastDay, rule.endDay ?? Infinity, rule.startDay + MAX_DAYS);
  for (let day = rule.startDay; day <= stop; day++) {
    if (rule.count !== null && found >= rule.count) return;
    if (!fitsPattern(rule, day)) continue;
    found++;
    yield day;
  }
}

const occurrenceStart = (rule: Rule, day: number): number =>
  toEpoch({ dateTime: `${dateOf(day)}T${rule.timeOfDay}`, timeZone: rule.zone })!;

/** The original starts of the occurrences that may overlap [from, to). */
function originalStarts(rule: Rule, from: number, to: number): number[] {
  // A day of slack each side covers any zone's offset; the duration, an occurrence begun before `from`.
  const firstDay = Math.floor((from - rule.durationMs) / DAY_MS) - 1;
  const lastDay = Math.floor(to / DAY_MS) + 1;
  const starts: number[] = [];
  for (const day of occurrenceDays(rule, lastDay)) if (day >= firstDay) starts.push(occurrenceStart(rule, day));
  return starts;
}

/**
 * A recurrence as Graph keeps it, or the refusal: Graph's rules for each
 * pattern and range type (recurrencePattern, recurrenceRange), with the
 * range's start on the event's start date.
 */
function normalRecurrence(value: unknown, startMs: number, startZone: string, knowsZone: (zone: string) => boolean) {
  const recurrence = value as { pattern?: Json | null; range?: Json | null };
  const pattern = recurrence.pattern;
  const range = recurrence.range;
  if (!pattern || !range) return badRequest('A recurrence needs both a pattern and a range.');
  const type = pattern.type as string | null | undefined;
  if (type === undefined || type === null) return badRequest('The recurrence pattern needs a type.');
  if (!(PATTERNS as readonly string[]).includes(type)) return notImplemented(`${type} recurrence patterns`);
  const interval = pattern.interval as number | undefined;
  if (interval === undefined || interval < 1) return badRequest('The recurrence pattern needs an interval of 1 or more.');
  const daysOfWeek = (pattern.daysOfWeek ?? []) as string[];
  if (new Set(daysOfWeek).size !== daysOfWeek.length) return badRequest('daysOfWeek names a day twice.');
  if (type === 'weekly' && daysOfWeek.length === 0) return badRequest('A weekly recurrence pattern needs daysOfWeek.');
  const dayOfMonth = (pattern.dayOfMonth as number | undefined) ?? 0;
  if (dayOfMonth < 0 || dayOfMonth > 31) return badRequest('dayOfMonth must be from 1 to 31.');
  if (type === 'absoluteMonthly' && dayOfMonth === 0) return badRequest('An absoluteMonthly recurrence pattern needs dayOfMonth.');
  const month = (pattern.month as number | undefined) ?? 0;
  if (month < 0 || month > 12) return badRequest('month must be from 1 to 12.');

  const rangeType = range.type as string | null | undefined;
  if (rangeType === undefined || rangeType === null) return badRequest('The recurrence range needs a type.');
  const zone = (range.recurrenceTimeZone as string | null | undefined) ?? startZone;
  if (!knowsZone(zone)) {
    return badRequest(`A valid TimeZone value must be specified. '${zone}' is not supported.`, 'TimeZoneNotSupportedException');
  }
  const startDate = range.startDate;
  if (!isDate(startDate)) return badRequest('The recurrence range needs a startDate.');
  // recurrenceRange: "The value of startDate MUST correspond to the date value of the start property."
  if (startDate !== wallClock(startMs, zone).slice(0, 10)) {
    return badRequest(`The recurrence range's startDate ${startDate} is not the date the event starts.`);
  }
  const endDate = range.endDate;
  if (rangeType === 'endDate' && !isDate(endDate)) return badRequest('An endDate recurrence range needs an endDate.');
  if (rangeType === 'endDate' && (endDate as string) < startDate) return badRequest('The recurrence range ends before it starts.');
  const count = range.numberOfOccurrences as number | undefined;
  if (rangeType === 'numbered' && (count === undefined || count < 1)) {
    return badRequest('A numbered recurrence range needs numberOfOccurrences of 1 or more.');
  }
  const normal: NormalRecurrence = {
    pattern: {
      type: type as PatternType,
      interval,
      month,
      dayOfMonth,
      daysOfWeek,
      firstDayOfWeek: (pattern.firstDayOfWeek as string | null | undefined) ?? 'sunday',
      index: (pattern.index as string | null | undefined) ?? 'first',
    },
    range: {
      type: rangeType,
      startDate,
      endDate: rangeType === 'endDate' ? (endDate as string) : '0001-01-01',
      recurrenceTimeZone: zone,
      numberOfOccurrences: rangeType === 'numbered' ? count! : 0,
    },
  };
  return normal;
}

/** What Exchange keeps of an occurrence that was changed: the changed properties and its own times. */
interface Exception {
  fields: Json;
  startMs: number;
  endMs: number;
}

interface SeriesState {
  /** By original start. */
  exceptions: Map<number, Exception>;
  /** Original starts of deleted occurrences. */
  cancelled: Set<number>;
}

const OCCURRENCE_ID_PREFIX = 'AAMkAGOcc';
const OCCURRENCE_MAGIC = 'stagecoach-sandbox-occurrence';

/** Opaque to clients (base64, with Graph's trailing '='); the sandbox reads the master and original start back. */
const occurrenceId = (masterId: string, originalStart: number) =>
  `${OCCURRENCE_ID_PREFIX}${Buffer.from(`${OCCURRENCE_MAGIC}\n${masterId}\n${originalStart}`).toString('base64url')}=`;

function parseOccurrenceId(id: string): { masterId: string; originalStart: number } | null {
  if (!id.startsWith(OCCURRENCE_ID_PREFIX) || !id.endsWith('=')) return null;
  const [magic, masterId, start, ...rest] = Buffer.from(id.slice(OCCURRENCE_ID_PREFIX.length, -1), 'base64url')
    .toString('utf8')
    .split('\n');
  const originalStart = Number(start);
  if (magic !== OCCURRENCE_MAGIC || !masterId || !Number.isSafeInteger(originalStart) || rest.length) return null;
  return { masterId, originalStart };
}

/** Each occurrence's own iCalUId: the series' with the occurrence's date in bytes 16–19 (year, month, day). */
function occurrenceICalUId(seriesICalUId: string, originalStart: number): string {
  const d = new Date(originalStart);
  const hex = (n: number, width: number) => n.toString(16).toUpperCase().padStart(width, '0');
  const date = hex(d.getUTCFullYear(), 4) + hex(d.getUTCMonth() + 1, 2) + hex(d.getUTCDate(), 2);
  return seriesICalUId.slice(0, CLASS_ID_HEX) + date + seriesICalUId.slice(CLASS_ID_HEX + date.length);
}

const RESPONSE_OF = { accept: 'accepted', tentativelyAccept: 'tentativelyAccepted', decline: 'declined' } as const;
export type EventResponse = keyof typeof RESPONSE_OF;
export const responseOf = (action: EventResponse) => RESPONSE_OF[action];

export function createSandboxSeries(options: SeriesOptions) {
  const { calendars } = options;
  const states = new Map<string, SeriesState>();
  const stateOf = (masterId: string): SeriesState => {
    let state = states.get(masterId);
    if (!state) states.set(masterId, (state = { exceptions: new Map(), cancelled: new Set() }));
    return state;
  };
  const zoneOf = (master: SeriesStoredEvent) => (master.graph.start as { timeZone: string }).timeZone;
  const seriesRule = (master: SeriesStoredEvent) =>
    ruleOf(master.graph.recurrence as NormalRecurrence, zoneOf(master), master.startMs, master.endMs);
  const isMaster = (e: SeriesStoredEvent | undefined): boolean => e?.graph.type === 'seriesMaster';
  /** Every person's copy of the series (organizer and attendees), by the series' shared iCalUId. */
  const copiesOf = (master: SeriesStoredEvent) =>
    [...calendars.values()].flatMap((c) => [...c.values()].filter((e) => isMaster(e) && e.graph.iCalUId === master.graph.iCalUId));

  /** The occurrence as Graph answers it: the series' properties, then the exception's own. */
  function occurrenceOf(master: SeriesStoredEvent, originalStart: number): SeriesStoredEvent {
    const rule = seriesRule(master);
    const exception = stateOf(master.graph.id).exceptions.get(originalStart);
    const id = occurrenceId(master.graph.id, originalStart);
    const startMs = exception?.startMs ?? originalStart;
    const endMs = exception?.endMs ?? originalStart + rule.durationMs;
    const series: Json = { ...master.graph };
    delete series.transactionId; // only the creating app's master carries it
    const graph = structuredClone({
      ...series,
      id,
      webLink: options.webLinkOf(id),
      iCalUId: occurrenceICalUId(master.graph.iCalUId, originalStart),
      type: exception ? 'exception' : 'occurrence',
      seriesMasterId: master.graph.id,
      recurrence: null,
      originalStart: utcText(originalStart),
      ...exception?.fields,
      start: options.graphDateTime(startMs, rule.zone),
      end: options.graphDateTime(endMs, (master.graph.end as { timeZone: string }).timeZone),
    }) as unknown as SandboxEvent;
    return { graph, startMs, endMs };
  }

  /** The series' occurrences and exceptions that overlap [from, to), deleted ones left out. */
  function instancesOf(master: SeriesStoredEvent, from: number, to: number): SeriesStoredEvent[] {
    const state = stateOf(master.graph.id);
    const plain = originalStarts(seriesRule(master), from, to).filter((s) => !state.exceptions.has(s) && !state.cancelled.has(s));
    // Exceptions may have moved: each is judged by its own times.
    return [...plain, ...state.exceptions.keys()].map((s) => occurrenceOf(master, s)).filter((o) => o.startMs < to && from < o.endMs);
  }

  /** Whether `originalStart` is one of the series' occurrences (deleted ones included). */
  function isOriginal(master: SeriesStoredEvent, originalStart: number): boolean {
    return originalStarts(seriesRule(master), originalStart, originalStart + 1).includes(originalStart);
  }

  /** The user's occurrence with this id, with its master; undefined when there is none (or it was deleted). */
  function lookUp(userId: string, id: string) {
    const parsed = parseOccurrenceId(id);
    if (!parsed) return undefined;
    const master = calendars.get(userId)?.get(parsed.masterId);
    if (!master || !isMaster(master) || stateOf(master.graph.id).cancelled.has(parsed.originalStart)) return undefined;
    if (!stateOf(master.graph.id).exceptions.has(parsed.originalStart) && !isOriginal(master, parsed.originalStart)) return undefined;
    return { master, originalStart: parsed.originalStart, occurrence: occurrenceOf(master, parsed.originalStart) };
  }

  /** The exception kept for this copy's occurrence, made when it is first changed. */
  function exceptionOf(master: SeriesStoredEvent, originalStart: number): Exception {
    const exceptions = stateOf(master.graph.id).exceptions;
    let exception = exceptions.get(originalStart);
    if (!exception) {
      exception = { fields: {}, startMs: originalStart, endMs: originalStart + seriesRule(master).durationMs };
      exceptions.set(originalStart, exception);
    }
    return exception;
  }

  /** A new time asks again: the organizer's copy forgets the answers, an attendee's copy is not responded. */
  const askAgain = (e: SandboxEvent, attendees: SandboxEvent['attendees']): Json =>
    e.isOrganizer
      ? { attendees: attendees.map((a) => ({ ...a, status: { response: 'none', time: '0001-01-01T00:00:00Z' } })) }
      : { responseStatus: { response: 'notResponded', time: '0001-01-01T00:00:00Z' } };

  /**
   * Outlook keeps an occurrence between its neighbours: it may not be moved
   * onto or past the day of the occurrence before or after it.
   */
  function crossesNeighbour(master: SeriesStoredEvent, originalStart: number, newStart: number): boolean {
    const rule = seriesRule(master);
    const state = stateOf(master.graph.id);
    const localDay = (ms: number) => dayOf(wallClock(ms, rule.zone).slice(0, 10));
    let before: number | null = null;
    let after: number | null = null;
    for (const day of occurrenceDays(rule, localDay(originalStart) + MAX_DAYS)) {
      const start = occurrenceStart(rule, day);
      if (state.cancelled.has(start)) continue;
      const current = state.exceptions.get(start)?.startMs ?? start;
      if (start < originalStart) before = current;
      else if (start > originalStart) {
        after = current;
        break;
      }
    }
    const day = localDay(newStart);
    return (before !== null && day <= localDay(before)) || (after !== null && day >= localDay(after));
  }

  /**
   * The parts of a new event the series decides (POST /me/events): its
   * type, and for a recurring one the recurrence as Graph keeps it and the
   * master's times, which are its first occurrence's.
   */
  function plan(body: Json, startMs: number, endMs: number): SeriesAnswer | { startMs: number; endMs: number; fields: Json } {
    const stamp = modified();
    if (body.recurrence === undefined || body.recurrence === null) {
      return { startMs, endMs, fields: { type: 'singleInstance', seriesMasterId: null, recurrence: null, ...stamp } };
    }
    const startZone = (body.start as { timeZone: string }).timeZone;
    const endZone = (body.end as { timeZone: string }).timeZone;
    const recurrence = normalRecurrence(body.recurrence, startMs, startZone, options.knowsZone);
    if (!('pattern' in recurrence)) return recurrence;
    const rule = ruleOf(recurrence, startZone, startMs, endMs);
    const first = occurrenceDays(rule, Infinity).next();
    if (first.done) return badRequest('The recurrence has no occurrences.', 'ErrorRecurrenceHasNoOccurrence');
    const firstStart = occurrenceStart(rule, first.value);
    const firstEnd = firstStart + rule.durationMs;
    return {
      startMs: firstStart,
      endMs: firstEnd,
      fields: {
        type: 'seriesMaster',
        seriesMasterId: null,
        recurrence,
        originalStartTimeZone: startZone,
        originalEndTimeZone: endZone,
        start: options.graphDateTime(firstStart, startZone),
        end: options.graphDateTime(firstEnd, endZone),
        ...stamp,
      },
    };
  }

  return {
    plan,

    /** The user's single events, occurrences and exceptions overlapping [from, to) (of one series, if named); never masters. */
    instancesIn(userId: string, from: number, to: number, seriesMasterId?: string): SeriesStoredEvent[] {
      const calendar = calendars.get(userId);
      if (!calendar) return [];
      return [...calendar.values()]
        .filter((e) => seriesMasterId === undefined || e.graph.id === seriesMasterId)
        .flatMap((e) => (isMaster(e) ? instancesOf(e, from, to) : e.startMs < to && from < e.endMs ? [e] : []));
    },

    /** `GET /me/events/{id}/instances` is for a master of the caller's: the refusal otherwise. */
    checkMaster(userId: string, id: string): SeriesAnswer | null {
      const event = calendars.get(userId)?.get(id);
      if (!event) return lookUp(userId, id) ? notImplemented('instances of an occurrence') : notFound();
      return isMaster(event) ? null : notImplemented('instances of an event that is not a series master');
    },

    isOccurrenceId: (id: string) => parseOccurrenceId(id) !== null,

    /** The user's occurrence or exception with this id, as Graph answers it. */
    find: (userId: string, id: string) => lookUp(userId, id)?.occurrence,

    /**
     * PATCH of one occurrence: it becomes an exception with these changes.
     * The organizer's reach every attendee's copy of that occurrence; an
     * attendee's stay on their own copy. The series and the other
     * occurrences are untouched. Body checked against the schema already.
     */
    patchOccurrence(user: SandboxUser, id: string, body: Json): SeriesAnswer {
      const found = lookUp(user.userId, id);
      if (!found) return notFound();
      if ('recurrence' in body) return badRequest('An occurrence of a series cannot have its own recurrence.');
      const { master, originalStart, occurrence } = found;
      const start = body.start === undefined ? occurrence.startMs : options.instant(body.start, 'start');
      if (typeof start !== 'number') return start;
      const end = body.end === undefined ? occurrence.endMs : options.instant(body.end, 'end');
      if (typeof end !== 'number') return end;
      if (end <= start) return badRequest('The end of the event must be after its start.');
      const moved = start !== occurrence.startMs || end !== occurrence.endMs;
      if (moved && crossesNeighbour(master, originalStart, start)) {
        return badRequest(
          'An occurrence cannot be moved onto or past the day of the occurrence before or after it.',
          'ErrorOccurrenceCrossingBoundary',
        );
      }
      const changes: Json = { ...body, ...modified() };
      // Times live in the exception's instants; who is invited stays as created (Stagecoach never changes it).
      delete changes.start;
      delete changes.end;
      delete changes.attendees;
      const copies = master.graph.isOrganizer ? copiesOf(master) : [master];
      for (const copy of copies) {
        if (stateOf(copy.graph.id).cancelled.has(originalStart)) continue;
        const before = occurrenceOf(copy, originalStart).graph;
        const exception = exceptionOf(copy, originalStart);
        Object.assign(
          exception.fields,
          structuredClone(changes),
          moved && master.graph.isOrganizer ? askAgain(before, before.attendees) : {},
        );
        exception.startMs = start;
        exception.endMs = end;
      }
      return { status: 200, body: occurrenceOf(master, originalStart).graph };
    },

    /**
     * PATCH of a series master: the series changes, and with it every
     * occurrence that is not an exception (an exception keeps what was
     * changed on it). A new time or pattern discards the exceptions and
     * deleted occurrences, as Outlook warns it will. The organizer's changes
     * reach every copy; an attendee's stay on their own.
     */
    patchMaster(user: SandboxUser, stored: SeriesStoredEvent, body: Json): SeriesAnswer {
      if (!isMaster(stored)) return notImplemented('turning a single event into a series');
      if (body.recurrence === null) return notImplemented('turning a series into a single event');
      const start = body.start === undefined ? stored.startMs : options.instant(body.start, 'start');
      if (typeof start !== 'number') return start;
      const end = body.end === undefined ? stored.endMs : options.instant(body.end, 'end');
      if (typeof end !== 'number') return end;
      if (end <= start) return badRequest('The end of the event must be after its start.');
      const timed = start !== stored.startMs || end !== stored.endMs || body.recurrence !== undefined;
      const changes: Json = { ...body, ...modified() };
      delete changes.attendees;
      let times = { startMs: stored.startMs, endMs: stored.endMs };
      if (timed) {
        const startZone = ((body.start ?? stored.graph.start) as { timeZone: string }).timeZone;
        const endZone = ((body.end ?? stored.graph.end) as { timeZone: string }).timeZone;
        let recurrence = (body.recurrence ?? structuredClone(stored.graph.recurrence)) as Json;
        if (body.recurrence === undefined) {
          // A new start without a new recurrence: the pattern applies from the new start's date.
          const range = recurrence.range as Json;
          recurrence = { ...recurrence, range: { ...range, startDate: wallClock(start, range.recurrenceTimeZone as string).slice(0, 10) } };
        }
        const planned = plan({ recurrence, start: { timeZone: startZone }, end: { timeZone: endZone } }, start, end);
        if ('status' in planned) return planned;
        Object.assign(changes, planned.fields);
        times = { startMs: planned.startMs, endMs: planned.endMs };
      }
      for (const copy of stored.graph.isOrganizer ? copiesOf(stored) : [stored]) {
        const again = times.startMs !== copy.startMs || times.endMs !== copy.endMs ? askAgain(copy.graph, copy.graph.attendees) : {};
        Object.assign(copy.graph, structuredClone(changes), again);
        copy.startMs = times.startMs;
        copy.endMs = times.endMs;
        if (timed) states.delete(copy.graph.id);
      }
      return { status: 200, body: structuredClone(stored.graph) };
    },

    /**
     * accept, tentativelyAccept or decline of one occurrence by an attendee:
     * their copy of it becomes an exception with that response, and the
     * organizer's copy of it records the answer; the series and the other
     * occurrences keep theirs.
     */
    respond(user: SandboxUser, id: string, action: EventResponse): SeriesAnswer {
      const found = lookUp(user.userId, id);
      if (!found) return notFound();
      const { master, originalStart } = found;
      if (master.graph.isOrganizer) return badRequest("You can't respond to this meeting because you're the meeting organizer.");
      const response = RESPONSE_OF[action];
      const time = new Date().toISOString();
      Object.assign(exceptionOf(master, originalStart).fields, { responseStatus: { response, time }, ...modified() });
      for (const copy of copiesOf(master).filter((c) => c.graph.isOrganizer)) {
        if (stateOf(copy.graph.id).cancelled.has(originalStart)) continue;
        const attendees = occurrenceOf(copy, originalStart).graph.attendees.map((a) =>
          a.emailAddress.address.toLowerCase() === user.address.toLowerCase() ? { ...a, status: { response, time } } : a,
        );
        exceptionOf(copy, originalStart).fields.attendees = attendees;
      }
      return { status: 202 };
    },

    /**
     * DELETE of an occurrence: the organizer cancels it for everyone (it
     * leaves every copy's calendar); an attendee removes only their own.
     * Deleting singles and whole series is not implemented.
     */
    cancel(user: SandboxUser, id: string): SeriesAnswer {
      const found = lookUp(user.userId, id);
      if (!found) return calendars.get(user.userId)?.has(id) ? notImplemented('deleting a single event or a whole series') : notFound();
      const { master, originalStart } = found;
      for (const copy of master.graph.isOrganizer ? copiesOf(master) : [master]) {
        const state = stateOf(copy.graph.id);
        state.exceptions.delete(originalStart);
        state.cancelled.add(originalStart);
      }
      return { status: 204 };
    },

    /** The body of a POST /me/events for a test's series. */
    bodyOf(spec: SandboxSeriesSpec, addressOf: (who: string) => string): Json {
      const startDate = spec.start.slice(0, 10);
      return {
        subject: spec.subject,
        start: { dateTime: spec.start, timeZone: spec.timeZone },
        end: { dateTime: spec.end, timeZone: spec.timeZone },
        attendees: (spec.attendees ?? []).map((who) => ({ type: 'required', emailAddress: { address: addressOf(who) } })),
        isOnlineMeeting: true,
        onlineMeetingProvider: 'teamsForBusiness',
        recurrence: spec.recurrence ?? {
          pattern: { type: 'weekly', interval: 1, daysOfWeek: [DAY_NAMES[weekdayOfDay(dayOf(startDate))]] },
          range: { type: 'noEnd', startDate },
        },
        ...spec.event,
      };
    },
  };
}

export type SandboxSeries = ReturnType<typeof createSandboxSeries>;
