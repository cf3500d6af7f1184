// What the gateway refuses before anything is sent: whatever the domain would
// refuse (its LIMITS, an address that is not one), and what Graph would
// refuse or misread (an empty session id would make every such follow-up
// share one transactionId). Pure, so it is tested without a network.
import { z } from 'zod';
import { LIMITS, type EpochMs } from '../domain';
import type { FollowUpRequest, FollowUpSlotRequest, GraphFailure } from '../ports';
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

const invalid = (message: string): GraphFailure => ({ kind: 'invalid', message, retryable: false });

/** A typed value in a sentence: one short line. */
const quoted = (text: string) => JSON.stringify(text.length > 60 ? `${text.slice(0, 59)}…` : text);

const isDate = (d: string) => /^\d{4}-\d{2}-\d{2}$/.test(d) && toEpoch({ dateTime: startOfDay(d), timeZone: 'UTC' }) !== null;

function lengthProblem(what: string, text: unknown, max: number, nullable = false): GraphFailure | null {
  if (nullable && text === null) return null;
  if (typeof text !== 'string') return invalid(`${what} is missing.`);
  return text.length > max ? invalid(`${what} is too long (at most ${max} characters).`) : null;
}

function durationProblem(minutes: number): GraphFailure | null {
  const { minFollowUpMinutes: min, maxFollowUpMinutes: max } = LIMITS;
  return Number.isInteger(minutes) && minutes >= min && minutes <= max ? null : invalid(`A follow-up lasts ${min} to ${max} minutes.`);
}

const zoneProblem = (timeZone: string) =>
  isKnownTimeZone(timeZone) ? null : invalid(`${quoted(timeZone)} is not a time zone Stagecoach knows.`);

function attendeeProblem(attendee: { address: string; displayName: string }, purpose: string): GraphFailure | null {
  const name = typeof attendee?.displayName === 'string' ? attendee.displayName : '';
  if (name.length > LIMITS.displayName)
    return invalid(`The name of the person to ${purpose} is too long (at most ${LIMITS.displayName} characters).`);
  const address = typeof attendee?.address === 'string' ? attendee.address.trim() : '';
  if (!address) return invalid(`There is no address to ${purpose} ${name || 'them'} with.`);
  if (!email.safeParse(address).success)
    return invalid(`${quoted(address)} is not an email address, so Stagecoach cannot ${purpose} ${name || 'them'}.`);
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
    return invalid('This session has no id, so Stagecoach cannot name its follow-up.');
  }
  if (request.sessionId.length > MAX_SESSION_ID) return invalid('This session’s id is too long to name its follow-up.');
  if (request.kind !== 'statusUpdate' && request.kind !== 'decisionMeeting')
    return invalid('Stagecoach does not know this kind of follow-up.');
  const zone = zoneProblem(request.timeZone);
  if (zone) return zone;
  const duration = durationProblem(request.durationMinutes);
  if (duration) return duration;
  if (!Number.isSafeInteger(request.start) || request.start < 0) return invalid('The follow-up has no time.');
  if (forCalendar && request.start <= now) return invalid('The follow-up must start in the future.');
  if (laterThanAllowed(request.start, now)) return invalid(`A follow-up can be at most ${LIMITS.maxDaysAhead} days ahead.`);
  const attendee = attendeeProblem(request.attendee, 'invite');
  if (attendee) return attendee;
  const texts =
    lengthProblem('The challenge', request.challenge, LIMITS.longText) ??
    lengthProblem('The chosen option', request.chosenOption, LIMITS.shortText, true) ??
    lengthProblem('The summary', request.coacheeSummary, LIMITS.longText, true) ??
    lengthProblem('The notes link', request.notesUrl, MAX_URL);
  if (texts) return texts;
  if (!Array.isArray(request.nextSteps) || request.nextSteps.length > LIMITS.itemsPerCollection) {
    return invalid(`A plan holds at most ${LIMITS.itemsPerCollection} next steps.`);
  }
  for (const step of request.nextSteps) {
    const problem =
      lengthProblem('A next step', step?.text, LIMITS.shortText) ??
      lengthProblem('A next step’s owner', step?.ownerName, LIMITS.displayName);
    if (problem) return problem;
    if (typeof step.due !== 'string' || !isDate(step.due))
      return invalid(`A next step is due on ${quoted(String(step.due))}, which is not a date.`);
  }
  return null;
}

/** Why free times cannot be looked for as asked, or null. */
export function slotRequestProblem(request: FollowUpSlotRequest, now: EpochMs): GraphFailure | null {
  const zone = zoneProblem(request.timeZone);
  if (zone) return zone;
  const duration = durationProblem(request.durationMinutes);
  if (duration) return duration;
  const attendee = attendeeProblem(request.attendee, 'look up');
  if (attendee) return attendee;
  if (typeof request.before !== 'string' || !isDate(request.before)) return invalid(`${quoted(String(request.before))} is not a date.`);
  const end = toEpoch({ dateTime: startOfDay(request.before), timeZone: request.timeZone });
  if (end === null || laterThanAllowed(end, now + DAY))
    return invalid(`Stagecoach looks for times at most ${LIMITS.maxDaysAhead} days ahead; pick an earlier date.`);
  const max = request.maxCandidates;
  if (max !== undefined && !(Number.isInteger(max) && max >= 1 && max <= MAX_CANDIDATES)) {
    return invalid(`Stagecoach suggests 1 to ${MAX_CANDIDATES} times.`);
  }
  return null;
}

/** Why this is not a chat to post to, or null. */
export function chatIdProblem(chatId: string): GraphFailure | null {
  if (typeof chatId !== 'string' || chatId.trim() === '') return invalid('There is no meeting chat to post the summary to.');
  if (chatId.length > MAX_CHAT_ID || /[\s\p{Cc}]/u.test(chatId)) return invalid('The meeting chat’s id is not one Teams gives.');
  return null;
}

/** Why this is not an invite's iCalUId, or null. */
export function iCalUIdProblem(iCalUId: string): GraphFailure | null {
  if (typeof iCalUId !== 'string' || iCalUId.trim() === '') return invalid('There is no invite to accept.');
  return iCalUId.length > MAX_ICALUID ? invalid('The invite’s id is too long to be one.') : null;
}
