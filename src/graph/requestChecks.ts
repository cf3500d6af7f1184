// What the gateway refuses before anything is sent: whatever the domain would
// refuse (its LIMITS, an address that is not one), and what Graph would
// refuse or misread (an empty session id would make every such follow-up
// share one transactionId). Pure, so it is tested without a network.
import { z } from 'zod';
import { LIMITS, type EpochMs } from '../domain';
import type { AttendeePurpose, FollowUpRequest, FollowUpSlotRequest, GraphFailure, InvalidRequest, RequestText } from '../ports';
import { isKnownTimeZone, startOfDay, toEpoch } from './zonedTime';

const DAY = 86_400_000;
/** The longest session id the domain keeps. */
const MAX_SESSION_ID = 256;
/** The longest notes link the domain keeps. */
const MAX_URL = 2048;
/** iCalUIds as the domain records them. */
const MAX_ICALUID = 512;
/** Teams chat ids ("19:…@thread.v2") are far shorter; anything longer is not one. */
const MAX_CHAT_ID = 512;
/** Suggestions asked of Graph at most. */
const MAX_CANDIDATES = 100;

const email = z.email().max(LIMITS.address);

const invalid = (problem: InvalidRequest): GraphFailure => ({ kind: 'invalid', retryable: false, ...problem });

/** A typed value in a sentence: one short line. */
const short = (text: string) => (text.length > 60 ? `${text.slice(0, 59)}…` : text);

const isDate = (d: string) => /^\d{4}-\d{2}-\d{2}$/.test(d) && toEpoch({ dateTime: startOfDay(d), timeZone: 'UTC' }) !== null;

function lengthProblem(text: RequestText, value: unknown, max: number, nullable = false): GraphFailure | null {
  if (nullable && value === null) return null;
  if (typeof value !== 'string') return invalid({ problem: 'textMissing', text });
  return value.length > max ? invalid({ problem: 'textTooLong', text, max }) : null;
}

function durationProblem(minutes: number): GraphFailure | null {
  const { minFollowUpMinutes: min, maxFollowUpMinutes: max } = LIMITS;
  return Number.isInteger(minutes) && minutes >= min && minutes <= max ? null : invalid({ problem: 'followUpLength', min, max });
}

const zoneProblem = (timeZone: string) =>
  isKnownTimeZone(timeZone) ? null : invalid({ problem: 'unknownTimeZone', timeZone: short(String(timeZone)) });

function attendeeProblem(attendee: { address: string; displayName: string }, purpose: AttendeePurpose): GraphFailure | null {
  const name = typeof attendee?.displayName === 'string' ? attendee.displayName : '';
  if (name.length > LIMITS.displayName) return invalid({ problem: 'attendeeNameTooLong', purpose, max: LIMITS.displayName });
  const address = typeof attendee?.address === 'string' ? attendee.address.trim() : '';
  if (!address) return invalid({ problem: 'noAddress', purpose, name });
  if (!email.safeParse(address).success) return invalid({ problem: 'notAnAddress', purpose, address: short(address), name });
  return null;
}

function laterThanAllowed(at: EpochMs, now: EpochMs): boolean {
  return at - now > LIMITS.maxDaysAhead * DAY;
}

/**
 * Why the follow-up cannot be put on the calendar as asked, or null. For its
 * summary in a chat (`forCalendar` false) it may have begun already.
 */
export function followUpProblem(request: FollowUpRequest, now: EpochMs, forCalendar = true): GraphFailure | null {
  if (typeof request.sessionId !== 'string' || request.sessionId.trim() === '') {
    return invalid({ problem: 'noSessionId' });
  }
  if (request.sessionId.length > MAX_SESSION_ID) return invalid({ problem: 'sessionIdTooLong' });
  if (request.kind !== 'statusUpdate' && request.kind !== 'decisionMeeting') return invalid({ problem: 'unknownFollowUpKind' });
  const zone = zoneProblem(request.timeZone);
  if (zone) return zone;
  const duration = durationProblem(request.durationMinutes);
  if (duration) return duration;
  if (!Number.isSafeInteger(request.start) || request.start < 0) return invalid({ problem: 'noStart' });
  if (forCalendar && request.start <= now) return invalid({ problem: 'startInPast' });
  if (laterThanAllowed(request.start, now)) return invalid({ problem: 'tooFarAhead', days: LIMITS.maxDaysAhead });
  const attendee = attendeeProblem(request.attendee, 'invite');
  if (attendee) return attendee;
  const texts =
    lengthProblem('challenge', request.challenge, LIMITS.longText) ??
    lengthProblem('chosenOption', request.chosenOption, LIMITS.shortText, true) ??
    lengthProblem('summary', request.coacheeSummary, LIMITS.longText, true) ??
    lengthProblem('notesLink', request.notesUrl, MAX_URL);
  if (texts) return texts;
  if (!Array.isArray(request.nextSteps) || request.nextSteps.length > LIMITS.itemsPerCollection) {
    return invalid({ problem: 'tooManySteps', max: LIMITS.itemsPerCollection });
  }
  for (const step of request.nextSteps) {
    const problem =
      lengthProblem('stepText', step?.text, LIMITS.shortText) ?? lengthProblem('stepOwner', step?.ownerName, LIMITS.displayName);
    if (problem) return problem;
    if (typeof step.due !== 'string' || !isDate(step.due)) return invalid({ problem: 'stepDueNotADate', due: short(String(step.due)) });
  }
  return null;
}

/** Why free times cannot be looked for as asked, or null. */
export function slotRequestProblem(request: FollowUpSlotRequest, now: EpochMs): GraphFailure | null {
  const zone = zoneProblem(request.timeZone);
  if (zone) return zone;
  const duration = durationProblem(request.durationMinutes);
  if (duration) return duration;
  const attendee = attendeeProblem(request.attendee, 'lookUp');
  if (attendee) return attendee;
  if (typeof request.before !== 'string' || !isDate(request.before))
    return invalid({ problem: 'notADate', date: short(String(request.before)) });
  const end = toEpoch({ dateTime: startOfDay(request.before), timeZone: request.timeZone });
  if (end === null || laterThanAllowed(end, now + DAY)) return invalid({ problem: 'searchTooFar', days: LIMITS.maxDaysAhead });
  const max = request.maxCandidates;
  if (max !== undefined && !(Number.isInteger(max) && max >= 1 && max <= MAX_CANDIDATES)) {
    return invalid({ problem: 'candidates', max: MAX_CANDIDATES });
  }
  return null;
}

/** Why this is not a chat to post to, or null. */
export function chatIdProblem(chatId: string): GraphFailure | null {
  if (typeof chatId !== 'string' || chatId.trim() === '') return invalid({ problem: 'noChat' });
  if (chatId.length > MAX_CHAT_ID || /[\s\p{Cc}]/u.test(chatId)) return invalid({ problem: 'chatIdInvalid' });
  return null;
}

/** Why this is not an invite's iCalUId, or null. */
export function iCalUIdProblem(iCalUId: string): GraphFailure | null {
  if (typeof iCalUId !== 'string' || iCalUId.trim() === '') return invalid({ problem: 'noInvite' });
  return iCalUId.length > MAX_ICALUID ? invalid({ problem: 'inviteIdTooLong' }) : null;
}
