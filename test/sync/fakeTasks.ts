import type { GraphFailure, GraphOutcome, StepTask, TaskGateway, TaskState } from '../../src/ports';

/** One task in the fake's list, keyed like the real one (session/step). */
export interface FakeTask {
  sessionId: string;
  stepId: string;
  text: string;
  due: string;
  done: boolean;
  notesUrl: string;
}

export type FakeTasksCall =
  | { method: 'syncSessionTasks'; sessionId: string; steps: StepTask[]; notesUrl: string }
  | { method: 'listTasks' }
  | { method: 'setTaskDone'; sessionId: string; stepId: string; done: boolean };

const STEP_TASK_KEYS = ['done', 'due', 'stepId', 'text'].join();
const NOT_FOUND: GraphFailure = { kind: 'notFound', message: 'That task is not in your list.', retryable: false };

/**
 * One user's own To Do, for sync tests. Strict like the sandbox: a call for
 * a session the test did not declare, a step task carrying anything but step
 * fields, or a bad link is a violation (read `violations`, expected empty).
 * Idempotent by key like the real gateway: syncing twice never makes a second
 * task, a step gone from the list loses its task, and a task ticked done is
 * never reopened from the session. Every call is recorded, deep-copied.
 * `hold()` keeps answers back until `release()`; `failNext()` answers the next call with a failure.
 */
export function fakeTasks({ sessions }: { sessions: readonly string[] }) {
  const tasks = new Map<string, FakeTask>();
  const calls: FakeTasksCall[] = [];
  const violations: string[] = [];
  const failures: GraphFailure[] = [];
  const held: (() => void)[] = [];
  let holding = false;

  const key = (sessionId: string, stepId: string) => `${sessionId}/${stepId}`;
  const states = (): TaskState[] =>
    [...tasks.values()].map((t) => ({ sessionId: t.sessionId, stepId: t.stepId, done: t.done }));
  const knownSession = (sessionId: string) => {
    if (sessions.includes(sessionId)) return true;
    violations.push(`unknown session ${sessionId}`);
    return false;
  };
  /** Answers now, or when released; a scripted failure wins. */
  const answer = <T>(work: () => GraphOutcome<T>): Promise<GraphOutcome<T>> => {
    const settle = (): GraphOutcome<T> => {
      const failure = failures.shift();
      return failure ? { ok: false, failure } : work();
    };
    if (!holding) return Promise.resolve(settle());
    return new Promise((resolve) => held.push(() => resolve(settle())));
  };

  const gateway: TaskGateway = {
    syncSessionTasks(sessionId, steps, notesUrl) {
      calls.push({ method: 'syncSessionTasks', sessionId, steps: JSON.parse(JSON.stringify(steps)) as StepTask[], notesUrl });
      for (const s of steps) {
        if (Object.keys(s).sort().join() !== STEP_TASK_KEYS) violations.push(`a step task with fields ${Object.keys(s).join()}`);
      }
      if (!/^https:\/\//.test(notesUrl)) violations.push(`notes link ${notesUrl}`);
      return answer(() => {
        if (!knownSession(sessionId)) return { ok: false, failure: NOT_FOUND };
        const wanted = new Set(steps.map((s) => key(sessionId, s.stepId)));
        for (const [k, t] of tasks) if (t.sessionId === sessionId && !wanted.has(k)) tasks.delete(k);
        for (const s of steps) {
          const was = tasks.get(key(sessionId, s.stepId));
          tasks.set(key(sessionId, s.stepId), {
            sessionId,
            stepId: s.stepId,
            text: s.text,
            due: s.due,
            done: (was?.done ?? false) || s.done,
            notesUrl,
          });
        }
        return { ok: true, value: states().filter((t) => t.sessionId === sessionId) };
      });
    },
    listTasks() {
      calls.push({ method: 'listTasks' });
      return answer(() => ({ ok: true, value: states() }));
    },
    setTaskDone(sessionId, stepId, done) {
      calls.push({ method: 'setTaskDone', sessionId, stepId, done });
      return answer(() => {
        const task = knownSession(sessionId) ? tasks.get(key(sessionId, stepId)) : undefined;
        if (!task) return { ok: false, failure: NOT_FOUND };
        task.done = done;
        return { ok: true, value: undefined };
      });
    },
  };

  return {
    gateway,
    calls,
    violations,
    /** The list as the user sees it in To Do. */
    tasks: () => [...tasks.values()].map((t) => ({ ...t })),
    /** The user ticks a task in To Do (outside Stagecoach). */
    tick(sessionId: string, stepId: string) {
      const task = tasks.get(key(sessionId, stepId));
      if (!task) throw new Error(`No task ${key(sessionId, stepId)} to tick.`);
      task.done = true;
    },
    /** A task already there, e.g. from an earlier session. */
    seed(task: Omit<FakeTask, 'notesUrl'>) {
      tasks.set(key(task.sessionId, task.stepId), { ...task, notesUrl: 'https://teams.example/notes' });
    },
    failNext(failure: GraphFailure) {
      failures.push(failure);
    },
    hold() {
      holding = true;
    },
    /** Answers every held call, and stops holding. */
    release() {
      holding = false;
      for (const run of held.splice(0)) run();
    },
    /** Answers the oldest held call, still holding the rest. */
    answerOne() {
      const run = held.shift();
      if (!run) throw new Error('No call is held.');
      run();
    },
    heldCalls: () => held.length,
  };
}

export type FakeTasks = ReturnType<typeof fakeTasks>;
