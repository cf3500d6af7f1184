// First: zod's settings hold before any schema is used.
import './zodPolicy';
export { STAGES, stageIndex, nextStage, earlierStages } from './stages';
export type { Stage } from './stages';
export { LIMITS } from './limits';
export { RULES_VERSION } from './rulesVersion';
export { normalizeUserId } from './userIds';
export { cleanText, isBlank } from './text';
export { own } from './records';
export { dueDateProblem, latestDue } from './dueDates';
export type { DueDateProblem } from './dueDates';
export { followUpLengthProblem, followUpTimeProblem } from './followUpChecks';
export type { FollowUpLengthProblem, FollowUpTimeProblem } from './followUpChecks';
export type {
  UserId,
  ItemId,
  EpochMs,
  LocalDate,
  Role,
  Participant,
  Timeline,
  TimelineEntry,
  ChallengeVersion,
  Challenge,
  Contribution,
  NextStep,
  Confidence,
  CoacheeSummary,
  Affirmation,
  FollowUpKind,
  FollowUp,
  SessionState,
  CarryOver,
  CarriedStep,
  CarriedCause,
  StepReview,
  CauseReview,
} from './session';
export { commandSchema, envelopeSchema } from './commands';
export type { Command, CommandType, Envelope } from './commands';
export { reject } from './result';
export type { ApplyResult, Applied, Rejection, RejectionCode } from './result';
export type {
  ExpectedKind,
  FieldProblem,
  FieldProblemKind,
  FieldRefusal,
  LimitedCollection,
  Refusal,
  RefusalKey,
  SessionItem,
  TextFormat,
  TextSubject,
} from './refusals';
export { createSession, parseEnvelope, applyCommand } from './apply';
export type { NewSession } from './apply';
export { criteriaFor, stageComplete, MIN_OPTIONS } from './criteria';
export type { Criterion, CriterionFacts, CriterionId } from './criteria';
export { orderedTimeline, timeInStages, pathTaken, timelineEntry, timelineFrom } from './timeline';
export { roleOf, mayIssue, participantWithRole, refusalFor } from './roles';
export { LOW_CONFIDENCE, confidenceSuggestion } from './confidence';
export type { ConfidenceSuggestion } from './confidence';
export { addDays } from './dates';
export { followUpPlan, followUpWindowEnd, DEFAULT_FOLLOW_UP_WINDOW_DAYS } from './followUpPlan';
export type { FollowUpPlan, PlannedStep } from './followUpPlan';
export {
  ARCHIVE_FORMAT,
  ARCHIVE_VERSION,
  ARCHIVE_LIMITS,
  ARCHIVE_MAX_MEGABYTES,
  archiveSession,
  serializeArchive,
  mergeArchives,
  sameArchiveContent,
  compareArchivedOps,
  utf8Length,
} from './archive';
export type { ArchivedOp, ArchiveCopy, ArchiveSource, CoachNotes, CopyFor, SessionArchive } from './archive';
export { readArchive, readArchiveText, ARCHIVE_MIGRATIONS } from './archiveRead';
export {
  HISTORY_INDEX_FORMAT,
  HISTORY_INDEX_LIMITS,
  HISTORY_INDEX_VERSION,
  historyIndexEntry,
  readHistoryIndex,
  sameIndexEntry,
  serializeHistoryIndex,
} from './historyIndex';
export type { HistoryIndex, HistoryIndexEntry, HistoryIndexRead } from './historyIndex';
export type {
  ArchiveMigration,
  ArchiveRead,
  ArchiveReadDetail,
  ArchiveReadFailure,
  ArchiveReadFailureReason,
  DroppedOp,
} from './archiveRead';
export { carryOverDue, carryOverFrom, samePair, previousWithSamePair, coachingGrowth } from './history';
export type { GrowthShare, SessionGrowth } from './history';
export {
  coachInsights,
  acrossCoachees,
  ownInsights,
  coachInsightsFromFacts,
  ownInsightsFromFacts,
  sessionFacts,
  readSessionFacts,
  sessionFactsSchema,
  SESSION_FACTS_VERSION,
} from './insights';
export type {
  SessionFacts,
  FactsThinking,
  FactsStep,
  ThinkingShare,
  ThinkingArea,
  Thinking,
  FollowThrough,
  SessionInsight,
  Tally,
  InsightReading,
  CoacheeInsights,
  AcrossCoachees,
  AcrossPoint,
  OwnSession,
  OwnInsights,
} from './insights';
export {
  TASK_APPLICATION,
  DUE_SOON_DAYS,
  stepTaskKey,
  parseStepTaskKey,
  ownedSteps,
  planOf,
  sessionForEvent,
  urgencyOf,
  openStepsOf,
  upcomingFollowUps,
  coacheesOf,
  carriedDoneInTasks,
  doneAsSeenBy,
  sessionAsSeenBy,
  progressOf,
} from './plans';
export type { TaskDone, PlanStepView, PlanView, Urgency, OpenStep, UpcomingFollowUp, CoacheeOverview, StepProgress } from './plans';
