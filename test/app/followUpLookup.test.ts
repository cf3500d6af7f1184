import type { SessionState } from '../../src/domain';
import type {
  EventLookup,
  Failure,
  FollowUpSessionLookup,
  GraphFailure,
  GraphOutcome,
  SessionHistory,
  SessionHistoryReading,
  StepTask,
  TaskGateway,
  TaskState,
} from '../../src/ports';
import { resolveFollowUp, tickStep } from '../../src/app/followUpLookup';
import { COACH, COACHEE, IDS, MINUTE, NEXT_WEEK, TODAY, play, sessionCompleted } from '../fixtures/sessions';

// Strict fakes: each call must be one the test expects, in order; anything
// else (an unexpected call, or one too many) fails the test.
type Call = { method: string; args: unknown[] };

function scripted<T extends object>(name: string, answers: Partial<Record<keyof T, readonly unknown[]>>) {
  const calls: Call[] = [];
  const queues = new Map(Object.entries(answers).map(([k, v]) => [k, [...(v as unknown[])]]));
  const fake = new Proxy({} as T, {
    get(_target, method) {
      if (typeof method !== 'string' || method === 'then') return undefined;
      return (...args: unknown[]) => {
        calls.push({ method, args });
        const queue = queues.get(method);
        if (!queue || queue.length === 0) throw new Error(`${name}.${method} was not expected here.`);
        return Promise.resolve(queue.shift());
      };
    },
  });
  return { fake, calls, leftOver: () => [...queues].filter(([, q]) => q.length).map(([m]) => `${name}.${m}`) };
}

const ok = <T>(value: T): GraphOutcome<T> => ({ ok: true, value });
const fail = (failure: GraphFailure): GraphOutcome<never> => ({ ok: false, failure });
const OFFLINE: GraphFailure = { kind: 'offline', retryable: true };
const NO_TASKS_CONSENT: GraphFailure = { kind: 'consent', need: 'tasks', permission: 'Tasks.ReadWrite', retryable: false };
const NO_PROFILE_CONSENT: GraphFailure = { kind: 'consent', need: 'readProfile', permission: 'User.Read', retryable: false };
const NO_TASK: GraphFailure = { kind: 'notFound', what: 'task', retryable: false };
const BUSY: GraphFailure = { kind: 'throttled', retryable: true };
const NO_ONEDRIVE: Failure = { kind: 'consent', need: 'archive', retryable: true };

const REST_ID = 'AAMkAGI2-evt_1=';
const EVENT = { id: REST_ID, iCalUId: 'ical-1', webLink: null };
const SAM_ME = { userId: COACHEE.userId, displayName: COACHEE.displayName };

/** The completed fixture with a second step, owned by the coach, and a third, the coachee's. */
function session(): SessionState {
  let s = sessionCompleted();
  s = play(
    s,
    COACH,
    { type: 'addNextStep', id: 'step-2', text: 'Send Sam the data contacts', ownerId: COACH.userId, due: TODAY },
    50 * MINUTE,
  );
  s = play(s, COACHEE, { type: 'addNextStep', id: 'step-3', text: 'Book the room', ownerId: COACHEE.userId, due: NEXT_WEEK }, 51 * MINUTE);
  return s;
}

const found = (sessions: SessionState[]): SessionHistory => ({ kind: 'found', sessions, skipped: 0 });

function sources(answers: {
  events?: Partial<Record<keyof EventLookup, readonly unknown[]>>;
  history?: SessionHistory[];
  /** A history with its own lookup by iCalUId (the index), answering these. */
  byFollowUp?: FollowUpSessionLookup[];
  tasks?: Partial<Record<keyof TaskGateway, readonly unknown[]>>;
}) {
  const events = scripted<EventLookup>('events', answers.events ?? {});
  const history = scripted<SessionHistoryReading>('history', { list: answers.history ?? [], byFollowUp: answers.byFollowUp ?? [] });
  const tasks = scripted<TaskGateway>('tasks', answers.tasks ?? {});
  // Without answers for it, the history has no lookup of its own (as before the index).
  const reading: SessionHistoryReading = answers.byFollowUp ? history.fake : { list: () => history.fake.list() };
  return {
    input: { restId: REST_ID, events: events.fake, history: reading, tasks: tasks.fake },
    events,
    history,
    tasks,
    leftOver: () => [...events.leftOver(), ...history.leftOver(), ...tasks.leftOver()],
  };
}

