import { ownedSteps, roleOf, type SessionState } from '../domain';
import {
  failureOf,
  type NotesLink,
  type SessionStore,
  type StepTask,
  type StepTasksKeeping,
  type StepTasksStatus,
  type TaskGateway,
} from '../ports';
import { createBackgroundJob, createStatusCell, type JobTimers } from '../base';

/** Quiet time after the last edit of a step before its task follows (never per keystroke). */
export const STEP_TASKS_DEBOUNCE_MS = 5_000;

export interface KeepStepTasksOptions {
  store: Pick<SessionStore, 'getSnapshot' | 'subscribe'>;
  userId: string;
  /** The user's own task list; loaded (with sign-in) only when there is something to put there. May reject. */
  tasks: () => Promise<TaskGateway>;
  /**
   * Each task's link back to the session notes: where it points, and its name
   * in this user's own language (the page's words, which may still be loading). May reject.
   */
  notes: () => Promise<NotesLink>;
  debounceMs: number;
  timers: JobTimers;
}

export interface StepTasksKeeper extends StepTasksKeeping {
  dispose(): void;
}

/**
 * What this user's task list should hold for the session: their own steps,
 * step fields only, so nothing else of the session (and nothing coach-private)
 * can reach the task list by accident.
 */
export const stepTasksOf = (session: SessionState, userId: string): StepTask[] =>
  ownedSteps(session, userId).map((s) => ({ stepId: s.id, text: s.text, due: s.due, done: s.done }));

/** The closure exists (the follow-up is on the coach's calendar) and this user coaches or is coached. */
const keepsTasks = (session: SessionState | null, userId: string): session is SessionState =>
  session !== null && session.followUp.coachEvent !== null && roleOf(session, userId) !== 'observer';

/**
 * Puts this user's own next steps in their own task list, with their own
 * client: at closure, then again (debounced) whenever their steps change,
 * including when one is removed or handed to someone else (the list shrinks,
 * and the gateway removes its task). Syncs never overlap: a change during a
 * sync runs one more afterwards. The gateway is idempotent by step, so a
 * reload or a retry never makes a second task. Observers never sync.
 */
export function keepStepTasks({ store, userId, tasks, notes, debounceMs, timers }: KeepStepTasksOptions): StepTasksKeeper {
  const status = createStatusCell<StepTasksStatus>({ kind: 'idle' });
  /** The steps as the task list last took them (null: never, in this panel). */
  let synced: string | null = null;
  /** The steps as last seen in the session, to tell their changes from anyone else's. */
  let seen: string | null = null;

  const job = createBackgroundJob({
    timers,
    // A change during a sync runs one more afterwards, unless the list already holds it.
    runAgain: () => seen !== synced,
    run: async () => {
      const session = store.getSnapshot().session;
      if (!keepsTasks(session, userId)) return;
      const steps = stepTasksOf(session, userId);
      const fingerprint = JSON.stringify(steps);
      status.set({ kind: 'saving' });
      let next: StepTasksStatus;
      try {
        const outcome = await (await tasks()).syncSessionTasks(session.sessionId, steps, await notes());
        next = outcome.ok ? { kind: 'saved', count: steps.length } : { kind: 'failed', failure: outcome.failure };
        if (outcome.ok) synced = fingerprint;
      } catch (error) {
        // The gateway never rejects; loading it (the chunk, sign-in) may.
        next = { kind: 'failed', failure: failureOf(error) };
      }
      if (!job.disposed) status.set(next);
    },
  });

  const onChange = () => {
    const session = store.getSnapshot().session;
    if (job.disposed || !keepsTasks(session, userId)) return;
    const fingerprint = JSON.stringify(stepTasksOf(session, userId));
    if (fingerprint === seen) return;
    const first = seen === null;
    seen = fingerprint;
    // Someone who never owned a step here has nothing to put in To Do: no sign-in, no call.
    if (synced === null && fingerprint === '[]') return;
    if (first)
      job.runNow(); // the closure: at once
    else job.schedule(debounceMs);
  };

  const unsubscribe = store.subscribe(onChange);
  onChange();

  return {
    getStatus: status.get,
    subscribe: status.subscribe,
    retry: () => job.runNow(),
    dispose: () => {
      job.dispose();
      unsubscribe();
      status.clear();
    },
  };
}
