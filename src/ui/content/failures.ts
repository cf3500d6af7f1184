import { ARCHIVE_LIMITS } from '../../domain';
import {
  failureOf,
  type ConsentNeed,
  type Failure,
  type HostFailure,
  type InvalidRequest,
  type MissingThing,
  type UnknownProblem,
  type UnreadableArchive,
} from '../../ports';
import type { MessageId, Words } from '../../words';
import { archiveReadText } from './refusals';

// The one place a failure becomes words. Adapters and use cases report kinds
// (src/ports/failures.ts); every surface that shows one calls failureText.
// A failure's `detail` is for developers and is never said here.

const MISSING: Readonly<Record<MissingThing, MessageId>> = {
  item: 'failures.notFound.item',
  meeting: 'failures.notFound.meeting',
  account: 'failures.notFound.account',
  mailbox: 'failures.notFound.mailbox',
  exchangeMailbox: 'failures.notFound.exchangeMailbox',
  invite: 'failures.notFound.invite',
  task: 'failures.notFound.task',
  taskDeletedMeanwhile: 'failures.notFound.taskDeletedMeanwhile',
  webLink: 'failures.notFound.webLink',
};

function consentText(words: Words, consent: ConsentNeed): string {
  switch (consent.need) {
    case 'calendar':
      return words.t('failures.consent.calendar');
    case 'signIn':
      return words.t('failures.consent.signIn');
    case 'archive':
      return words.t('failures.consent.archive');
    case 'readCalendar':
      return words.t('failures.consent.readCalendar', { permission: consent.permission });
    case 'readProfile':
      return words.t('failures.consent.readProfile', { permission: consent.permission });
    case 'tasks':
      return words.t('failures.consent.tasks', { permission: consent.permission });
  }
}

function unknownText(words: Words, unknown: UnknownProblem): string {
  switch (unknown.problem) {
    case 'unexpected':
      return words.t('failures.unknown.unexpected');
    case 'status':
      // A status code is a name, not an amount: never grouped or in other digits.
      return words.t('failures.unknown.status', { status: String(unknown.status) });
    case 'unreadableAnswer':
      return words.t('failures.unknown.unreadableAnswer');
    case 'storageFull':
      return words.t('failures.unknown.storageFull');
    case 'ownFreeBusy':
      return words.t('failures.unknown.ownFreeBusy');
  }
}

/** A request's problem in words; numbers and dates as the reader writes them. */
function invalidText(words: Words, invalid: InvalidRequest): string {
  const n = (value: number) => words.number(value);
  switch (invalid.problem) {
    case 'refused':
      return words.t('failures.invalid.refused');
    case 'tooLarge':
      return words.t('failures.invalid.tooLarge');
    case 'noSessionId':
      return words.t('failures.invalid.noSessionId');
    case 'sessionIdTooLong':
      return words.t('failures.invalid.sessionIdTooLong');
    case 'unknownFollowUpKind':
      return words.t('failures.invalid.unknownFollowUpKind');
    case 'unknownTimeZone':
      return words.t('failures.invalid.unknownTimeZone', { timeZone: invalid.timeZone });
    case 'followUpLength':
      return words.t('failures.invalid.followUpLength', { min: n(invalid.min), max: n(invalid.max) });
    case 'noStart':
      return words.t('failures.invalid.noStart');
    case 'startInPast':
      return words.t('failures.invalid.startInPast');
    case 'tooFarAhead':
      return words.t('failures.invalid.tooFarAhead', { days: invalid.days });
    case 'attendeeNameTooLong':
      return words.t('failures.invalid.attendeeNameTooLong', { purpose: invalid.purpose, max: n(invalid.max) });
    case 'noAddress':
      return invalid.name
        ? words.t('failures.invalid.noAddress.named', { purpose: invalid.purpose, name: invalid.name })
        : words.t('failures.invalid.noAddress.unnamed', { purpose: invalid.purpose });
    case 'notAnAddress':
      return invalid.name
        ? words.t('failures.invalid.notAnAddress.named', { purpose: invalid.purpose, address: invalid.address, name: invalid.name })
        : words.t('failures.invalid.notAnAddress.unnamed', { purpose: invalid.purpose, address: invalid.address });
    case 'textMissing':
      return words.t('failures.invalid.textMissing', { text: invalid.text });
    case 'textTooLong':
      return words.t('failures.invalid.textTooLong', { text: invalid.text, max: n(invalid.max) });
    case 'tooManySteps':
      return words.t('failures.invalid.tooManySteps', { max: invalid.max });
    case 'stepDueNotADate':
      return words.t('failures.invalid.stepDueNotADate', { due: invalid.due });
    case 'notADate':
      return words.t('failures.invalid.notADate', { date: invalid.date });
    case 'searchTooFar':
      return words.t('failures.invalid.searchTooFar', { days: invalid.days });
    case 'candidates':
      return words.t('failures.invalid.candidates', { max: n(invalid.max) });
    case 'noTimeLeft':
      return words.t('failures.invalid.noTimeLeft', { before: words.date(invalid.before) });
    case 'noOwnAddress':
      return words.t('failures.invalid.noOwnAddress');
    case 'noChat':
      return words.t('failures.invalid.noChat');
    case 'chatIdInvalid':
      return words.t('failures.invalid.chatIdInvalid');
    case 'noInvite':
      return words.t('failures.invalid.noInvite');
    case 'inviteIdTooLong':
      return words.t('failures.invalid.inviteIdTooLong');
    case 'unnamableArchive':
      return words.t('failures.invalid.unnamableArchive');
    case 'folderInTheWay':
      return words.t('failures.invalid.folderInTheWay', { name: invalid.name });
    case 'archiveNotText':
      return words.t('failures.invalid.archiveNotText');
    case 'notYourStep':
      return words.t('failures.invalid.notYourStep');
    case 'planNotLoaded':
      return words.t('failures.invalid.planNotLoaded');
  }
}

