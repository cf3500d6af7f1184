import type { ArchiveReadDetail, CommandType, FieldProblemKind, FieldRefusal, Refusal } from '../../../src/domain';
import { archiveReadText, refusalText } from '../../../src/ui/content/refusals';
import { english, wordsFor } from '../../fixtures/words';

// Every refusal the domain (or the session's transport) can give has words in
// every language. The tables are typed by key, so a key added to the domain
// without a sample here fails the type check before it fails a test.

/** Samples of each kind of `T`, by its discriminant `D`: every kind must have a row. */
type Samples<T, D extends keyof T> = { [Key in T[D] & string]: Array<Extract<T, Record<D, Key>>> };

const field = (problem: FieldProblemKind, rest: object = {}) => ({ key: 'invalidField', field: 'text', problem, ...rest }) as FieldRefusal;

const FIELD: Record<FieldProblemKind, FieldRefusal[]> = {
  missing: [field('missing')],
  wrongType: (['text', 'number', 'wholeNumber', 'boolean', 'object', 'list', 'other'] as const).map((expected) =>
    field('wrongType', { expected }),
  ),
  empty: [
    field('empty'),
    ...(
      [
        'displayName',
        'reason',
        'challenge',
        'cause',
        'option',
        'nextStep',
        'summary',
        'affirmation',
        'chosenOption',
        'owner',
        'author',
      ] as const
    ).map((subject) => field('empty', { subject })),
  ],
  tooLong: [
    field('tooLong', { max: 500 }),
    field('tooLong', { max: 2000, subject: 'challenge' }),
    field('tooLong', { max: 1, subject: 'cause' }),
  ],
  tooSmall: [field('tooSmall', { min: 0 })],
  tooBig: [field('tooBig', { max: 5 })],
  tooFew: [field('tooFew', { min: 1 })],
  tooMany: [field('tooMany', { max: 200 })],
  format: (['id', 'date', 'email', 'webAddress', 'other'] as const).map((format) => field('format', { format })),
  noSuchDate: [field('noSuchDate')],
  unknownValue: [field('unknownValue')],
};

const ROLE_COMMANDS: CommandType[] = [
  'assignRole',
  'recordConfidence',
  'writeCoacheeSummary',
  'giveAffirmation',
  'planFollowUp',
  'recordCoachEvent',
  'recordCoacheeAcceptance',
  'recordChatSummary',
  'addCause',
];

