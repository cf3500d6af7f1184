import { messageOf } from '../base';
import type { ArchiveReadDetail, ArchiveReadFailureReason, LocalDate } from '../domain';

// What went wrong, as kinds. Adapters and use cases report a kind and the
// values its sentence needs; one place in the UI words them
// (src/ui/content/failures.ts). `detail` is for developers (a log, a bug
// report), never shown as a sentence. `retryable` says whether offering
// "Try again" makes sense (the same request may succeed later).

interface FailureBase {
  retryable: boolean;
  /** For developers only (logs): never shown to people as a sentence. */
  detail?: string;
}

/** Whom Stagecoach is after when a request names a person: inviting them, or looking up their free time. */
export type AttendeePurpose = 'invite' | 'lookUp';

/** A text a follow-up request carries, named when it is missing or too long. */
export type RequestText = 'challenge' | 'chosenOption' | 'summary' | 'notesLink' | 'stepText' | 'stepOwner';

/** What a request asked of Microsoft 365 that it (or Stagecoach, before sending it) refuses; trying again does not help. */
export type InvalidRequest =
  /** Microsoft 365 refused the request (400); `detail` holds its own words. */
  | { problem: 'refused' }
  /** Microsoft 365 refused it as too large (413). */
  | { problem: 'tooLarge' }
  | { problem: 'noSessionId' }
  | { problem: 'sessionIdTooLong' }
  | { problem: 'unknownFollowUpKind' }
  /** `timeZone` is shortened to one line. */
  | { problem: 'unknownTimeZone'; timeZone: string }
  | { problem: 'followUpLength'; min: number; max: number }
  | { problem: 'noStart' }
  | { problem: 'startInPast' }
  | { problem: 'tooFarAhead'; days: number }
  | { problem: 'attendeeNameTooLong'; purpose: AttendeePurpose; max: number }
  /** `name` is empty when the person has none either. */
  | { problem: 'noAddress'; purpose: AttendeePurpose; name: string }
  | { problem: 'notAnAddress'; purpose: AttendeePurpose; address: string; name: string }
  | { problem: 'textMissing'; text: RequestText }
  | { problem: 'textTooLong'; text: RequestText; max: number }
  | { problem: 'tooManySteps'; max: number }
  | { problem: 'stepDueNotADate'; due: string }
  | { problem: 'notADate'; date: string }
  | { problem: 'searchTooFar'; days: number }
  | { problem: 'candidates'; max: number }
  /** No free time is left before `before`. */
  | { problem: 'noTimeLeft'; before: LocalDate }
  | { problem: 'noOwnAddress' }
  | { problem: 'noChat' }
  | { problem: 'chatIdInvalid' }
  | { problem: 'noInvite' }
  | { problem: 'inviteIdTooLong' }
  /** The meeting's id cannot name a file in the user's storage. */
  | { problem: 'unnamableArchive' }
  /** A folder stands where the session's file belongs (`name`). */
  | { problem: 'folderInTheWay'; name: string }
  | { problem: 'archiveNotText' }
  /** Only the person a step belongs to ticks it. */
  | { problem: 'notYourStep' }
  | { problem: 'planNotLoaded' };

export type InvalidProblem = InvalidRequest['problem'];

/** Which permission Stagecoach lacks, so the sentence names what it may not do. */
export type ConsentNeed =
  /** The calendar and chat (and any Graph call with no words of its own). */
  | { need: 'calendar' }
  /** No token could be had at all. */
  | { need: 'signIn' }
  /** Stagecoach's own folder in the user's OneDrive. */
  | { need: 'archive' }
  /** Named with the permission (`Calendars.ReadBasic`, `User.Read`, `Tasks.ReadWrite`). */
  | { need: 'readCalendar' | 'readProfile' | 'tasks'; permission: string };

/** What Microsoft 365 could not find. */
export type MissingThing =
  /** Whatever was asked for (a plain 404). */
  | 'item'
  /** The meeting open in Outlook is not on the user's calendar any more. */
  | 'meeting'
  | 'account'
  /** The account has no mailbox address. */
  | 'mailbox'
  /** The account's mailbox is not in Exchange Online (a guest's, or kept on-premises): no calendar or To Do through Graph. */
  | 'exchangeMailbox'
  /** The invite is not on the user's calendar yet. */
  | 'invite'
  /** The step's task is not in the user's Coaching list. */
  | 'task'
  /** A task was deleted while Stagecoach was writing it. */
  | 'taskDeletedMeanwhile'
  /** The host cannot open calendar items and Outlook gave no web link. */
  | 'webLink';

