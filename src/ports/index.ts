export type { SessionStore, StoreSnapshot, ConnectionStatus, DispatchResult, PresentUser, RecordIntegrity } from './sessionStore';
export type { SharedTimer, TimerSnapshot, TimerState } from './sharedTimer';
export type { LiveShareHostHandle } from './liveShareHost';
export type { MeetingHost, MeetingContext, ThemeName, FrameContext } from './meetingHost';
export { THEME_NAMES, isThemeName, MeetingHostUnavailable } from './meetingHost';
export type { ConfigHost } from './configHost';
export type { Clock } from './clock';
export type { TokenProvider } from './tokenProvider';
export type {
  CalendarGateway,
  CalendarAttendee,
  CalendarEventRef,
  FollowUpRequest,
  FollowUpSlot,
  FollowUpSlotRequest,
  FollowUpWords,
  GraphFailure,
  GraphFailureKind,
  GraphOutcome,
  PlanStep,
  ScheduledFollowUp,
} from './calendarGateway';
export type { NextOccurrence, NextOccurrenceRequest, SeriesOccurrence } from './seriesOccurrence';
export { LOCAL_DEV_CLIENT_ID, LOCAL_DEV_MAIL_DOMAIN, LOCAL_DEV_TENANT_ID, GRAPH_SANDBOX_CONFIG, localDevToken } from './localDevelopment';
export type {
  ArchiveEntry,
  ArchiveFailure,
  ArchiveIndexFile,
  ArchiveOutcome,
  ArchiveTextCache,
  ArchiveWrite,
  DeviceKeyValue,
  SavedArchive,
  SessionArchiveStore,
  StoredArchive,
  StoredFile,
} from './sessionArchive';
export type { OwnCopyRead, OwnCopyReading, OwnCopySaving, OwnCopyStatus } from './ownCopy';
export type {
  FollowUpSessionLookup,
  HistoryProgress,
  HistoryProgressListener,
  SessionHistory,
  SessionHistoryReading,
} from './sessionHistory';
export type { PrivateNotesKeeping, PrivateNotesStore } from './privateNotes';
export type { EventLookup, NotesLink, OwnEvent, StepTask, TaskGateway, TaskState } from './tasks';
export type { StepTasksKeeping, StepTasksStatus } from './stepTasks';
export type { PersonalContext, PersonalHost } from './personalHost';
export type { FollowUpOpening, MyCoachingSource, OwnTaskDone } from './myCoaching';
export type { StatusKeeping } from './statusKeeping';
export type { PendingChanges, PendingChangesStatus, RefusedChange } from './pendingChanges';
export type { Self } from './self';
export type {
  AttendeePurpose,
  ConsentNeed,
  Failure,
  FailureKind,
  HostFailure,
  InvalidProblem,
  InvalidRequest,
  MissingThing,
  RequestText,
  Unavailable,
  UnknownProblem,
  UnreadableArchive,
} from './failures';
export { FailureError, failureOf, unexpectedFailure } from './failures';
export type { StageSharing } from './stageSharing';
export type { CalendarAccess } from './calendarAccess';
export type { Ports } from './uiPorts';
export type { PageLifecycle } from './pageLifecycle';