const REFUSALS: Samples<Refusal, 'key'> = {
  invalidField: Object.values(FIELD).flat(),
  notAMessage: [{ key: 'notAMessage' }],
  unreadableMessage: [{ key: 'unreadableMessage' }],
  unknownCommand: [{ key: 'unknownCommand' }],
  userIdNotAllowed: [{ key: 'userIdNotAllowed' }],
  notJoined: [{ key: 'notJoined' }],
  observersCannotChange: [{ key: 'observersCannotChange' }],
  roleMayNot: ROLE_COMMANDS.map((command) => ({ key: 'roleMayNot', command })),
  tooMany: (['challengeVersions', 'causes', 'options', 'nextSteps', 'stageChanges', 'participants'] as const).map((collection) => ({
    key: 'tooMany',
    collection,
    max: 200,
  })),
  alreadyExists: (['challenge', 'cause', 'option', 'nextStep'] as const).map((item) => ({ key: 'alreadyExists', item })),
  gone: (['cause', 'option', 'nextStep'] as const).map((item) => ({ key: 'gone', item })),
  nothingToChange: [{ key: 'nothingToChange' }],
  personNotJoined: [{ key: 'personNotJoined' }],
  sessionNeedsCoach: [{ key: 'sessionNeedsCoach' }],
  stageChangeRecorded: [{ key: 'stageChangeRecorded' }],
  lastStage: [{ key: 'lastStage' }],
  onlyCoachMovesToClose: [{ key: 'onlyCoachMovesToClose' }],
  confidenceBeforeClose: [{ key: 'confidenceBeforeClose' }],
  stageUnfinished: [
    { key: 'stageUnfinished', stage: 'open', missing: ['previousPlanReviewed', 'challengeStated'] },
    { key: 'stageUnfinished', stage: 'learn', missing: ['definitionShared', 'optionsGenerated'] },
    { key: 'stageUnfinished', stage: 'plan', missing: ['optionChosen', 'nextStepDated'] },
    { key: 'stageUnfinished', stage: 'close', missing: ['coacheeSummary', 'followUpOnBothCalendars', 'affirmationGiven'] },
  ],
  goBackOnlyEarlier: [{ key: 'goBackOnlyEarlier' }],
  noChallengeToRemove: [{ key: 'noChallengeToRemove' }],
  noChallengeToAgree: [{ key: 'noChallengeToAgree' }],
  challengeRestated: [{ key: 'challengeRestated' }],
  stepOwnerNotInPair: [{ key: 'stepOwnerNotInPair' }],
  dueInPast: [{ key: 'dueInPast', due: '2026-11-24' }],
  dueTooFar: [{ key: 'dueTooFar', due: '2030-01-01', maxDays: 732 }],
  confidenceNeedsPlan: [{ key: 'confidenceNeedsPlan' }],
  followUpOnCalendar: [{ key: 'followUpOnCalendar' }],
  followUpInPast: [{ key: 'followUpInPast', start: 0 }],
  followUpTooFar: [{ key: 'followUpTooFar', start: 0, maxDays: 732 }],
  followUpNeedsTime: [{ key: 'followUpNeedsTime' }],
  otherFollowUpEvent: [{ key: 'otherFollowUpEvent' }],
  noInviteYet: [{ key: 'noInviteYet' }],
  previousPlanHere: [{ key: 'previousPlanHere' }],
  previousPlanOnlyInOpen: [{ key: 'previousPlanOnlyInOpen' }],
  carryOverSelf: [{ key: 'carryOverSelf' }],
  previousPlanRepeats: [{ key: 'previousPlanRepeats' }],
  noPreviousPlan: [{ key: 'noPreviousPlan' }],
  notInPreviousPlan: [
    { key: 'notInPreviousPlan', item: 'step' },
    { key: 'notInPreviousPlan', item: 'cause' },
  ],
  onlyOwnerReportsDone: [{ key: 'onlyOwnerReportsDone' }],
  alreadyKnownDone: [{ key: 'alreadyKnownDone' }],
  newerVersion: [{ key: 'newerVersion' }],
  sessionFull: [{ key: 'sessionFull' }],
  tooManyWaiting: [{ key: 'tooManyWaiting' }],
  stillConnecting: [{ key: 'stillConnecting' }],
  notApplied: [{ key: 'notApplied' }, { key: 'notApplied', detail: 'boom' }],
};

const ARCHIVE: Samples<ArchiveReadDetail, 'problem'> = {
  tooLarge: [{ problem: 'tooLarge', maxMegabytes: 4 }],
  notJson: [{ problem: 'notJson' }],
  notAnArchive: [{ problem: 'notAnArchive' }],
  newerVersion: [{ problem: 'newerVersion', version: 3 }],
  olderVersion: [{ problem: 'olderVersion', version: 0 }],
  unreadable: [{ problem: 'unreadable' }],
  noVersion: [{ problem: 'noVersion' }],
  notMigrated: [{ problem: 'notMigrated', version: 0 }],
  coachNotesInCoacheeCopy: [{ problem: 'coachNotesInCoacheeCopy' }],
  tooManyChanges: [{ problem: 'tooManyChanges', max: 20_000 }],
  damagedField: [{ problem: 'damagedField', field: 'copyFor' }],
};

const LANGUAGES = { en: english, de: wordsFor('de-DE'), ar: wordsFor('ar-SA') };
const refusals = Object.values(REFUSALS).flat();
const archives = Object.values(ARCHIVE).flat();

