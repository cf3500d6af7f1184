import { GraphTaskGateway, type GraphTaskGatewayOptions } from '../../src/graph';
import type { GraphFailure, GraphOutcome, StepTask } from '../../src/ports';
import { startGraphSandbox, type GraphSandbox, type SandboxTodoTask } from './sandbox/graphSandbox';
import { english, wordsFor } from '../fixtures/words';
import { COACH, COACHEE, sandboxClientOptions } from './helpers';

// The real graph-client against the sandbox's To Do: each user's next steps in
// their own "Coaching" list, one task per step whatever happens in between.

let sandbox: GraphSandbox;
beforeEach(async () => {
  sandbox = await startGraphSandbox({ todoPageSize: 3 });
});
afterEach(() => sandbox.close());

const NOTES_URL = 'https://stagecoach.example/notes?session=session-1';
/** The link back to the notes as an English reader's own client names it. */
const NOTES = { url: NOTES_URL, label: english.t('documents.tasks.notesLink') };

function gateway(userId: string, options: Partial<GraphTaskGatewayOptions> = {}) {
  const base = sandboxClientOptions(sandbox.baseUrl, userId);
  return Object.assign(new GraphTaskGateway({ ...base, timeZone: 'Europe/Berlin', ...options }), { scopes: base.tokens.scopes });
}

function value<T>(outcome: GraphOutcome<T>): T {
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.failure));
  return outcome.value;
}
const failure = <T>(outcome: GraphOutcome<T>): GraphFailure | null => (outcome.ok ? null : outcome.failure);

const step = (stepId: string, text: string, due = '2026-12-10', done = false): StepTask => ({ stepId, text, due, done });
const STEPS = [step('s1', 'Draft the message to Kim'), step('s2', 'Block two focus days', '2026-12-14')];

/** The user's Stagecoach tasks by step key. */
const tasksOf = (userId: string): Map<string, SandboxTodoTask[]> => {
  const byKey = new Map<string, SandboxTodoTask[]>();
  for (const t of sandbox.todoTasks(userId)) {
    const key = t.linkedResources.find((l) => l.applicationName === 'Stagecoach')?.externalId ?? '';
    byKey.set(key, [...(byKey.get(key) ?? []), t]);
  }
  return byKey;
};
const coachingLists = (userId: string) => sandbox.todoLists(userId).filter((l) => l.displayName === 'Coaching');

