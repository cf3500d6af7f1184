import type { ArchiveReadDetail, CommandType, CriterionId, FieldRefusal, LimitedCollection, Refusal, SessionItem } from '../../domain';
import type { Words } from '../../words';
import { stageLabel } from '../format';

// The one place a refusal of the domain (or of the session's transport)
// becomes a sentence: the model refuses with a key and values, this words it
// in the reader's language.

/** Why a command was refused, in words. */
export function refusalText(words: Words, refusal: Refusal): string {
  switch (refusal.key) {
    case 'invalidField':
      return fieldText(words, refusal);
    case 'notAMessage':
      return words.t('refusals.notAMessage');
    case 'unreadableMessage':
      return words.t('refusals.unreadableMessage');
    case 'unknownCommand':
      return words.t('refusals.unknownCommand');
    case 'userIdNotAllowed':
      return words.t('refusals.userIdNotAllowed');
    case 'notJoined':
      return words.t('refusals.notJoined');
    case 'observersCannotChange':
      return words.t('refusals.observersCannotChange');
    case 'roleMayNot':
      return roleText(words, refusal.command);
    case 'tooMany':
      return tooManyText(words, refusal.collection, refusal.max);
    case 'alreadyExists':
      return alreadyExistsText(words, refusal.item);
    case 'gone':
      return goneText(words, refusal.item);
    case 'nothingToChange':
      return words.t('refusals.nothingToChange');
    case 'personNotJoined':
      return words.t('refusals.personNotJoined');
    case 'sessionNeedsCoach':
      return words.t('refusals.sessionNeedsCoach');
    case 'stageChangeRecorded':
      return words.t('refusals.stageChangeRecorded');
    case 'lastStage':
      return words.t('refusals.lastStage');
    case 'onlyCoachMovesToClose':
      return words.t('refusals.onlyCoachMovesToClose');
    case 'confidenceBeforeClose':
      return words.t('refusals.confidenceBeforeClose');
    case 'stageUnfinished':
      return words.t('refusals.stageUnfinished', {
        stage: stageLabel(words, refusal.stage),
        missing: words.list(refusal.missing.map((id) => criterionName(words, id))),
      });
    case 'goBackOnlyEarlier':
      return words.t('refusals.goBackOnlyEarlier');
    case 'noChallengeToRemove':
      return words.t('refusals.noChallengeToRemove');
    case 'noChallengeToAgree':
      return words.t('refusals.noChallengeToAgree');
    case 'challengeRestated':
      return words.t('refusals.challengeRestated');
    case 'stepOwnerNotInPair':
      return words.t('refusals.stepOwnerNotInPair');
    case 'dueInPast':
      return words.t('refusals.dueInPast');
    case 'dueTooFar':
      return words.t('refusals.dueTooFar', { maxDays: refusal.maxDays });
    case 'confidenceNeedsPlan':
      return words.t('refusals.confidenceNeedsPlan');
    case 'followUpOnCalendar':
      return words.t('refusals.followUpOnCalendar');
    case 'followUpInPast':
      return words.t('refusals.followUpInPast');
    case 'followUpTooFar':
      return words.t('refusals.followUpTooFar', { maxDays: refusal.maxDays });
    case 'followUpNeedsTime':
      return words.t('refusals.followUpNeedsTime');
    case 'otherFollowUpEvent':
      return words.t('refusals.otherFollowUpEvent');
    case 'noInviteYet':
      return words.t('refusals.noInviteYet');
    case 'previousPlanHere':
      return words.t('refusals.previousPlanHere');
    case 'previousPlanOnlyInOpen':
      return words.t('refusals.previousPlanOnlyInOpen');
    case 'carryOverSelf':
      return words.t('refusals.carryOverSelf');
    case 'previousPlanRepeats':
      return words.t('refusals.previousPlanRepeats');
    case 'noPreviousPlan':
      return words.t('refusals.noPreviousPlan');
    case 'notInPreviousPlan':
      return refusal.item === 'step' ? words.t('refusals.notInPreviousPlan.step') : words.t('refusals.notInPreviousPlan.cause');
    case 'onlyOwnerReportsDone':
      return words.t('refusals.onlyOwnerReportsDone');
    case 'alreadyKnownDone':
      return words.t('refusals.alreadyKnownDone');
    case 'newerVersion':
      return words.t('refusals.newerVersion');
    case 'sessionFull':
      return words.t('refusals.sessionFull');
    case 'tooManyWaiting':
      return words.t('refusals.tooManyWaiting');
    case 'stillConnecting':
      return words.t('refusals.stillConnecting');
    case 'notApplied':
      return refusal.detail === undefined
        ? words.t('refusals.notApplied')
        : words.t('refusals.notAppliedDetail', { detail: refusal.detail });
    default:
      return refusal satisfies never;
  }
}

