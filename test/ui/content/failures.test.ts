import type {
  ConsentNeed,
  Failure,
  FailureKind,
  HostFailure,
  InvalidProblem,
  InvalidRequest,
  MissingThing,
  UnknownProblem,
  UnreadableArchive,
} from '../../../src/ports';
import { FailureError, MeetingHostUnavailable } from '../../../src/ports';
import { failureText, startFailureText } from '../../../src/ui/content/failures';
import { english, wordsFor } from '../../fixtures/words';

// Every failure an adapter or a use case can report has words in every
// language. The Records below list each kind, problem and reason: one added
// to the ports without a case here fails the type check, and one without
// words in failureText fails below.

const base = { retryable: false } as const;

const CONSENT: Record<ConsentNeed['need'], ConsentNeed> = {
  calendar: { need: 'calendar' },
  signIn: { need: 'signIn' },
  archive: { need: 'archive' },
  readCalendar: { need: 'readCalendar', permission: 'Calendars.ReadBasic' },
  readProfile: { need: 'readProfile', permission: 'User.Read' },
  tasks: { need: 'tasks', permission: 'Tasks.ReadWrite' },
};

const MISSING: Record<MissingThing, true> = {
  item: true,
  meeting: true,
  account: true,
  mailbox: true,
  exchangeMailbox: true,
  invite: true,
  task: true,
  taskDeletedMeanwhile: true,
  webLink: true,
};

const UNKNOWN: Record<UnknownProblem['problem'], UnknownProblem> = {
  unexpected: { problem: 'unexpected' },
  status: { problem: 'status', status: 502 },
  unreadableAnswer: { problem: 'unreadableAnswer' },
  storageFull: { problem: 'storageFull' },
  ownFreeBusy: { problem: 'ownFreeBusy' },
};

/** Each problem, some twice: with and without a name, for both purposes, for each text a request carries. */
const INVALID: Record<InvalidProblem, InvalidRequest[]> = {
  refused: [{ problem: 'refused' }],
  tooLarge: [{ problem: 'tooLarge' }],
  noSessionId: [{ problem: 'noSessionId' }],
  sessionIdTooLong: [{ problem: 'sessionIdTooLong' }],
  unknownFollowUpKind: [{ problem: 'unknownFollowUpKind' }],
  unknownTimeZone: [{ problem: 'unknownTimeZone', timeZone: 'Mars/Olympus' }],
  followUpLength: [{ problem: 'followUpLength', min: 5, max: 480 }],
  noStart: [{ problem: 'noStart' }],
  startInPast: [{ problem: 'startInPast' }],
  tooFarAhead: [{ problem: 'tooFarAhead', days: 60 }],
  attendeeNameTooLong: [
    { problem: 'attendeeNameTooLong', purpose: 'invite', max: 256 },
    { problem: 'attendeeNameTooLong', purpose: 'lookUp', max: 256 },
  ],
  noAddress: [
    { problem: 'noAddress', purpose: 'invite', name: 'Sam' },
    { problem: 'noAddress', purpose: 'lookUp', name: 'Sam' },
    { problem: 'noAddress', purpose: 'invite', name: '' },
    { problem: 'noAddress', purpose: 'lookUp', name: '' },
  ],
  notAnAddress: [
    { problem: 'notAnAddress', purpose: 'invite', address: 'sam@', name: 'Sam' },
    { problem: 'notAnAddress', purpose: 'lookUp', address: 'sam@', name: 'Sam' },
    { problem: 'notAnAddress', purpose: 'invite', address: 'sam@', name: '' },
    { problem: 'notAnAddress', purpose: 'lookUp', address: 'sam@', name: '' },
  ],
  textMissing: (['challenge', 'chosenOption', 'summary', 'notesLink', 'stepText', 'stepOwner'] as const).map((text) => ({
    problem: 'textMissing' as const,
    text,
  })),
  textTooLong: (['challenge', 'chosenOption', 'summary', 'notesLink', 'stepText', 'stepOwner'] as const).map((text) => ({
    problem: 'textTooLong' as const,
    text,
    max: 500,
  })),
  tooManySteps: [{ problem: 'tooManySteps', max: 50 }],
  stepDueNotADate: [{ problem: 'stepDueNotADate', due: 'soon' }],
  notADate: [{ problem: 'notADate', date: 'soon' }],
  searchTooFar: [{ problem: 'searchTooFar', days: 60 }],
  candidates: [{ problem: 'candidates', max: 100 }],
  noTimeLeft: [{ problem: 'noTimeLeft', before: '2026-12-10' }],
  noOwnAddress: [{ problem: 'noOwnAddress' }],
  noChat: [{ problem: 'noChat' }],
  chatIdInvalid: [{ problem: 'chatIdInvalid' }],
  noInvite: [{ problem: 'noInvite' }],
  inviteIdTooLong: [{ problem: 'inviteIdTooLong' }],
  unnamableArchive: [{ problem: 'unnamableArchive' }],
  folderInTheWay: [{ problem: 'folderInTheWay', name: 'meeting-1.json' }],
  archiveNotText: [{ problem: 'archiveNotText' }],
  notYourStep: [{ problem: 'notYourStep' }],
  planNotLoaded: [{ problem: 'planNotLoaded' }],
};