describe('syncSessionTasks', () => {
  it('makes the Coaching list once and one task per step: due date, reminder on the due day, link back to the notes', async () => {
    const coachee = gateway(COACHEE);
    const states = value(await coachee.syncSessionTasks('session-1', STEPS, NOTES));
    expect(states).toEqual([
      { sessionId: 'session-1', stepId: 's1', done: false },
      { sessionId: 'session-1', stepId: 's2', done: false },
    ]);
    expect(coachingLists(COACHEE)).toHaveLength(1);
    const [task] = tasksOf(COACHEE).get('session-1/s1')!;
    expect(task).toMatchObject({
      listId: coachingLists(COACHEE)[0]!.id,
      title: 'Draft the message to Kim',
      body: { contentType: 'text', content: 'Draft the message to Kim' },
      status: 'notStarted',
      isReminderOn: true,
      dueDateTime: { dateTime: '2026-12-10T00:00:00.0000000', timeZone: 'Europe/Berlin' },
      reminderDateTime: { dateTime: '2026-12-10T09:00:00.0000000', timeZone: 'Europe/Berlin' },
    });
    expect(task!.linkedResources).toEqual([
      expect.objectContaining({
        applicationName: 'Stagecoach',
        externalId: 'session-1/s1',
        webUrl: NOTES_URL,
        displayName: 'Coaching notes',
      }),
    ]);
    expect(coachee.scopes.every((s) => s.join() === 'Tasks.ReadWrite')).toBe(true);
  });

  it('names the link back to the notes in the words its owner’s client gave, never its own', async () => {
    const label = wordsFor('de-DE').t('documents.tasks.notesLink');
    value(await gateway(COACHEE).syncSessionTasks('session-1', [STEPS[0]!], { url: NOTES_URL, label }));
    expect(label).not.toBe(NOTES.label);
    expect(tasksOf(COACHEE).get('session-1/s1')![0]!.linkedResources).toEqual([
      expect.objectContaining({ webUrl: NOTES_URL, displayName: label }),
    ]);
  });

  it('keeps to one task per step over three runs in a row, and writes nothing when nothing changed', async () => {
    const coachee = gateway(COACHEE);
    for (let i = 0; i < 3; i++) value(await coachee.syncSessionTasks('session-1', STEPS, NOTES));
    expect([...tasksOf(COACHEE).values()].map((ts) => ts.length)).toEqual([1, 1]);
    const before = sandbox.requests.length;
    value(
      await new GraphTaskGateway({ ...sandboxClientOptions(sandbox.baseUrl, COACHEE), timeZone: 'Europe/Berlin' }).syncSessionTasks(
        'session-1',
        STEPS,
        NOTES,
      ),
    );
    expect(sandbox.requests.slice(before).map((r) => r.method)).toEqual(['GET', 'GET']); // the lists, the tasks
  });

  it('keeps to one list and one task per step after throttling and lost connections, three runs in a row', async () => {
    const coachee = gateway(COACHEE);
    for (let run = 0; run < 3; run++) {
      sandbox.injectFaults(
        { kind: 'status', status: 429, retryAfterSeconds: 0 },
        { kind: 'status', status: 503, retryAfterSeconds: 0 },
        { kind: 'drop', when: 'before' },
      );
      await coachee.syncSessionTasks('session-1', STEPS, NOTES);
    }
    value(await coachee.syncSessionTasks('session-1', STEPS, NOTES));
    expect(coachingLists(COACHEE)).toHaveLength(1);
    expect([...tasksOf(COACHEE).entries()].map(([k, ts]) => [k, ts.length])).toEqual([
      ['session-1/s1', 1],
      ['session-1/s2', 1],
    ]);
  });

  it('repeats after an answer lost to each kind of write (list made, task patched, task deleted) without doubling anything', async () => {
    const coachee = gateway(COACHEE);
    const passes = { kind: 'slow', ms: 0 } as const;
    const lost = { kind: 'drop', when: 'after' } as const;
    sandbox.injectFaults(passes, lost); // the lists read; the Coaching list made, its answer lost
    value(await coachee.syncSessionTasks('session-1', STEPS, NOTES));
    sandbox.injectFaults(passes, lost); // the tasks read; the edit made, its answer lost
    value(await coachee.syncSessionTasks('session-1', [step('s1', 'Edited'), STEPS[1]!], NOTES));
    sandbox.injectFaults(passes, lost); // the tasks read; s2's task deleted, the answer lost
    value(await coachee.syncSessionTasks('session-1', [step('s1', 'Edited')], NOTES));
    expect(coachingLists(COACHEE)).toHaveLength(1);
    expect(sandbox.todoTasks(COACHEE).map((t) => t.title)).toEqual(['Edited']);
    expect(sandbox.requests.filter((r) => r.status === 0)).toHaveLength(3);
  });

  it('never sends the list or a task again after a 504 for which Graph did the work: nothing doubles, the next run finishes', async () => {
    const coachee = gateway(COACHEE);
    const passes = { kind: 'slow', ms: 0 } as const;
    const lateTimeout = { kind: 'doneThenStatus', status: 504 } as const;
    sandbox.injectFaults(passes, lateTimeout); // the lists read; the Coaching list made, answered 504
    expect(failure(await coachee.syncSessionTasks('session-1', STEPS, NOTES))).not.toBeNull();
    expect(coachingLists(COACHEE)).toHaveLength(1);
    sandbox.injectFaults(passes, passes, lateTimeout); // the lists and tasks read; s1's task made, answered 504
    await coachee.syncSessionTasks('session-1', STEPS, NOTES);
    expect(tasksOf(COACHEE).get('session-1/s1')).toHaveLength(1);
    value(await coachee.syncSessionTasks('session-1', STEPS, NOTES));
    expect(coachingLists(COACHEE)).toHaveLength(1);
    expect([...tasksOf(COACHEE).values()].map((ts) => ts.length)).toEqual([1, 1]);
  });

  it('survives a dropped answer to the very first task it makes', async () => {
    const coachee = gateway(COACHEE);
    // The lists, the list made, the tasks listed; then the first POST is done but its answer lost.
    sandbox.injectFaults({ kind: 'slow', ms: 0 }, { kind: 'slow', ms: 0 }, { kind: 'slow', ms: 0 }, { kind: 'drop', when: 'after' });
    const states = value(await coachee.syncSessionTasks('session-1', STEPS, NOTES));
    expect(states).toHaveLength(2);
    expect([...tasksOf(COACHEE).values()].map((ts) => ts.length)).toEqual([1, 1]);
  });

  it('makes the Coaching list once, and one task per step, when two syncs run at once (a double click)', async () => {
    const coachee = gateway(COACHEE);
    const [a, b] = await Promise.all([
      coachee.syncSessionTasks('session-1', STEPS, NOTES),
      coachee.syncSessionTasks('session-1', STEPS, NOTES),
    ]);
    expect(value(a)).toEqual(value(b));
    expect(coachingLists(COACHEE)).toHaveLength(1);
    expect([...tasksOf(COACHEE).values()].map((ts) => ts.length)).toEqual([1, 1]);
    expect(sandbox.requests.filter((r) => r.method === 'POST' && r.path === '/v1.0/me/todo/lists')).toHaveLength(1);
  });

  it('uses the list with the lowest id when two are named Coaching, everywhere', async () => {
    const first = sandbox.addTodoList(COACHEE, 'Coaching');
    sandbox.addTodoList(COACHEE, 'Coaching');
    value(await gateway(COACHEE).syncSessionTasks('session-1', STEPS, NOTES));
    expect(new Set(sandbox.todoTasks(COACHEE).map((t) => t.listId))).toEqual(new Set([first]));
    expect(value(await gateway(COACHEE).listTasks())).toHaveLength(2);
  });

  it('updates a task whose step was edited: title, body, due date and reminder', async () => {
    const coachee = gateway(COACHEE);
    value(await coachee.syncSessionTasks('session-1', STEPS, NOTES));
    const id = tasksOf(COACHEE).get('session-1/s1')![0]!.id;
    value(await coachee.syncSessionTasks('session-1', [step('s1', 'Send the message to Kim', '2026-12-11'), STEPS[1]!], NOTES));
    const [task] = tasksOf(COACHEE).get('session-1/s1')!;
    expect(task).toMatchObject({
      id,
      title: 'Send the message to Kim',
      body: { content: 'Send the message to Kim' },
      dueDateTime: { dateTime: '2026-12-11T00:00:00.0000000' },
      reminderDateTime: { dateTime: '2026-12-11T09:00:00.0000000' },
    });
    expect(sandbox.requests.filter((r) => r.method === 'PATCH')).toHaveLength(1);
  });

  it('removes the task of a step that is gone or now someone else’s, and leaves other sessions and the user’s own tasks alone', async () => {
    const coachee = gateway(COACHEE);
    const own = sandbox.addTodoTask(COACHEE, sandbox.todoLists(COACHEE)[0]!.id, { title: 'Buy milk' });
    value(await coachee.syncSessionTasks('session-0', [step('s9', 'Older step')], NOTES));
    value(await coachee.syncSessionTasks('session-1', STEPS, NOTES));
    // s2 was handed to the coach: the coachee owns only s1 now.
    expect(value(await coachee.syncSessionTasks('session-1', [STEPS[0]!], NOTES))).toEqual([
      { sessionId: 'session-1', stepId: 's1', done: false },
    ]);
    expect([...tasksOf(COACHEE).keys()].sort()).toEqual(['', 'session-0/s9', 'session-1/s1']);
    expect(sandbox.todoTasks(COACHEE).find((t) => t.id === own)?.title).toBe('Buy milk');
    value(await coachee.syncSessionTasks('session-1', [], NOTES));
    expect(tasksOf(COACHEE).has('session-1/s1')).toBe(false);
  });

  it('pushes done to the task, and never reopens a task the user completed', async () => {
    const coachee = gateway(COACHEE);
    value(await coachee.syncSessionTasks('session-1', STEPS, NOTES));
    const states = value(await coachee.syncSessionTasks('session-1', [{ ...STEPS[0]!, done: true }, STEPS[1]!], NOTES));
    expect(states.map((s) => s.done)).toEqual([true, false]);
    expect(tasksOf(COACHEE).get('session-1/s1')![0]).toMatchObject({ status: 'completed', completedDateTime: expect.anything() });
    // Ticked in To Do, still open in the session: it stays done.
    value(await coachee.setTaskDone('session-1', 's2', true));
    const again = value(await coachee.syncSessionTasks('session-1', STEPS, NOTES));
    expect(again.map((s) => s.done)).toEqual([true, true]);
    expect(sandbox.todoTasks(COACHEE).map((t) => t.status)).toEqual(['completed', 'completed']);
  });

  it('makes a new task as completed for a step already done', async () => {
    value(await gateway(COACHEE).syncSessionTasks('session-1', [step('s1', 'Done already', '2026-12-10', true)], NOTES));
    expect(sandbox.todoTasks(COACHEE)[0]).toMatchObject({ status: 'completed' });
  });

  it('stores hostile text verbatim, as plain text, with a title To Do accepts', async () => {
    const long = `${'A long step. '.repeat(38)}End 😀`.slice(0, 500);
    const texts = [
      '<script>alert("x")</script> & <b>bold</b> &amp; done',
      'שלח את ההודעה לקים \u202Eevil\u202C مرحبا',
      'Emoji 👩🏽‍💻🚀 and "quotes" \'single\'',
      long,
    ];
    const steps = texts.map((text, i) => step(`h${i}`, text));
    value(await gateway(COACHEE).syncSessionTasks('session-1', steps, NOTES));
    const tasks = tasksOf(COACHEE);
    texts.forEach((text, i) => {
      const [task] = tasks.get(`session-1/h${i}`)!;
      expect(task!.body).toEqual({ contentType: 'text', content: text });
      expect(task!.title.length).toBeLessThanOrEqual(255);
    });
    expect(tasks.get('session-1/h0')![0]!.title).toBe(texts[0]);
    const title = tasks.get('session-1/h3')![0]!.title;
    expect(long.length).toBe(500);
    expect(title.endsWith('…')).toBe(true);
    expect(long.startsWith(title.slice(0, -1))).toBe(true);
    // A second run sees nothing to change: the cut title is stable.
    const before = sandbox.requests.length;
    value(await gateway(COACHEE).syncSessionTasks('session-1', steps, NOTES));
    expect(sandbox.requests.slice(before).some((r) => r.method !== 'GET')).toBe(false);
  });

  it('writes the reminder as the same instant in UTC for a zone Graph does not name, and the due date as that date', async () => {
    value(await gateway(COACHEE, { timeZone: 'Europe/Zurich' }).syncSessionTasks('session-1', [STEPS[0]!], NOTES));
    expect(sandbox.todoTasks(COACHEE)[0]).toMatchObject({
      dueDateTime: { dateTime: '2026-12-10T00:00:00.0000000', timeZone: 'UTC' },
      reminderDateTime: { dateTime: '2026-12-10T08:00:00.0000000', timeZone: 'UTC' },
    });
  });

  it('follows pages: a session with more steps than a page holds still has one task each', async () => {
    const many = Array.from({ length: 8 }, (_, i) => step(`m${i}`, `Step ${i}`));
    const coachee = gateway(COACHEE);
    value(await coachee.syncSessionTasks('session-1', many, NOTES));
    value(await coachee.syncSessionTasks('session-1', many, NOTES));
    expect(sandbox.todoTasks(COACHEE)).toHaveLength(8);
    expect(value(await coachee.listTasks())).toHaveLength(8);
  });

  it('never lets the coach’s token touch the coachee’s tasks', async () => {
    value(await gateway(COACHEE).syncSessionTasks('session-1', [STEPS[0]!], NOTES));
    const coacheeTasks = sandbox.todoTasks(COACHEE);
    const before = sandbox.requests.length;
    const coach = gateway(COACH);
    value(await coach.syncSessionTasks('session-1', [STEPS[1]!], NOTES));
    value(await coach.listTasks());
    expect(failure(await coach.setTaskDone('session-1', 's1', true))?.kind).toBe('notFound');
    const coachCalls = sandbox.requests.slice(before);
    expect(coachCalls.length).toBeGreaterThan(0);
    expect(coachCalls.every((r) => r.userId === COACH)).toBe(true);
    expect(sandbox.todoTasks(COACHEE)).toEqual(coacheeTasks);
    expect([...tasksOf(COACH).keys()]).toEqual(['session-1/s2']);
  });

  it('finds and makes the list again when the user deleted it', async () => {
    const coachee = gateway(COACHEE);
    value(await coachee.syncSessionTasks('session-1', STEPS, NOTES));
    sandbox.deleteTodoList(COACHEE, coachingLists(COACHEE)[0]!.id); // in To Do itself
    expect(value(await coachee.listTasks())).toEqual([]);
    value(await coachee.syncSessionTasks('session-1', STEPS, NOTES));
    expect(coachingLists(COACHEE)).toHaveLength(1);
    expect(sandbox.todoTasks(COACHEE)).toHaveLength(2);
  });
});