/** A field that does not match the schema, named by its path (or, for typed text, by what it is). */
function fieldText(words: Words, refusal: FieldRefusal): string {
  const { field } = refusal;
  switch (refusal.problem) {
    case 'missing':
      return words.t('refusals.field.missing', { field });
    case 'wrongType':
      return words.t('refusals.field.wrongType', { field, expected: refusal.expected });
    case 'empty':
      return refusal.subject === undefined
        ? words.t('refusals.field.empty', { field })
        : words.t('refusals.field.emptyText', { subject: refusal.subject });
    case 'tooLong':
      return refusal.subject === undefined
        ? words.t('refusals.field.tooLong', { field, max: refusal.max })
        : words.t('refusals.field.textTooLong', { subject: refusal.subject, max: refusal.max });
    case 'tooSmall':
      return words.t('refusals.field.tooSmall', { field, min: words.number(refusal.min) });
    case 'tooBig':
      return words.t('refusals.field.tooBig', { field, max: words.number(refusal.max) });
    case 'tooFew':
      return words.t('refusals.field.tooFew', { field, min: refusal.min });
    case 'tooMany':
      return words.t('refusals.field.tooMany', { field, max: refusal.max });
    case 'format':
      return words.t('refusals.field.format', { field, format: refusal.format });
    case 'noSuchDate':
      return words.t('refusals.field.noSuchDate');
    case 'unknownValue':
      return words.t('refusals.field.unknownValue', { field });
    default:
      return refusal satisfies never;
  }
}

/** Said to a coach or coachee who may not send this command. */
function roleText(words: Words, command: CommandType): string {
  switch (command) {
    case 'assignRole':
      return words.t('refusals.roleMayNot.assignRole');
    case 'recordConfidence':
      return words.t('refusals.roleMayNot.recordConfidence');
    case 'writeCoacheeSummary':
      return words.t('refusals.roleMayNot.writeCoacheeSummary');
    case 'giveAffirmation':
      return words.t('refusals.roleMayNot.giveAffirmation');
    case 'planFollowUp':
      return words.t('refusals.roleMayNot.planFollowUp');
    case 'recordCoachEvent':
      return words.t('refusals.roleMayNot.recordCoachEvent');
    case 'recordCoacheeAcceptance':
      return words.t('refusals.roleMayNot.recordCoacheeAcceptance');
    case 'recordChatSummary':
      return words.t('refusals.roleMayNot.recordChatSummary');
    default:
      // Every other command is open to the coach and the coachee alike.
      return words.t('refusals.roleMayNot.other');
  }
}

function tooManyText(words: Words, collection: LimitedCollection, max: number): string {
  switch (collection) {
    case 'challengeVersions':
      return words.t('refusals.tooMany.challengeVersions', { max });
    case 'causes':
      return words.t('refusals.tooMany.causes', { max });
    case 'options':
      return words.t('refusals.tooMany.options', { max });
    case 'nextSteps':
      return words.t('refusals.tooMany.nextSteps', { max });
    case 'stageChanges':
      return words.t('refusals.tooMany.stageChanges', { max });
    case 'participants':
      return words.t('refusals.tooMany.participants', { max });
  }
}

function alreadyExistsText(words: Words, item: SessionItem): string {
  switch (item) {
    case 'challenge':
      return words.t('refusals.alreadyExists.challenge');
    case 'cause':
      return words.t('refusals.alreadyExists.cause');
    case 'option':
      return words.t('refusals.alreadyExists.option');
    case 'nextStep':
      return words.t('refusals.alreadyExists.nextStep');
  }
}

function goneText(words: Words, item: Exclude<SessionItem, 'challenge'>): string {
  switch (item) {
    case 'cause':
      return words.t('refusals.gone.cause');
    case 'option':
      return words.t('refusals.gone.option');
    case 'nextStep':
      return words.t('refusals.gone.nextStep');
  }
}

/** An exit criterion's short name, as a refusal lists what is missing. */
function criterionName(words: Words, id: CriterionId): string {
  switch (id) {
    case 'challengeStated':
      return words.t('refusals.criterion.challengeStated');
    case 'definitionShared':
      return words.t('refusals.criterion.definitionShared');
    case 'optionsGenerated':
      return words.t('refusals.criterion.optionsGenerated');
    case 'optionChosen':
      return words.t('refusals.criterion.optionChosen');
    case 'nextStepDated':
      return words.t('refusals.criterion.nextStepDated');
    case 'coacheeSummary':
      return words.t('refusals.criterion.coacheeSummary');
    case 'followUpOnBothCalendars':
      return words.t('refusals.criterion.followUpOnBothCalendars');
    case 'affirmationGiven':
      return words.t('refusals.criterion.affirmationGiven');
    case 'previousPlanReviewed':
      return words.t('refusals.criterion.previousPlanReviewed');
  }
}

/** Why an archive file was not opened, in words: each sentence says the file was left as it was. */
export function archiveReadText(words: Words, detail: ArchiveReadDetail): string {
  switch (detail.problem) {
    case 'tooLarge':
      return words.t('refusals.archive.tooLarge', { maxMegabytes: words.number(detail.maxMegabytes) });
    case 'notJson':
      return words.t('refusals.archive.notJson');
    case 'notAnArchive':
      return words.t('refusals.archive.notAnArchive');
    case 'newerVersion':
      return words.t('refusals.archive.newerVersion', { version: words.number(detail.version) });
    case 'olderVersion':
      return words.t('refusals.archive.olderVersion', { version: words.number(detail.version) });
    case 'unreadable':
      return words.t('refusals.archive.unreadable');
    case 'noVersion':
      return words.t('refusals.archive.noVersion');
    case 'notMigrated':
      return words.t('refusals.archive.notMigrated', { version: words.number(detail.version) });
    case 'coachNotesInCoacheeCopy':
      return words.t('refusals.archive.coachNotesInCoacheeCopy');
    case 'tooManyChanges':
      return words.t('refusals.archive.tooManyChanges', { max: detail.max });
    case 'damagedField':
      return words.t('refusals.archive.damagedField', { field: detail.field });
    default:
      return detail satisfies never;
  }
}