const UNREADABLE: Record<UnreadableArchive['reason'], true> = {
  unknownVersion: true,
  foreignFormat: true,
  invalid: true,
  tooLarge: true,
  incomplete: true,
  otherSession: true,
};

const NO_HOST: Record<HostFailure['problem'], readonly HostFailure['host'][]> = {
  absent: ['meeting', 'personal', 'outlook'],
  notInMeeting: ['meeting'],
  unknownUser: ['meeting'],
  notOutlook: ['outlook'],
  notCalendarItem: ['outlook'],
  notSaved: ['outlook'],
  tooOld: ['outlook'],
};

/** Every failure, by kind; the developer's detail rides along on each, and must never be said. */
const FAILURES: Record<FailureKind, Failure[]> = {
  consent: Object.values(CONSENT).map((need) => ({ kind: 'consent', ...base, ...need })),
  throttled: [{ kind: 'throttled', ...base }],
  offline: [
    { kind: 'offline', ...base },
    { kind: 'offline', ...base, summaryUncertain: true },
  ],
  invalid: Object.values(INVALID).flatMap((problems) => problems.map((problem): Failure => ({ kind: 'invalid', ...base, ...problem }))),
  notFound: (Object.keys(MISSING) as MissingThing[]).map((what) => ({ kind: 'notFound', what, ...base })),
  unknown: Object.values(UNKNOWN).map((problem) => ({ kind: 'unknown', ...base, ...problem })),
  conflict: [{ kind: 'conflict', ...base }],
  tooLarge: [{ kind: 'tooLarge', maxMegabytes: 4, ...base }],
  unreadable: (Object.keys(UNREADABLE) as UnreadableArchive['reason'][]).map((reason) => ({ kind: 'unreadable', reason, ...base })),
  unavailable: [
    { kind: 'unavailable', what: 'calendar', ...base },
    { kind: 'unavailable', what: 'liveShare', ...base },
  ],
  noHost: Object.entries(NO_HOST).flatMap(([problem, hosts]) =>
    hosts.map((host): Failure => ({ kind: 'noHost', host, problem: problem as HostFailure['problem'], ...base })),
  ),
};

const DETAIL = 'graph said: ErrorItemNotFound 0x8004010F';
const all: Failure[] = Object.values(FAILURES)
  .flat()
  .map((f) => ({ ...f, detail: DETAIL }));
const describe_ = (f: Failure) => JSON.stringify({ ...f, detail: undefined });

