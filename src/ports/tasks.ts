import type { EpochMs, ItemId, LocalDate } from '../domain';
import type { GraphOutcome } from './calendarGateway';

/** One next step as its owner's task list should hold it. */
export interface StepTask {
  stepId: ItemId;
  text: string;
  due: LocalDate;
  /** Done in the session. Pushed to the task list only as "done": a task ticked there is never reopened from here. */
  done: boolean;
}

/** Each task's link back to the session notes, named in the task owner's own language. */
export interface NotesLink {
  url: string;
  /** The link's name as the task list shows it ("Coaching notes"), worded by the caller. */
  label: string;
}

/** A Stagecoach task in the signed-in user's own task list. */
export interface TaskState {
  sessionId: string;
  stepId: ItemId;
  done: boolean;
}

/**
 * The signed-in user's own tasks (Microsoft To Do, a "Coaching" list made
 * once). Every call uses the user's own token and touches only their own
 * list: nobody writes or reads another person's tasks.
 */
export interface TaskGateway {
  /**
   * Makes the user's tasks for `sessionId` match `steps` (the steps they own):
   * creates what is missing, updates what changed, removes tasks of steps that
   * are gone or now belong to someone else. Idempotent: a retry, a reload or
   * a double click never makes a second task for a step.
   */
  syncSessionTasks(sessionId: string, steps: readonly StepTask[], notes: NotesLink): Promise<GraphOutcome<TaskState[]>>;
  /** Every Stagecoach task of the user, with its done state. */
  listTasks(): Promise<GraphOutcome<TaskState[]>>;
  /** Ticks (or unticks) one of the user's tasks. notFound when the task does not exist. */
  setTaskDone(sessionId: string, stepId: ItemId, done: boolean): Promise<GraphOutcome<void>>;
}

/** The user's own copy of a calendar event. */
export interface OwnEvent {
  id: string;
  iCalUId: string;
  /** Opens the event in Outlook on the web; null when Graph gave none. */
  webLink: string | null;
}

/** Reading the signed-in user's own calendar events, and who they are. */
export interface EventLookup {
  /** The signed-in user's Entra object id and name (Graph's `/me`): hosts without Teams context (Outlook) learn it here. */
  me(): Promise<GraphOutcome<{ userId: string; displayName: string }>>;
  /** The event with this (REST) id on the user's calendar. */
  eventById(eventId: string): Promise<GraphOutcome<OwnEvent>>;
  /**
   * The user's own copy of the invite with this iCalUId; null when it is not
   * on their calendar. `around` (the follow-up's start) finds an occurrence
   * of a series too, which Graph never lists by iCalUId.
   */
  eventByICalUId(iCalUId: string, around?: EpochMs): Promise<GraphOutcome<OwnEvent | null>>;
}
