import type { EpochMs, TaskDone } from '../domain';
import type { Failure } from './failures';
import type { HistoryProgressListener, SessionHistory } from './sessionHistory';

/** The done states of the signed-in user's own task list, or why it could not be read. */
export type OwnTaskDone = { kind: 'read'; done: TaskDone } | { kind: 'failed'; failure: Failure };

/** How opening a follow-up went. */
export type FollowUpOpening =
  /** Opened in the host's calendar (`host`) or as its web link in a new window (`web`). */
  | { kind: 'opened'; where: 'host' | 'web' }
  /** The invite is not on the user's own calendar (declined and deleted, or not yet delivered). */
  | { kind: 'notOnCalendar' }
  | { kind: 'failed'; failure: Failure };

/**
 * What the personal tab ("My coaching") reads and does, all of it as the
 * signed-in user and on their own data only. There is no way to ask for
 * anyone else's task list: `ownTaskDone` takes no user, and a coach's view of
 * a coachee's plan is the plan as the session recorded it.
 */
export interface MyCoachingSource {
  /**
   * This user's own stored sessions (their OneDrive copies), newest first,
   * telling `onProgress` what has been read so far as it goes. Never rejects.
   */
  sessions(onProgress?: HistoryProgressListener): Promise<SessionHistory>;
  /** Done states from this user's own task list, by step task key. Never rejects. */
  ownTaskDone(): Promise<OwnTaskDone>;
  /** Opens this user's own copy of the follow-up invite with this iCalUId (starting `around`, when known). Never rejects. */
  openFollowUp(iCalUId: string, around?: EpochMs): Promise<FollowUpOpening>;
}
