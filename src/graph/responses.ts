// Graph's answers are untrusted input: parsed with zod before anything uses them.
import { z } from 'zod';
import type { FollowUpSlot, FollowUpSlotRequest, GraphOutcome } from '../ports';
import { freeSlots, type Availability, type WorkingHours } from './freeSlots';
import type { GetScheduleBody } from './requests';
import { toEpoch } from './zonedTime';
import { ianaZone } from './zoneNames';

const dateTimeTimeZone = z.object({ dateTime: z.string(), timeZone: z.string() });

export const createdEventSchema = z.object({
  id: z.string().min(1).max(1024),
  iCalUId: z.string().min(1).max(1024),
  /** Graph sends it; a time other than the one asked for means an earlier attempt's event came back. */
  start: dateTimeTimeZone.nullish(),
});

export const eventListSchema = z.object({
  value: z.array(
    z.object({
      id: z.string().min(1).max(1024),
      iCalUId: z.string().min(1).max(1024),
      isOrganizer: z.boolean().nullish(),
      responseStatus: z.object({ response: z.string().nullish() }).nullish(),
    }),
  ),
  '@odata.nextLink': z.string().max(8192).nullish(),
});

export const meetingTimesSchema = z.object({
  emptySuggestionsReason: z.string().nullish(),
  meetingTimeSuggestions: z
    .array(
      z.object({
        confidence: z.number().nullish(),
        organizerAvailability: z.string().nullish(),
        attendeeAvailability: z.array(z.object({ availability: z.string().nullish() })).nullish(),
        meetingTimeSlot: z.object({ start: dateTimeTimeZone, end: dateTimeTimeZone }),
      }),
    )
    .default([]),
});

type MeetingTimes = z.infer<typeof meetingTimesSchema>;

/**
 * Whether getSchedule should be asked instead of taking this answer's slots:
 * - it has no suggestions only because Graph could not tell whether the
 *   attendee is free (a guest, someone outside the organization, free/busy
 *   that failed): findMeetingTimes counts an unknown attendee as 49% likely
 *   to come, under its default threshold of 50%;
 * - or every suggestion it has falls on a tentative time (slotsFrom drops
 *   them), while free times may lie past its few candidates.
 */
export function askScheduleInstead(result: MeetingTimes): boolean {
  const reason = (result.emptySuggestionsReason ?? '').toLowerCase();
  if (result.meetingTimeSuggestions.length > 0) return !result.meetingTimeSuggestions.some(freeForBoth);
  return reason === 'attendeesunavailableorunknown' || reason === 'unknown';
}

/**
 * Whether a suggestion is free for both, as getSchedule's slots are: Graph
 * also suggests times the coach or the attendee is tentative for, and a
 * suggestion should never land on something either may still go to. An
 * attendee Graph cannot see (unknown) does not hold a time up, as with getSchedule.
 */
function freeForBoth(s: MeetingTimes['meetingTimeSuggestions'][number]): boolean {
  const organizer = (s.organizerAvailability ?? 'free').toLowerCase();
  if (organizer !== 'free' && organizer !== 'workingelsewhere') return false;
  return (s.attendeeAvailability ?? []).every(({ availability }) =>
    ['free', 'workingelsewhere', 'unknown'].includes((availability ?? 'free').toLowerCase()),
  );
}

/** Slots as instants, earliest first; a slot whose times do not parse, or that is not free for both, is dropped. */
export function slotsFrom(result: MeetingTimes): FollowUpSlot[] {
  const slots: FollowUpSlot[] = [];
  for (const s of result.meetingTimeSuggestions) {
    if (!freeForBoth(s)) continue;
    const start = toEpoch(s.meetingTimeSlot.start);
    const end = toEpoch(s.meetingTimeSlot.end);
    if (start !== null && end !== null && end > start) slots.push({ start, end });
  }
  return slots.sort((a, b) => a.start - b.start);
}

/** `GET /me?$select=mail,userPrincipalName`. */
export const meSchema = z.object({
  mail: z.string().max(320).nullish(),
  userPrincipalName: z.string().max(1024).nullish(),
});

/** The address getSchedule knows the signed-in user by: the mailbox's, else the sign-in name; null without either. */
export function ownAddress(me: z.infer<typeof meSchema>): string | null {
  return me.mail?.trim() || me.userPrincipalName?.trim() || null;
}

/** `POST /me/calendar/getSchedule`'s answer: one scheduleInformation per address asked about. */
export const scheduleAnswerSchema = z.object({
  value: z.array(
    z.object({
      scheduleId: z.string().nullish(),
      availabilityView: z.string().nullish(),
      scheduleItems: z
        .array(z.object({ status: z.string().nullish(), start: dateTimeTimeZone.nullish(), end: dateTimeTimeZone.nullish() }))
        .nullish(),
      workingHours: z
        .object({
          daysOfWeek: z.array(z.string()).nullish(),
          startTime: z.string().nullish(),
          endTime: z.string().nullish(),
          timeZone: z.object({ name: z.string().nullish() }).nullish(),
        })
        .nullish(),
      error: z.object({ message: z.string().max(2000).nullish(), responseCode: z.string().nullish() }).nullish(),
    }),
  ),
});