describe.each(Object.entries(LANGUAGES))('refusals in %s', (language, words) => {
  it.each(refusals.map((r) => [JSON.stringify(r), r] as const))('words %s', (_name, refusal) => {
    const text = refusalText(words, refusal);
    // A message missing from the catalogue comes back as its id.
    expect(text).not.toMatch(/refusals\.|\{|\}/);
    expect(text.trim().length).toBeGreaterThan(5);
    if (language !== 'en') expect(text).not.toBe(refusalText(english, refusal));
  });

  it.each(archives.map((d) => [d.problem, d] as const))('words the archive problem %s', (_name, detail) => {
    const text = archiveReadText(words, detail);
    expect(text).not.toMatch(/refusals\.|\{|\}/);
    if (language !== 'en') expect(text).not.toBe(archiveReadText(english, detail));
  });
});

describe('refusalText', () => {
  const de = LANGUAGES.de;
  const ar = LANGUAGES.ar;

  it('keeps the English the panel has always shown', () => {
    expect(refusalText(english, { key: 'invalidField', field: 'text', problem: 'empty', subject: 'option' })).toBe(
      'An option cannot be empty.',
    );
    expect(refusalText(english, { key: 'onlyCoachMovesToClose' })).toBe('Only the coach moves the conversation to Close.');
    expect(refusalText(english, { key: 'roleMayNot', command: 'writeCoacheeSummary' })).toBe(
      "The summary is the coachee's own words: only the coachee writes it.",
    );
    expect(refusalText(english, { key: 'roleMayNot', command: 'addCause' })).toBe('Your role does not allow that.');
    expect(refusalText(english, { key: 'notApplied', detail: 'boom' })).toBe('That change could not be applied (boom).');
    expect(refusalText(english, { key: 'invalidField', field: 'actorId', problem: 'missing' })).toBe('"actorId" is missing.');
  });

  it('names the stage and lists what is missing, in the reader’s language', () => {
    const refusal: Refusal = { key: 'stageUnfinished', stage: 'learn', missing: ['definitionShared', 'optionsGenerated'] };
    expect(refusalText(english, refusal)).toBe(
      'Learn is not finished yet (missing: Shared definition and Options generated). Advance anyway if you both want to move on.',
    );
    expect(refusalText(de, refusal)).toBe(
      '„Verstehen“ ist noch nicht abgeschlossen (es fehlt: Gemeinsame Definition und Optionen gesammelt). Gehen Sie trotzdem weiter, wenn Sie beide weitermachen möchten.',
    );
  });

  it('counts with each language’s plural rules', () => {
    const causes = (max: number): Refusal => ({ key: 'tooMany', collection: 'causes', max });
    expect(refusalText(english, causes(1))).toBe('A session holds at most 1 cause.');
    expect(refusalText(english, causes(200))).toBe('A session holds at most 200 causes.');
    expect(refusalText(de, causes(1))).toBe('Eine Sitzung enthält höchstens eine Ursache.');
    expect(refusalText(de, causes(200))).toBe('Eine Sitzung enthält höchstens 200 Ursachen.');
    // Arabic: one, two, few (3–10), many (11–99), other (100…).
    expect(refusalText(ar, causes(1))).toContain('سبب واحد');
    expect(refusalText(ar, causes(2))).toContain('سببين');
    expect(refusalText(ar, causes(3))).toMatch(/أسباب/);
    expect(refusalText(ar, causes(11))).toMatch(/سببًا/);
    expect(refusalText(ar, causes(200))).toMatch(/سبب\./);
  });

  it('names typed text by what it is, and its limit, in German', () => {
    expect(refusalText(de, { key: 'invalidField', field: 'text', problem: 'tooLong', max: 500, subject: 'nextStep' })).toBe(
      'Ein nächster Schritt ist zu lang (höchstens 500 Zeichen).',
    );
  });
});

describe('archiveReadText', () => {
  it('says which version wrote the file, and that the file was left untouched', () => {
    expect(archiveReadText(english, { problem: 'newerVersion', version: 3 })).toBe(
      'This archive was written by a newer Stagecoach (version 3); update Stagecoach to open it. It was left untouched.',
    );
    expect(archiveReadText(LANGUAGES.de, { problem: 'tooLarge', maxMegabytes: 4 })).toMatch(/4 MB.*nicht verändert/);
  });
});
