import type { EpochMs, FollowUpKind, LocalDate } from '../domain';
import type { GraphFailure } from './failures';
import type { NextOccurrence, NextOccurrenceRequest } from './seriesOccurrence';

export type { GraphFailure, GraphFailureKind } from './failures';

/** A gateway call never rejects: it resolves to a value or to a failure. */
export type GraphOutcome<T> = { ok: true; value: T } | { ok: false; failure: GraphFailure };

/** Someone invited to the follow-up, as the calendar knows them. */
export interface CalendarAttendee {
  /** Email address or user principal name. */
  address: string;
  displayName: string;
}

/** Where to look for a follow-up time both people have free. */
export interface FollowUpSlotRequest {
  /** Who must be free besides the signed-in coach (the coachee). */
  attendee: CalendarAttendee;
  durationMinutes: number;
  /** The coach's IANA time zone; working hours and the window are read in it. */
  timeZone: string;
  /** Slots end before this date begins: the earliest next-step due date, or a date the coach picks. */
  before: LocalDate;
  /** At most this many suggestions (default 5). */
  maxCandidates?: number;
}

export interface FollowUpSlot {
  start: EpochMs;
  end: EpochMs;
}

/** One next step as it appears in the invite. */
export interface PlanStep {
  text: string;
  ownerName: string;
  /** Orders the steps: earliest due first. */
  due: LocalDate;
  /** The step as the invite says it, worded by the caller: its text, owner and due date ("… — Sam, due Dec 10, 2026"). */
  line: string;
  /** Who owns the step and when it is due, worded by the caller, for the chat card under the step's text ("Sam · due Dec 10, 2026"). */
  ownerDue: string;
}

/**
 * What the invite and the chat summary say around the plan, worded by the
 * caller in the reader's language (the coach's: the coach's panel sends them).
 * The gateway words nothing itself: it lays these out, escapes every one of
 * them (names are in them) and fits the summary to what Teams takes.
 */
export interface FollowUpWords {
  /** The reader's writing direction: an Arabic invite reads right to left. */
  direction: 'ltr' | 'rtl';
  /** The invite's subject: the kind and the challenge on one line ("Status update: …"). */
  subject: string;
  /** The plan's title: the kind of follow-up ("Status update"). */
  title: string;
  /** Over the chosen option ("Chosen option"). */
  chosenOptionHeading: string;
  /** Over the next steps ("Next steps"). */
  nextStepsHeading: string;
  /** Over the coachee's summary, naming them ("In Sam’s words"). */
  coacheeSummaryHeading: string;
  /** The link back to the session notes ("Open the session notes in Stagecoach"). */
  notesLink: string;
  /** The chat summary's heading ("Coaching session summary"). */
  summaryHeading: string;
  /** When the follow-up is, naming its time zone, and how long it lasts: one sentence. */
  followUpTime: string;
  /** The summary's word when not even the plan's texts fit in a chat message. */
  planTooLong: string;
  /** Where the plan is, when there is no link to it ("See the session notes in Stagecoach."). */
  seeNotes: string;
  /** The sentence for the `count` next steps a summary leaves out to fit. */
  moreSteps(count: number): string;
  /** The chat card's heading over the challenge ("Challenge"). */
  challengeHeading: string;
  /** The chat card's button to the session notes ("Open the notes"). */
  openNotes: string;
}

/**
 * What the follow-up invite says. Only what the invite needs: never the
 * whole session, so nothing coach-private can travel by accident.
 */
export interface FollowUpRequest {
  /** Identifies the follow-up: the same session always means the same event. */
  sessionId: string;
  kind: FollowUpKind;
  /** The agreed challenge statement, named in the subject. */
  challenge: string;
  start: EpochMs;
  durationMinutes: number;
  /** The coach's IANA time zone, e.g. `Europe/Berlin`. */
  timeZone: string;
  /** The coachee, a required attendee. */
  attendee: CalendarAttendee;
  nextSteps: PlanStep[];
  coacheeSummary: string | null;
  chosenOption: string | null;
  /** Link back to the notes tab. */
  notesUrl: string;
  /** Everything the invite and the summary say besides what people typed, already worded. */
  words: FollowUpWords;
}

/** The follow-up on the organizer's calendar; the iCalUId is shared by every copy of the invite. */
export interface CalendarEventRef {
  eventId: string;
  iCalUId: string;
}

/** The follow-up's event and, when the coach asked for it, the summary in the meeting chat. */
export interface ScheduledFollowUp {
  event: GraphOutcome<CalendarEventRef>;
  /** Null when no summary was asked for. */
  summary: GraphOutcome<void> | null;
}

/** The calendar and chat, in the app's own terms. Implemented over Microsoft Graph. */
export interface CalendarGateway {
  /** Times before the window's end when the coach and the attendee are both free, in working hours. */
  findFollowUpSlots(request: FollowUpSlotRequest): Promise<GraphOutcome<FollowUpSlot[]>>;
  /**
   * Puts the follow-up on the signed-in coach's calendar and invites the
   * attendee. Idempotent: repeating it for the same session (a retry, a
   * double click, a reload) gives back the same event, never a second one.
   */
  createFollowUp(request: FollowUpRequest): Promise<GraphOutcome<CalendarEventRef>>;
  /**
   * Accepts the invite on the signed-in user's own calendar (the coachee's),
   * found by its iCalUId. `around`, the follow-up's start as the session
   * records it, lets an occurrence of a series be found too (Graph never
   * lists occurrences by iCalUId).
   */
  acceptInvite(iCalUId: string, around?: EpochMs): Promise<GraphOutcome<void>>;
  /**
   * The earliest occurrence, from now until the window's end, of a recurring
   * series between the signed-in coach and the attendee alone; one the coach
   * organizes comes before one they do not.
   */
  findNextOccurrence(request: NextOccurrenceRequest): Promise<GraphOutcome<NextOccurrence>>;
  /**
   * Puts the plan into one occurrence's body (never the series': the
   * occurrence becomes an exception, as in Outlook), keeping its own text and
   * online meeting, in a section of its own. Idempotent: an unchanged plan
   * writes nothing; a changed one replaces that section in place. Refused for
   * anything but an occurrence the signed-in coach organizes.
   */
  planOnOccurrence(request: FollowUpRequest, occurrenceId: string): Promise<GraphOutcome<CalendarEventRef>>;
  /**
   * The closure in one go: the follow-up (as `createFollowUp`) and, when
   * `summaryChatId` is given, the session summary posted to that chat, both
   * in one round trip. The event stays idempotent; the chat post is never
   * repeated behind the caller's back (a message has no transaction id).
   */
  scheduleFollowUp(request: FollowUpRequest, summaryChatId: string | null): Promise<ScheduledFollowUp>;
  /** Posts the session summary (the plan and the follow-up's time) to a chat; the gateway escapes every typed text. */
  postSummaryToChat(chatId: string, summary: FollowUpRequest): Promise<GraphOutcome<void>>;
}