describe('resolveFollowUp', () => {
  it('finds the session whose follow-up the event is, with the viewer’s own done states from their task list', async () => {
    const s = sources({
      events: { eventById: [ok(EVENT)], me: [ok(SAM_ME)] },
      history: [found([session()])],
      tasks: {
        listTasks: [
          ok<TaskState[]>([
            { sessionId: 's-fixture', stepId: IDS.step, done: true },
            // Another session's task with the same step id changes nothing here.
            { sessionId: 's-other', stepId: 'step-3', done: true },
          ]),
        ],
      },
    });
    const result = await resolveFollowUp(s.input);
    expect(s.events.calls.find((c) => c.method === 'eventById')?.args).toEqual([REST_ID]);
    expect(result).toMatchObject({ kind: 'found', viewerId: COACHEE.userId, doneStates: { from: 'taskList' } });
    if (result.kind !== 'found') throw new Error('not found');
    expect(result.session.sessionId).toBe('s-fixture');
    expect(result.plan.steps.map((x) => [x.id, x.mine, x.done])).toEqual([
      ['step-2', false, false],
      [IDS.step, true, true],
      ['step-3', true, false],
    ]);
    expect(s.leftOver()).toEqual([]);
  });

  it('still shows the plan when the task list cannot be read, with the session’s done states, and says why', async () => {
    const s = sources({
      events: { eventById: [ok(EVENT)], me: [ok(SAM_ME)] },
      history: [found([session()])],
      tasks: { listTasks: [fail(NO_TASKS_CONSENT)] },
    });
    const result = await resolveFollowUp(s.input);
    expect(result).toMatchObject({
      kind: 'found',
      doneStates: { from: 'session', failure: NO_TASKS_CONSENT },
    });
    if (result.kind === 'found') expect(result.plan.steps.every((x) => !x.done)).toBe(true);
  });

  it('says the meeting is not a follow-up when no stored session names its iCalUId, without touching the task list', async () => {
    const s = sources({
      events: { eventById: [ok({ ...EVENT, iCalUId: 'ical-unrelated' })], me: [ok(SAM_ME)] },
      history: [found([session()])],
    });
    expect(await resolveFollowUp(s.input)).toEqual({ kind: 'notFollowUp' });
    expect(s.tasks.calls).toEqual([]);
  });

  it('asks a history with its own lookup for the one session, never for the whole history', async () => {
    const s = sources({
      events: { eventById: [ok(EVENT)], me: [ok(SAM_ME)] },
      byFollowUp: [{ kind: 'found', session: session() }],
      tasks: { listTasks: [ok<TaskState[]>([])] },
    });
    expect(await resolveFollowUp(s.input)).toMatchObject({ kind: 'found', session: { sessionId: 's-fixture' } });
    expect(s.history.calls).toEqual([{ method: 'byFollowUp', args: ['ical-1'] }]);
  });

  it.each([
    ['none', { kind: 'none' }, { kind: 'notFollowUp' }],
    ['failed', { kind: 'failed', failure: NO_ONEDRIVE }, { kind: 'failed', failure: NO_ONEDRIVE }],
  ] as const)('passes on the lookup’s %s', async (_, lookup, expected) => {
    const s = sources({ events: { eventById: [ok(EVENT)], me: [ok(SAM_ME)] }, byFollowUp: [lookup] });
    expect(await resolveFollowUp(s.input)).toEqual(expected);
    expect(s.tasks.calls).toEqual([]);
  });

  it.each([
    ['the event cannot be read', { eventById: [fail(OFFLINE)], me: [ok(SAM_ME)] }, [], OFFLINE],
    ['the user cannot be read', { eventById: [ok(EVENT)], me: [fail(NO_PROFILE_CONSENT)] }, [], NO_PROFILE_CONSENT],
    [
      'the stored sessions cannot be read',
      { eventById: [ok(EVENT)], me: [ok(SAM_ME)] },
      [{ kind: 'failed', failure: NO_ONEDRIVE }],
      NO_ONEDRIVE,
    ],
  ] as const)('fails, saying why, when %s', async (_, events, history, expected) => {
    const s = sources({ events, history: [...history] as SessionHistory[] });
    expect(await resolveFollowUp(s.input)).toEqual({ kind: 'failed', failure: expected });
    expect(s.tasks.calls).toEqual([]);
  });
});

describe('tickStep', () => {
  const base = { session: session(), viewerId: COACHEE.userId, notes: { url: 'https://teams.example/notes', label: 'Coaching notes' } };

  it('ticks the viewer’s own step in their task list', async () => {
    const s = sources({ tasks: { setTaskDone: [ok(undefined)] } });
    expect(await tickStep({ ...base, tasks: s.input.tasks, stepId: IDS.step, done: true })).toEqual({ ok: true, value: undefined });
    expect(s.tasks.calls).toEqual([{ method: 'setTaskDone', args: ['s-fixture', IDS.step, true] }]);
  });

  it('makes the viewer’s own tasks first when the step’s task does not exist yet, then ticks it', async () => {
    const s = sources({
      tasks: {
        setTaskDone: [fail(NO_TASK), ok(undefined)],
        syncSessionTasks: [ok<TaskState[]>([])],
      },
    });
    expect(await tickStep({ ...base, tasks: s.input.tasks, stepId: 'step-3', done: true })).toEqual({ ok: true, value: undefined });
    expect(s.tasks.calls.map((c) => c.method)).toEqual(['setTaskDone', 'syncSessionTasks', 'setTaskDone']);
    const [sessionId, steps, notes] = s.tasks.calls[1]!.args as [string, StepTask[], unknown];
    // Only the viewer's own steps: the coach's step never reaches the coachee's task list.
    expect([sessionId, steps.map((x) => x.stepId), notes]).toEqual(['s-fixture', [IDS.step, 'step-3'], base.notes]);
    expect(steps[0]).toEqual({ stepId: IDS.step, text: 'Agree a Wednesday hand-over with the data team.', due: NEXT_WEEK, done: false });
  });

  it('passes on a failure to make the tasks, and any failure but notFound as it is', async () => {
    const s = sources({
      tasks: {
        setTaskDone: [fail(NO_TASK), fail(BUSY)],
        syncSessionTasks: [fail(BUSY)],
      },
    });
    expect(await tickStep({ ...base, tasks: s.input.tasks, stepId: IDS.step, done: true })).toEqual(fail(BUSY));
    expect(await tickStep({ ...base, tasks: s.input.tasks, stepId: IDS.step, done: false })).toEqual(fail(BUSY));
    expect(s.tasks.calls.map((c) => c.method)).toEqual(['setTaskDone', 'syncSessionTasks', 'setTaskDone']);
  });

  it('refuses someone else’s step without calling the task list', async () => {
    const s = sources({});
    const result = await tickStep({ ...base, tasks: s.input.tasks, stepId: 'step-2', done: true });
    expect(result).toEqual({ ok: false, failure: { kind: 'invalid', problem: 'notYourStep', retryable: false } });
    expect(s.tasks.calls).toEqual([]);
  });
});