/** What went wrong without a kind of its own. */
export type UnknownProblem =
  /** A bug, a lost chunk, anything thrown: `detail` holds its message. */
  | { problem: 'unexpected' }
  /** Microsoft 365 answered with an error status. */
  | { problem: 'status'; status: number }
  | { problem: 'unreadableAnswer' }
  /** The user's OneDrive is full. */
  | { problem: 'storageFull' }
  /** Microsoft 365 did not give the free and busy times of the user's own calendar. */
  | { problem: 'ownFreeBusy' };

/** Why a calendar, chat, task, profile or storage call failed. */
export type GraphFailure =
  | (FailureBase & { kind: 'consent' } & ConsentNeed)
  | (FailureBase & { kind: 'throttled' })
  /** `summaryUncertain`: the connection was lost while posting the chat summary; it may have gone out. */
  | (FailureBase & { kind: 'offline'; summaryUncertain?: boolean })
  | (FailureBase & { kind: 'invalid' } & InvalidRequest)
  | (FailureBase & { kind: 'notFound'; what: MissingThing })
  | (FailureBase & { kind: 'unknown' } & UnknownProblem);

export type GraphFailureKind = GraphFailure['kind'];

/**
 * Why an archive call failed. Besides the failures every Graph call can meet:
 * - `conflict`: the file changed since it was read (or appeared since it was
 *   found missing); nothing was written. Read it again and merge.
 * - `tooLarge`: the file is larger than Stagecoach writes or reads in one go (`maxMegabytes`).
 */
export type ArchiveFailure =
  GraphFailure | (FailureBase & { kind: 'conflict' }) | (FailureBase & { kind: 'tooLarge'; maxMegabytes: number });

/**
 * Why a stored copy was not used (and, when saving, not written over): the
 * archive reader's reasons, plus `incomplete` (it holds something this
 * version cannot carry over) and `otherSession` (the file belongs to another session).
 */
export interface UnreadableArchive extends FailureBase {
  kind: 'unreadable';
  reason: ArchiveReadFailureReason | 'incomplete' | 'otherSession';
  /** What the reader found, precisely (a newer version's number, the damaged field), for its sentence. */
  found?: ArchiveReadDetail;
  retryable: false;
}

/** Something Stagecoach needs could not be reached or loaded. */
export interface Unavailable extends FailureBase {
  kind: 'unavailable';
  /** `calendar`: the calendar code or sign-in did not load; `liveShare`: the live session could not be joined. */
  what: 'calendar' | 'liveShare';
}

/**
 * No meeting host answers (a plain browser tab, a host that stays silent), or
 * it does not tell what Stagecoach needs. `host` says which surface asks.
 */
export interface HostFailure extends FailureBase {
  kind: 'noHost';
  host: 'meeting' | 'personal' | 'outlook';
  /**
   * `absent`: no host at all; `notInMeeting`: not in a meeting; `unknownUser`: the host did not say who the user is.
   * Outlook: `notOutlook` (another Office application), `notCalendarItem` (a mail, say), `notSaved` (a new
   * meeting not saved yet), `tooOld` (an Outlook without Mailbox 1.8, which gives add-ins no meeting id).
   */
  problem: 'absent' | 'notInMeeting' | 'unknownUser' | 'notOutlook' | 'notCalendarItem' | 'notSaved' | 'tooOld';
}

/** Everything a failure that reaches the UI can be; failureText (src/ui/content/failures.ts) words each. */
export type Failure = ArchiveFailure | UnreadableArchive | Unavailable | HostFailure;

export type FailureKind = Failure['kind'];

/** Raised where a failure is thrown rather than returned (start-up), so it keeps its kind. */
export class FailureError extends Error {
  override name = 'FailureError';
  constructor(
    readonly failure: Failure,
    message = failure.detail ?? failure.kind,
  ) {
    super(message);
  }
}

/** Something thrown that should not have been (a bug, a lost chunk): worth trying again; its message kept as the detail. */
export const unexpectedFailure = (error: unknown): GraphFailure => ({
  kind: 'unknown',
  problem: 'unexpected',
  retryable: true,
  detail: messageOf(error),
});

/** Anything thrown, as a failure: one raised with a kind keeps it, anything else is unexpected. */
export function failureOf(error: unknown): Failure {
  if (typeof error === 'object' && error !== null && 'failure' in error && isFailure((error as { failure: unknown }).failure)) {
    return (error as { failure: Failure }).failure;
  }
  return unexpectedFailure(error);
}

function isFailure(value: unknown): value is Failure {
  return typeof value === 'object' && value !== null && 'kind' in value && 'retryable' in value;
}
