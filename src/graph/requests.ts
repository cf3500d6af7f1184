// Pure request building: no graph-client here, so it runs and is tested in Node.
// Each builder takes only the fields it needs, never the whole session.
import type { AttendeeBase, Event, TimeConstraint } from '@microsoft/microsoft-graph-types';
import type { EpochMs } from '../domain';
import type { FollowUpRequest, FollowUpSlotRequest, FollowUpWords, GraphFailure, InvalidRequest, PlanStep } from '../ports';
import { escapeHtml, escapeMultiline, safeHref } from './escapeHtml';
import { nextGridPoint, SLOT_GRID_MINUTES } from './freeSlots';
import { followUpProblem, slotRequestProblem } from './requestChecks';
import { followUpTransactionId } from './transactionId';
import { graphTime, graphWallClock } from './timeZones';
import { startOfDay, toEpoch, wallClock, type DateTimeTimeZone } from './zonedTime';

/** Body of `POST /me/findMeetingTimes` (Graph's action parameters). */
export interface FindMeetingTimesBody {
  attendees: AttendeeBase[];
  timeConstraint: TimeConstraint;
  meetingDuration: string;
  maxCandidates: number;
  isOrganizerOptional: boolean;
  returnSuggestionReasons: boolean;
}

/** Body of `POST /me/calendar/getSchedule` (Graph's action parameters). */
export interface GetScheduleBody {
  /** SMTP addresses; the organizer (the signed-in coach) first. */
  schedules: string[];
  startTime: DateTimeTimeZone;
  endTime: DateTimeTimeZone;
  availabilityViewInterval: number;
}

export type Built<T> = { ok: true; body: T } | { ok: false; failure: GraphFailure };

const invalid = (problem: InvalidRequest): { ok: false; failure: GraphFailure } => ({
  ok: false,
  failure: { kind: 'invalid', retryable: false, ...problem },
});

/** Subjects are plain text (never HTML): one line, at most what Outlook shows and keeps. */
const SUBJECT_MAX = 255;

/** The worded subject on one line, cut with "…" should it be longer than a subject takes. */
export function followUpSubject(subject: string): string {
  const oneLine = subject.replace(/\s+/g, ' ').trim();
  if (oneLine.length <= SUBJECT_MAX) return oneLine;
  let short = '';
  for (const ch of oneLine) {
    if (short.length + ch.length > SUBJECT_MAX - 1) break;
    short += ch;
  }
  return `${short.trimEnd()}…`;
}

/** ISO 8601 duration for whole minutes, e.g. 90 → `PT1H30M`. */
export function isoMinutes(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return `PT${h ? `${h}H` : ''}${m || !h ? `${m}M` : ''}`;
}

/** HTML in the words' direction: right to left as a whole for a right-to-left language. */
export const inDirection = (words: FollowUpWords, html: string): string =>
  words.direction === 'rtl' ? `<div dir="rtl">${html}</div>` : html;

/** One next step: its worded line (text, owner and due date), escaped. */
const stepItem = (step: PlanStep): string => `<li>${escapeMultiline(step.line)}</li>`;

/** Earliest due first: the order the invite and the summary list the steps in. */
export const byDue = (steps: readonly PlanStep[]): PlanStep[] => [...steps].sort((a, b) => a.due.localeCompare(b.due));

/** The action plan as HTML, in the caller's words; every text, typed or worded, is escaped. */
export function planHtml(
  plan: Pick<FollowUpRequest, 'challenge' | 'nextSteps' | 'coacheeSummary' | 'chosenOption' | 'notesUrl' | 'words'>,
): string {
  const { words } = plan;
  const parts = [`<p><b>${escapeHtml(words.title)}</b></p>`];
  if (plan.challenge.trim()) parts.push(`<p>${escapeMultiline(plan.challenge)}</p>`);
  if (plan.chosenOption) parts.push(`<h3>${escapeHtml(words.chosenOptionHeading)}</h3><p>${escapeMultiline(plan.chosenOption)}</p>`);
  if (plan.nextSteps.length > 0) {
    parts.push(`<h3>${escapeHtml(words.nextStepsHeading)}</h3><ul>${byDue(plan.nextSteps).map(stepItem).join('')}</ul>`);
  }
  if (plan.coacheeSummary) {
    parts.push(`<h3>${escapeHtml(words.coacheeSummaryHeading)}</h3><p>${escapeMultiline(plan.coacheeSummary)}</p>`);
  }
  const href = safeHref(plan.notesUrl);
  if (href) parts.push(`<p><a href="${href}">${escapeHtml(words.notesLink)}</a></p>`);
  return parts.join('\n');
}

