// Use cases: what Stagecoach does over the ports, whatever adapters the entry chose.
export { keepSessionArchive, openSessionArchive } from './archiveKeeper';
export type { Kept, KeepFailure, OpenedArchive, UnreadableArchive } from './archiveKeeper';
export { saveOwnCopy, readOwnCopy, readOwnCoachNotes } from './ownCopy';
export {
  createOwnCopySaver,
  keepOwnCopy,
  saveOnSessionChanges,
  saveOnPrivateNotesChanges,
  keepsOwnCopy,
  OWN_COPY_DEBOUNCE_MS,
} from './ownCopySaver';
export type { KeepOwnCopyOptions, OwnCopySaver, OwnCopySaverOptions, OwnCopySaveResult, SaverTimers } from './ownCopySaver';
export { carryOverPrevious, CARRY_OVER_LOOKBACK } from './carryOverPrevious';
export { carryOverWhenDue } from './carryOverWhenDue';
export type { CarryOverOutcome } from './carryOverPrevious';
export { readSessionHistory, readListedSessions, HISTORY_LIMIT, HISTORY_PARALLEL_READS, PERSONAL_HISTORY_LIMIT } from './sessionHistory';
export type { HistoryReadOptions, ListedRead } from './sessionHistory';
export { readHistoryAhead } from './historyReadAhead';
export type { HistoryReadAhead } from './historyReadAhead';
export { findSessionByFollowUp } from './historyIndexLookup';
export type { FollowUpLookupOptions } from './historyIndexLookup';
export { keepHistoryIndex, loadHistoryIndex, indexSavedCopy } from './historyIndex';
export type { IndexState, IndexUpkeep } from './historyIndex';
export { createArchiveTextCache, ARCHIVE_CACHE_LIMITS } from './archiveCache';
export type { ArchiveCacheOptions } from './archiveCache';
export { keepStepTasks, stepTasksOf, STEP_TASKS_DEBOUNCE_MS } from './stepTasks';
export type { KeepStepTasksOptions, StepTasksKeeper } from './stepTasks';
export { reportCarriedDoneFromTasks } from './carriedDone';
export type { ReportCarriedDoneOptions } from './carriedDone';
export { resolveFollowUp, tickStep } from './followUpLookup';
export type { DoneStates, FollowUpResolution, FollowUpSources, TickStep } from './followUpLookup';
export { createMyCoachingSource } from './myCoachingSource';
export type { MyCoachingPorts } from './myCoachingSource';