function unreadableText(words: Words, { reason, found }: UnreadableArchive): string {
  // The reader's own finding says more than its reason ("version 3", the damaged field).
  if (found) return archiveReadText(words, found);
  switch (reason) {
    case 'unknownVersion':
      return words.t('failures.unreadable.unknownVersion');
    case 'foreignFormat':
      return words.t('failures.unreadable.foreignFormat');
    case 'invalid':
      return words.t('failures.unreadable.invalid');
    case 'tooLarge':
      return words.t('failures.unreadable.tooLarge', { max: words.number(ARCHIVE_LIMITS.maxBytes / (1024 * 1024)) });
    case 'incomplete':
      return words.t('failures.unreadable.incomplete');
    case 'otherSession':
      return words.t('failures.unreadable.otherSession');
  }
}

function noHostText(words: Words, { host, problem }: HostFailure): string {
  switch (problem) {
    case 'absent':
      if (host === 'outlook') return words.t('failures.outlook.absent');
      return host === 'meeting' ? words.t('failures.noHost.meeting') : words.t('failures.noHost.personal');
    case 'notOutlook':
      return words.t('failures.outlook.notOutlook');
    case 'notCalendarItem':
      return words.t('failures.outlook.notCalendarItem');
    case 'notSaved':
      return words.t('failures.outlook.notSaved');
    case 'tooOld':
      return words.t('failures.outlook.tooOld');
    case 'notInMeeting':
      return words.t('failures.noHost.notInMeeting');
    case 'unknownUser':
      return words.t('failures.noHost.unknownUser');
  }
}

/** A page that could not start, and why (anything thrown: a failure raised with a kind is worded by its kind). */
export function startFailureText(words: Words, error: unknown): string {
  return words.t('failures.startup', { reason: failureText(words, failureOf(error)) });
}

/** Why a failure happened and what the reader can do, in the reader's language: one or two sentences. */
export function failureText(words: Words, failure: Failure): string {
  switch (failure.kind) {
    case 'consent':
      return consentText(words, failure);
    case 'throttled':
      return words.t('failures.throttled');
    case 'offline':
      return failure.summaryUncertain ? words.t('failures.offline.summaryUncertain') : words.t('failures.offline.unreachable');
    case 'invalid':
      return invalidText(words, failure);
    case 'notFound':
      return words.t(MISSING[failure.what]);
    case 'unknown':
      return unknownText(words, failure);
    case 'conflict':
      return words.t('failures.conflict');
    case 'tooLarge':
      return words.t('failures.tooLarge', { max: words.number(failure.maxMegabytes) });
    case 'unreadable':
      return unreadableText(words, failure);
    case 'unavailable':
      return failure.what === 'calendar' ? words.t('failures.unavailable.calendar') : words.t('failures.unavailable.liveShare');
    case 'noHost':
      return noHostText(words, failure);
  }
}
