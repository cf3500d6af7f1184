export { createMemorySessionHub } from './memorySessionStore';
export type { MemorySessionHub, MemoryHubOptions } from './memorySessionStore';
export type { Self } from './logSessionStore';
// Live Share loads from './liveShare' (its own chunk); only its types are here.
export type { LiveShareStoreOptions, LiveShareConnection, SenderIdentity, ContainerIdRegistry } from './liveShare';
export { exportLog, importLog } from './sessionLog';
export type { LogExport, Genesis, LoggedOp } from './sessionLog';
export { keepSessionArchive, openSessionArchive } from './archiveKeeper';
export type { Kept, KeepFailure, OpenedArchive, UnreadableArchive } from './archiveKeeper';
export { saveOwnCopy, readOwnCopy, readOwnCoachNotes } from './ownCopy';
export { createOwnCopySaver, saveOnSessionChanges, saveOnPrivateNotesChanges, keepsOwnCopy, OWN_COPY_DEBOUNCE_MS } from './ownCopySaver';
export type { OwnCopySaver, OwnCopySaverOptions, OwnCopySaveResult, SaverTimers } from './ownCopySaver';
export { carryOverPrevious, CARRY_OVER_LOOKBACK } from './carryOverPrevious';
export type { CarryOverOutcome } from './carryOverPrevious';
export { readSessionHistory, HISTORY_LIMIT } from './sessionHistory';
export { keepStepTasks, stepTasksOf, STEP_TASKS_DEBOUNCE_MS } from './stepTasks';
export type { KeepStepTasksOptions, StepTasksKeeper } from './stepTasks';
export { reportCarriedDoneFromTasks } from './carriedDone';
export type { ReportCarriedDoneOptions } from './carriedDone';
export { resolveFollowUp, tickStep } from './followUpLookup';
export type { DoneStates, FollowUpResolution, FollowUpSources, TickStep } from './followUpLookup';
export { QueuedSessionStore, MAX_QUEUED } from './queuedSessionStore';
export type { QueuedStoreOptions } from './queuedSessionStore';
export {
  readDeviceCopy,
  writeDeviceCopy,
  keepDeviceCopy,
  deviceCopyKey,
  DEVICE_COPY_DEBOUNCE_MS,
  DEVICE_COPY_MAX_WAIT_MS,
  DEVICE_COPY_LIMITS,
} from './deviceCopy';
export type { DeviceCopy, DeviceCopyKeeper, DeviceCopyTimers, DeviceCopyWrite, DeviceStorage } from './deviceCopy';