describe('listTasks', () => {
  it('answers an empty list, and makes nothing, when there is no Coaching list', async () => {
    expect(value(await gateway(COACHEE).listTasks())).toEqual([]);
    expect(coachingLists(COACHEE)).toEqual([]);
    expect(sandbox.requests.every((r) => r.method === 'GET')).toBe(true);
  });

  it('gives every Stagecoach task of the user with its done state, and none of their own', async () => {
    const coachee = gateway(COACHEE);
    value(await coachee.syncSessionTasks('session-0', [step('s9', 'Older', '2026-11-01', true)], NOTES));
    value(await coachee.syncSessionTasks('session-1', STEPS, NOTES));
    sandbox.addTodoTask(COACHEE, coachingLists(COACHEE)[0]!.id, { title: 'My own task in the Coaching list' });
    sandbox.addTodoTask(COACHEE, coachingLists(COACHEE)[0]!.id, {
      title: 'Another app’s task',
      linkedResources: [{ applicationName: 'Planner', externalId: 'session-1/s1' }],
    });
    expect(value(await coachee.listTasks())).toEqual([
      { sessionId: 'session-0', stepId: 's9', done: true },
      { sessionId: 'session-1', stepId: 's1', done: false },
      { sessionId: 'session-1', stepId: 's2', done: false },
    ]);
  });
});

