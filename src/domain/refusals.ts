// Why a command was refused, as data: a key and the values its sentence
// needs. No sentence lives here; the UI words each key in the reader's
// language (src/ui/content/refusals.ts).
import type { CommandType } from './commands';
import type { CriterionId } from './criteria';
import type { EpochMs, LocalDate } from './session';
import type { Stage } from './stages';

/** What a session holds only so many of (LIMITS). */
export type LimitedCollection = 'challengeVersions' | 'causes' | 'options' | 'nextSteps' | 'stageChanges' | 'participants';

/** Something added to a session that can already exist, or be gone. */
export type SessionItem = 'challenge' | 'cause' | 'option' | 'nextStep';

/** What a typed text is, so its refusal names it ("A cause cannot be empty."). */
export type TextSubject =
  | 'displayName'
  | 'reason'
  | 'challenge'
  | 'cause'
  | 'option'
  | 'nextStep'
  | 'summary'
  | 'affirmation'
  | 'chosenOption'
  | 'owner'
  | 'author';

/** What a value is when it has the wrong type. */
export type ExpectedKind = 'text' | 'number' | 'wholeNumber' | 'boolean' | 'object' | 'list' | 'other';

/** A format a text has to follow. */
export type TextFormat = 'id' | 'date' | 'email' | 'webAddress' | 'other';

/** What is wrong with one field of a message. */
export type FieldProblem =
  | { problem: 'missing' }
  | { problem: 'wrongType'; expected: ExpectedKind }
  /** A typed text that is empty (or only invisible characters); `subject` names it when the schema does. */
  | { problem: 'empty'; subject?: TextSubject }
  | { problem: 'tooLong'; max: number; subject?: TextSubject }
  | { problem: 'tooSmall'; min: number }
  | { problem: 'tooBig'; max: number }
  | { problem: 'tooFew'; min: number }
  | { problem: 'tooMany'; max: number }
  | { problem: 'format'; format: TextFormat }
  | { problem: 'noSuchDate' }
  | { problem: 'unknownValue' };

export type FieldProblemKind = FieldProblem['problem'];

/**
 * A message that does not match the schema: `field` is where, as a path
 * within the message or command ("text", "steps.0.due").
 */
export type FieldRefusal = { key: 'invalidField'; field: string } & FieldProblem;

/** Every reason a command can be refused for, by key, with the values its sentence needs. */
export type Refusal =
  // The message itself.
  | FieldRefusal
  | { key: 'notAMessage' }
  | { key: 'unreadableMessage' }
  | { key: 'unknownCommand' }
  | { key: 'userIdNotAllowed' }
  // Who may send it.
  | { key: 'notJoined' }
  | { key: 'observersCannotChange' }
  /** The sender's role may not send `command` (coach-only or coachee-only commands). */
  | { key: 'roleMayNot'; command: CommandType }
  // Limits and duplicates.
  | { key: 'tooMany'; collection: LimitedCollection; max: number }
  | { key: 'alreadyExists'; item: SessionItem }
  | { key: 'gone'; item: Exclude<SessionItem, 'challenge'> }
  | { key: 'nothingToChange' }
  // Participants.
  | { key: 'personNotJoined' }
  | { key: 'sessionNeedsCoach' }
  // Stages.
  | { key: 'stageChangeRecorded' }
  | { key: 'lastStage' }
  | { key: 'onlyCoachMovesToClose' }
  | { key: 'confidenceBeforeClose' }
  /** `stage` is not finished: `missing` are its unmet criteria, in order. */
  | { key: 'stageUnfinished'; stage: Stage; missing: readonly CriterionId[] }
  | { key: 'goBackOnlyEarlier' }
  // The challenge.
  | { key: 'noChallengeToRemove' }
  | { key: 'noChallengeToAgree' }
  | { key: 'challengeRestated' }
  // Next steps.
  | { key: 'stepOwnerNotInPair' }
  | { key: 'dueInPast'; due: LocalDate }
  | { key: 'dueTooFar'; due: LocalDate; maxDays: number }
  // Closing.
  | { key: 'confidenceNeedsPlan' }
  | { key: 'followUpOnCalendar' }
  | { key: 'followUpInPast'; start: EpochMs }
  | { key: 'followUpTooFar'; start: EpochMs; maxDays: number }
  | { key: 'followUpNeedsTime' }
  | { key: 'otherFollowUpEvent' }
  | { key: 'noInviteYet' }
  // The previous plan.
  | { key: 'previousPlanHere' }
  | { key: 'previousPlanOnlyInOpen' }
  | { key: 'carryOverSelf' }
  | { key: 'previousPlanRepeats' }
  | { key: 'noPreviousPlan' }
  | { key: 'notInPreviousPlan'; item: 'step' | 'cause' }
  | { key: 'onlyOwnerReportsDone' }
  | { key: 'alreadyKnownDone' }
  // The session's transport, not the rules (src/sync).
  | { key: 'newerVersion' }
  | { key: 'sessionFull' }
  | { key: 'tooManyWaiting' }
  /** The panel painted before the session connected (src/ui/hooks/connectingStore.ts). */
  | { key: 'stillConnecting' }
  /** A store failed while applying it: `detail` is the error's own words, for developers. */
  | { key: 'notApplied'; detail?: string };

export type RefusalKey = Refusal['key'];
