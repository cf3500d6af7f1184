import type { CalendarAccess } from './calendarAccess';
import type { Clock } from './clock';
import type { OwnCopyReading, OwnCopySaving } from './ownCopy';
import type { PendingChanges } from './pendingChanges';
import type { PrivateNotesStore } from './privateNotes';
import type { Self } from './self';
import type { SessionHistoryReading } from './sessionHistory';
import type { SessionStore } from './sessionStore';
import type { StageSharing } from './stageSharing';
import type { StepTasksKeeping } from './stepTasks';

/** What the UI needs from the outside world; the entry chooses the implementations. */
export interface Ports {
  store: SessionStore;
  self: Self;
  clock: Clock;
  /** Absent where the app cannot share to the stage (the stage itself, tests). */
  stage?: StageSharing;
  /** Absent where there is no calendar (the stage view, tests of other parts). */
  calendar?: CalendarAccess;
  /** Saving this user's own copy of the session (the side panel of a coach or coachee). */
  ownCopySaving?: OwnCopySaving;
  /** Reading this user's own copy back (the notes tab, once the live session is gone). */
  ownCopy?: OwnCopyReading;
  /** This user's own stored sessions (the notes tab: earlier sessions, before the meeting, coaching growth). */
  history?: SessionHistoryReading;
  /** The coach's private notes for this session (the side panel; shown to the coach only). */
  privateNotes?: PrivateNotesStore;
  /** Keeping this user's own next steps in their own To Do (the side panel of a coach or coachee, after closure). */
  stepTasks?: StepTasksKeeping;
  /**
   * The changes made before the live session connected, where the panel
   * paints from this device's copy first (the side panel): shown as such, never as live.
   */
  pendingChanges?: PendingChanges;
}