describe('setTaskDone', () => {
  it('ticks and unticks the task', async () => {
    const coachee = gateway(COACHEE);
    value(await coachee.syncSessionTasks('session-1', STEPS, NOTES));
    value(await coachee.setTaskDone('session-1', 's1', true));
    expect(tasksOf(COACHEE).get('session-1/s1')![0]!.status).toBe('completed');
    value(await coachee.setTaskDone('session-1', 's1', false));
    expect(tasksOf(COACHEE).get('session-1/s1')![0]).toMatchObject({ status: 'notStarted', completedDateTime: null });
  });

  it('says notFound, naming the task, for a task that is not there (and makes no list)', async () => {
    const coachee = gateway(COACHEE);
    expect(failure(await coachee.setTaskDone('session-1', 's1', true))).toEqual({ kind: 'notFound', what: 'task', retryable: false });
    expect(coachingLists(COACHEE)).toEqual([]);
    value(await coachee.syncSessionTasks('session-1', STEPS, NOTES));
    expect(failure(await coachee.setTaskDone('session-1', 'nope', true))?.kind).toBe('notFound');
  });
});

describe('failures', () => {
  it.each([
    [401, { kind: 'consent', need: 'tasks', permission: 'Tasks.ReadWrite', retryable: true }],
    [403, { kind: 'consent', need: 'tasks', permission: 'Tasks.ReadWrite', retryable: true }],
    [404, { kind: 'notFound', what: 'taskDeletedMeanwhile', retryable: true }],
    [500, { kind: 'unknown', problem: 'status', status: 500, retryable: true }],
  ])('reports a %i in To Do’s terms', async (status, expected) => {
    sandbox.injectFaults({ kind: 'status', status });
    expect(failure(await gateway(COACHEE).syncSessionTasks('session-1', STEPS, NOTES))).toMatchObject(expected);
  });

  it('says throttled after the RetryHandler gave up on 429 and 503', async () => {
    sandbox.injectFaults(...Array.from({ length: 3 }, () => ({ kind: 'status' as const, status: 429, retryAfterSeconds: 0 })));
    expect(failure(await gateway(COACHEE, { maxRetries: 2 }).listTasks())).toMatchObject({ kind: 'throttled', retryable: true });
    sandbox.injectFaults(...Array.from({ length: 3 }, () => ({ kind: 'status' as const, status: 503, retryAfterSeconds: 0 })));
    expect(failure(await gateway(COACHEE, { maxRetries: 2 }).listTasks())).toMatchObject({ kind: 'throttled', retryable: true });
  });

  it('says offline when Graph cannot be reached', async () => {
    sandbox.injectFaults(...Array.from({ length: 2 }, () => ({ kind: 'drop' as const, when: 'before' as const })));
    expect(failure(await gateway(COACHEE, { networkRetries: 1 }).listTasks())).toMatchObject({ kind: 'offline', retryable: true });
  });

  it('says consent, before any request, when no token can be had', async () => {
    const g = new GraphTaskGateway({
      tokens: { getToken: () => Promise.reject(new Error('no')) },
      baseUrl: sandbox.baseUrl,
      timeZone: 'Europe/Berlin',
    });
    expect(failure(await g.listTasks())?.kind).toBe('consent');
    expect(sandbox.requests).toEqual([]);
  });
});