type ScheduleInformation = z.infer<typeof scheduleAnswerSchema>['value'][number];

/**
 * Statuses a slot may overlap. Tentative counts as taken: a suggestion should
 * never land on something the person may still go to. In availabilityView,
 * 0 is free and 4 working elsewhere; 1 tentative, 2 busy, 3 away.
 */
const FREE_STATUSES = new Set(['free', 'workingElsewhere']);
const FREE_DIGITS = new Set(['0', '4']);

/** `HH:MM:SS` from Graph's `HH:MM[:SS[.fffffff]]`, or null. */
function timeOfDay(text: string | null | undefined): string | null {
  const m = /^(\d{2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?$/.exec(text ?? '');
  return m ? `${m[1]}:${m[2]}:${m[3] ?? '00'}` : null;
}

/**
 * Someone's working hours as Graph gives them, read in their own zone: Graph
 * names it the Windows way ("Pacific Standard Time"), or IANA. In
 * `fallbackZone` when the name maps to no zone (a custom zone Exchange gives
 * only by its offsets). Null when they cannot be used.
 */
function workingHoursOf(info: ScheduleInformation, fallbackZone: string | null): WorkingHours | null {
  const hours = info.workingHours;
  const start = timeOfDay(hours?.startTime);
  const end = timeOfDay(hours?.endTime);
  if (!hours?.daysOfWeek || start === null || end === null || start >= end) return null;
  const timeZone = ianaZone(hours.timeZone?.name ?? '') ?? fallbackZone;
  if (timeZone === null) return null;
  return { days: new Set(hours.daysOfWeek.map((d) => d.toLowerCase())), start, end, timeZone };
}

/** Busy times from the items and from the view (either alone may miss some); the view's cells start at `from`. */
function busyOf(info: ScheduleInformation, from: number, until: number, intervalMinutes: number): FollowUpSlot[] {
  const busy: FollowUpSlot[] = [];
  for (const item of info.scheduleItems ?? []) {
    if (item.status && FREE_STATUSES.has(item.status)) continue;
    const start = item.start ? toEpoch(item.start) : null;
    const end = item.end ? toEpoch(item.end) : null;
    if (start !== null && end !== null && end > start) busy.push({ start, end });
  }
  const cell = intervalMinutes * 60_000;
  [...(info.availabilityView ?? '')].forEach((digit, i) => {
    const start = from + i * cell;
    if (!FREE_DIGITS.has(digit) && start < until) busy.push({ start, end: Math.min(start + cell, until) });
  });
  return busy;
}

/** The coach's working hours when Graph gives none that can be used: Monday to Friday, 09:00–17:00 in their zone. */
const defaultWorkingHours = (timeZone: string): WorkingHours => ({
  days: new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday']),
  start: '09:00:00',
  end: '17:00:00',
  timeZone,
});

/**
 * Follow-up slots from getSchedule's answer to `asked` (first schedule the
 * coach): free for both, in the coach's working hours and the attendee's when
 * known, on the coach's half-hour grid, earliest first. An attendee whose
 * free/busy Graph could not give counts as free; the coach's own is required.
 */
export function slotsFromSchedule(
  answer: z.infer<typeof scheduleAnswerSchema>,
  asked: GetScheduleBody,
  request: FollowUpSlotRequest,
): GraphOutcome<FollowUpSlot[]> {
  const from = toEpoch(asked.startTime);
  const until = toEpoch(asked.endTime);
  const organizer = asked.schedules[0];
  if (from === null || until === null || organizer === undefined) return { ok: true, value: [] };
  const find = (address: string) => answer.value.find((info) => info.scheduleId?.trim().toLowerCase() === address.trim().toLowerCase());
  const own = find(organizer);
  if (!own || own.error) {
    const detail = own?.error?.message ? { detail: own.error.message.slice(0, 200) } : {};
    return { ok: false, failure: { kind: 'unknown', problem: 'ownFreeBusy', retryable: true, ...detail } };
  }
  const coach: Availability = {
    busy: busyOf(own, from, until, asked.availabilityViewInterval),
    workingHours: workingHoursOf(own, request.timeZone) ?? defaultWorkingHours(request.timeZone),
  };
  const people = [coach];
  const other = find(request.attendee.address);
  if (other && other !== own && !other.error) {
    people.push({ busy: busyOf(other, from, until, asked.availabilityViewInterval), workingHours: workingHoursOf(other, null) });
  }
  return {
    ok: true,
    value: freeSlots({
      from,
      until,
      durationMinutes: request.durationMinutes,
      timeZone: request.timeZone,
      maxCandidates: request.maxCandidates ?? 5,
      people,
    }),
  };
}

/** `POST /$batch`'s answer: one response per request, in any order. */
export const batchResponseSchema = z.object({
  responses: z.array(z.object({ id: z.string(), status: z.number().int(), body: z.unknown().optional() })),
});

/** Graph's error message inside an answer body, when there is one. */
export function errorMessageOf(body: unknown): string | undefined {
  const parsed = z.object({ error: z.object({ message: z.string().max(2000) }) }).safeParse(body);
  return parsed.success ? parsed.data.error.message : undefined;
}
