// The plan behind a follow-up meeting, as the Outlook add-in shows it: from
// the event open in Outlook to the stored session whose follow-up it is, with
// the viewer's own steps' done states from their own task list.
import { own, planOf, sessionForEvent, stepTaskKey, type ItemId, type PlanView, type SessionState, type UserId } from '../domain';
import {
  failureOf,
  unexpectedFailure,
  type EventLookup,
  type Failure,
  type FollowUpSessionLookup,
  type GraphOutcome,
  type NotesLink,
  type SessionHistoryReading,
  type TaskGateway,
} from '../ports';
import { stepTasksOf } from './stepTasks';

/** Where the plan's done states come from. */
export type DoneStates =
  /** The viewer's own steps from their task list; others' as the session recorded them. */
  | { from: 'taskList' }
  /** The task list could not be read: every step as the session recorded it. */
  | { from: 'session'; failure: Failure };

export type FollowUpResolution =
  | { kind: 'found'; plan: PlanView; viewerId: UserId; session: SessionState; doneStates: DoneStates }
  /** The event is not the follow-up of any session in the viewer's own stored sessions. */
  | { kind: 'notFollowUp' }
  | { kind: 'failed'; failure: Failure };

export interface FollowUpSources {
  /** The event's REST (Graph) id, as Outlook gives it. */
  restId: string;
  events: EventLookup;
  history: SessionHistoryReading;
  tasks: TaskGateway;
}

/**
 * The plan of the session whose follow-up is the event `restId`: the event's
 * iCalUId (shared by every copy of the invite) found among the viewer's own
 * stored sessions (through the history index where the history has one, so
 * one file is read, not all). A task list that cannot be read still gives the plan, with
 * done states as the session recorded them, and says so. Never rejects.
 */
export async function resolveFollowUp({ restId, events, history, tasks }: FollowUpSources): Promise<FollowUpResolution> {
  try {
    const [event, me] = await Promise.all([events.eventById(restId), events.me()]);
    if (!event.ok) return { kind: 'failed', failure: event.failure };
    if (!me.ok) return { kind: 'failed', failure: me.failure };
    const lookup = await sessionOfFollowUp(history, event.value.iCalUId);
    if (lookup.kind === 'failed') return lookup;
    if (lookup.kind === 'none') return { kind: 'notFollowUp' };
    const { session } = lookup;

    const viewerId = me.value.userId;
    const listed = await tasks.listTasks();
    if (!listed.ok) {
      return {
        kind: 'found',
        plan: planOf(session, viewerId),
        viewerId,
        session,
        doneStates: { from: 'session', failure: listed.failure },
      };
    }
    const done = new Map(
      listed.value.filter((t) => t.sessionId === session.sessionId).map((t) => [stepTaskKey(t.sessionId, t.stepId), t.done] as const),
    );
    return { kind: 'found', plan: planOf(session, viewerId, done), viewerId, session, doneStates: { from: 'taskList' } };
  } catch (error) {
    // The ports never reject; this is a bug or a lost chunk, and a retry may help.
    return { kind: 'failed', failure: failureOf(error) };
  }
}

/** Through the history's own lookup (the index: one file) where it has one, else among its listed sessions. */
async function sessionOfFollowUp(history: SessionHistoryReading, iCalUId: string): Promise<FollowUpSessionLookup> {
  if (history.byFollowUp) return history.byFollowUp(iCalUId);
  const stored = await history.list();
  if (stored.kind === 'failed') return stored;
  const session = sessionForEvent(stored.sessions, iCalUId);
  return session ? { kind: 'found', session } : { kind: 'none' };
}

export interface TickStep {
  tasks: TaskGateway;
  session: SessionState;
  viewerId: UserId;
  stepId: ItemId;
  done: boolean;
  /** The link a newly made task carries back to the session's notes, named in the viewer's language. */
  notes: NotesLink;
}

/**
 * Ticks (or unticks) one of the viewer's own steps in their own task list.
 * A task that does not exist yet (the steps were never synced, or the task was
 * deleted) is made first, with the viewer's other own steps, then ticked.
 * Someone else's step is refused: nobody writes another person's tasks. Never rejects.
 */
export async function tickStep({ tasks, session, viewerId, stepId, done, notes }: TickStep): Promise<GraphOutcome<void>> {
  const step = own(session.nextSteps, stepId);
  if (!step || step.ownerId !== viewerId) {
    return { ok: false, failure: { kind: 'invalid', problem: 'notYourStep', retryable: false } };
  }
  try {
    const first = await tasks.setTaskDone(session.sessionId, stepId, done);
    if (first.ok || first.failure.kind !== 'notFound') return first;
    const synced = await tasks.syncSessionTasks(session.sessionId, stepTasksOf(session, viewerId), notes);
    if (!synced.ok) return synced;
    return await tasks.setTaskDone(session.sessionId, stepId, done);
  } catch (error) {
    return { ok: false, failure: unexpectedFailure(error) };
  }
}