describe('failureText', () => {
  const german = wordsFor('de-DE');
  const arabic = wordsFor('ar-SA');

  it.each([
    ['English', english],
    ['German', german],
    ['Arabic', arabic],
  ])('words every failure in %s, never as its id and never with the detail', (_language, words) => {
    for (const failure of all) {
      const text = failureText(words, failure);
      expect({ failure: describe_(failure), text }).toEqual({ failure: describe_(failure), text: expect.stringMatching(/\S/) });
      expect(text).not.toMatch(/failures\.|[{}]/);
      expect(text).not.toContain(DETAIL);
    }
  });

  it('says each failure in its own English sentence', () => {
    const texts = all.map((f) => failureText(english, f));
    expect(new Set(texts).size).toBe(texts.length);
  });

  it('is translated: German and Arabic differ from English wherever there is a sentence to translate', () => {
    for (const failure of all) {
      const en = failureText(english, failure);
      expect(failureText(german, failure)).not.toBe(en);
      expect(failureText(arabic, failure)).not.toBe(en);
    }
  });

  it('keeps the English sentences people know', () => {
    expect(failureText(english, { kind: 'offline', retryable: true })).toBe(
      'Microsoft 365 could not be reached. Check the connection and try again.',
    );
    expect(failureText(english, { kind: 'consent', need: 'tasks', permission: 'Tasks.ReadWrite', retryable: true })).toBe(
      'Stagecoach may not use your tasks in Microsoft To Do right now: it needs the Tasks.ReadWrite permission. Sign in again, or ask your administrator to grant it.',
    );
    expect(failureText(english, { kind: 'invalid', problem: 'followUpLength', min: 5, max: 480, retryable: false })).toBe(
      'A follow-up lasts 5 to 480 minutes.',
    );
    expect(failureText(english, { kind: 'tooLarge', maxMegabytes: 4, retryable: false })).toContain('(4 MB at most)');
  });

  it('names a person by name when it has one, and by “them” when not', () => {
    const named = { kind: 'invalid', problem: 'notAnAddress', purpose: 'lookUp', address: 'sam@', name: 'Sam', retryable: false } as const;
    expect(failureText(english, named)).toBe('“sam@” is not an email address, so Stagecoach cannot look up Sam.');
    expect(failureText(english, { ...named, name: '' })).toBe('“sam@” is not an email address, so Stagecoach cannot look them up.');
  });

  it('writes a date and counts days as the reader does', () => {
    const noTimeLeft = { kind: 'invalid', problem: 'noTimeLeft', before: '2026-12-10', retryable: false } as const;
    expect(failureText(english, noTimeLeft)).toBe(`There is no time left before ${english.date('2026-12-10')}; pick a later date.`);
    expect(failureText(german, noTimeLeft)).toContain(german.date('2026-12-10'));
    const tooFar = (days: number) => ({ kind: 'invalid', problem: 'tooFarAhead', days, retryable: false }) as const;
    expect(failureText(english, tooFar(1))).toBe('A follow-up can be at most 1 day ahead.');
    expect(failureText(german, tooFar(60))).toBe('Ein Folgegespräch kann höchstens 60 Tage im Voraus liegen.');
    expect(failureText(arabic, tooFar(2))).toContain('يومين');
    expect(failureText(arabic, tooFar(3))).toContain('أيام');
  });

  it('says what the reader found in an unreadable copy when it knows, else the reason alone', () => {
    const newer = { kind: 'unreadable', reason: 'unknownVersion', retryable: false } as const;
    for (const words of [english, wordsFor('de-DE'), wordsFor('ar-SA')]) {
      const precise = failureText(words, { ...newer, found: { problem: 'newerVersion', version: 3 } });
      expect(precise).toBe(words.t('refusals.archive.newerVersion', { version: words.number(3) }));
      expect(failureText(words, newer)).toBe(words.t('failures.unreadable.unknownVersion'));
    }
    const damaged = {
      kind: 'unreadable',
      reason: 'invalid',
      retryable: false,
      found: { problem: 'damagedField', field: 'createdAt' },
    } as const;
    expect(failureText(english, damaged)).toBe(english.t('refusals.archive.damagedField', { field: 'createdAt' }));
  });

  it('says a status code as it is, never in another script or grouped', () => {
    expect(failureText(arabic, { kind: 'unknown', problem: 'status', status: 502, retryable: true })).toContain('(502)');
  });
});

describe('startFailureText', () => {
  it('says why a page could not start by the failure an error carries, never by its English message', () => {
    const noHost = new MeetingHostUnavailable({ host: 'personal', problem: 'absent' }, 'English for developers');
    expect(startFailureText(english, noHost)).toBe(
      'Stagecoach could not start. My coaching runs inside Microsoft Teams, Outlook or the Microsoft 365 app. Open Stagecoach there, from the apps in the side bar.',
    );
    const german = wordsFor('de-DE');
    expect(startFailureText(german, noHost)).toMatch(/^Stagecoach konnte nicht starten\. „Mein Coaching“ läuft in Microsoft Teams/);
    const consent = new FailureError({ kind: 'consent', need: 'readProfile', permission: 'User.Read', retryable: true });
    expect(startFailureText(english, consent)).toContain('it needs the User.Read permission');
  });

  it('says anything else went wrong unexpectedly, keeping its message out of the sentence', () => {
    const text = startFailureText(english, new Error('The local Graph sandbox is not running'));
    expect(text).toBe(`Stagecoach could not start. ${english.t('failures.unknown.unexpected')}`);
  });
});