/**
 * The follow-up event for `POST /me/events`. Times are written in the coach's
 * IANA zone when Graph documents that name, else in UTC (same instant).
 */
export function buildFollowUpEvent(request: FollowUpRequest, now: EpochMs): Built<Event> {
  const problem = followUpProblem(request, now);
  if (problem) return { ok: false, failure: problem };
  const address = request.attendee.address.trim();
  const end = request.start + request.durationMinutes * 60_000;
  return {
    ok: true,
    body: {
      subject: followUpSubject(request.words.subject),
      body: { contentType: 'html', content: inDirection(request.words, planHtml(request)) },
      start: graphTime(request.start, request.timeZone),
      end: graphTime(end, request.timeZone),
      attendees: [{ type: 'required', emailAddress: { address, name: request.attendee.displayName } }],
      isOnlineMeeting: true,
      onlineMeetingProvider: 'teamsForBusiness',
      allowNewTimeProposals: true,
      transactionId: followUpTransactionId(request.sessionId),
    },
  };
}

/** What is wrong with a slot request before anything is asked, or null. */
function slotProblem(request: FollowUpSlotRequest, now: EpochMs): { ok: false; failure: GraphFailure } | null {
  const problem = slotRequestProblem(request, now);
  if (problem) return { ok: false, failure: problem };
  if (startOfDay(request.before) <= wallClock(now, request.timeZone)) return noTimeLeft(request);
  return null;
}

const noTimeLeft = (request: FollowUpSlotRequest) => invalid({ problem: 'noTimeLeft', before: request.before });

/**
 * `POST /me/findMeetingTimes`: the organizer (the signed-in coach) and the
 * attendee, in working hours, from now until the window's end date begins.
 */
export function buildFindMeetingTimes(request: FollowUpSlotRequest, now: EpochMs): Built<FindMeetingTimesBody> {
  const problem = slotProblem(request, now);
  if (problem) return problem;
  const from = wallClock(now, request.timeZone);
  const until = startOfDay(request.before);
  return {
    ok: true,
    body: {
      attendees: [
        {
          type: 'required',
          emailAddress: { address: request.attendee.address.trim(), name: request.attendee.displayName },
        },
      ],
      timeConstraint: {
        activityDomain: 'work',
        timeSlots: [{ start: graphWallClock(from, request.timeZone), end: graphWallClock(until, request.timeZone) }],
      },
      meetingDuration: isoMinutes(request.durationMinutes),
      maxCandidates: request.maxCandidates ?? 5,
      isOrganizerOptional: false,
      returnSuggestionReasons: true,
    },
  };
}

/** The longest getSchedule window asked for: Graph's limit is under 62 days. */
export const SCHEDULE_MAX_DAYS = 61;

/**
 * `POST /me/calendar/getSchedule`: the free/busy of the coach (`organizerAddress`,
 * first) and the attendee from now, rounded up to the coach's half hour, until
 * the window's end date begins in the coach's zone, at most SCHEDULE_MAX_DAYS
 * ahead. The view's cells are one grid step each and start on the grid, so
 * each cell is one candidate start.
 */
export function buildGetSchedule(request: FollowUpSlotRequest, organizerAddress: string, now: EpochMs): Built<GetScheduleBody> {
  const problem = slotProblem(request, now);
  if (problem) return problem;
  const organizer = organizerAddress.trim();
  if (!organizer) return invalid({ problem: 'noOwnAddress' });
  const attendee = request.attendee.address.trim();
  const from = nextGridPoint(now, request.timeZone);
  const due = toEpoch({ dateTime: startOfDay(request.before), timeZone: request.timeZone });
  if (due === null) return invalid({ problem: 'notADate', date: request.before });
  if (due <= from) return noTimeLeft(request);
  // Graph refuses a window of 62 days or more (ErrorTimeIntervalTooBig); the earliest slots are the ones offered.
  const until = Math.min(due, from + SCHEDULE_MAX_DAYS * 24 * 60 * 60_000);
  return {
    ok: true,
    body: {
      schedules: attendee.toLowerCase() === organizer.toLowerCase() ? [organizer] : [organizer, attendee],
      startTime: graphTime(from, request.timeZone),
      endTime: graphTime(until, request.timeZone),
      availabilityViewInterval: SLOT_GRID_MINUTES,
    },
  };
}

/** An OData string literal: single quotes doubled. */
export function odataString(value: string): string {
  return `'${value.replace(/'/g, "''")}'`;
}
