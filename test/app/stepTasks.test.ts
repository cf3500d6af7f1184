import type { TaskGateway } from '../../src/ports';
import { keepStepTasks, type StepTasksKeeper } from '../../src/app';
import type { SaverTimers } from '../../src/app/ownCopySaver';
import { COACH, COACHEE, NEXT_WEEK, OBSERVER } from '../fixtures/sessions';
import { fakeTasks, type FakeTasks } from '../fixtures/fakeTasks';
import { closeIt, SESSION, syncMeeting, toClose, type SyncMeeting } from '../fixtures/syncMeeting';
import { settle } from '../fixtures/waiting';

const DEBOUNCE = 5_000;
/** The link back to the notes as the user's own page words it. */
const NOTES = { url: 'https://teams.microsoft.com/l/entity/app/stagecoach', label: 'Coaching-Notizen' };
const notes = () => Promise.resolve(NOTES);

/** Timers that fire only when the test says so. */
function manualTimers() {
  let next = 1;
  const pending = new Map<number, () => void>();
  const timers: SaverTimers = {
    setTimeout: (run) => {
      pending.set(next, run);
      return next++;
    },
    clearTimeout: (handle) => void pending.delete(handle as number),
  };
  const fire = () => {
    const runs = [...pending.values()];
    pending.clear();
    runs.forEach((run) => run());
  };
  return { timers, fire, pending: () => pending.size };
}

let keepers: StepTasksKeeper[] = [];
let fakes: FakeTasks[] = [];
afterEach(() => {
  keepers.forEach((k) => k.dispose());
  for (const f of fakes) expect(f.violations).toEqual([]);
  keepers = [];
  fakes = [];
});

/** A keeper for `userId` in `m`, over their own fake To Do; `loads` counts how often the gateway was asked for (sign-in). */
function keeper(m: SyncMeeting, store: 'coach' | 'coachee' | ReturnType<SyncMeeting['observer']>, userId: string) {
  const todo = fakeTasks({ sessions: [SESSION] });
  fakes.push(todo);
  const t = manualTimers();
  const loads = jest.fn((): Promise<TaskGateway> => Promise.resolve(todo.gateway));
  const k = keepStepTasks({
    store: typeof store === 'string' ? m[store] : store,
    userId,
    tasks: loads,
    notes,
    debounceMs: DEBOUNCE,
    timers: t.timers,
  });
  keepers.push(k);
  const syncs = () => todo.calls.filter((c) => c.method === 'syncSessionTasks');
  return { k, todo, t, loads, syncs };
}

describe('keepStepTasks', () => {
  it('starts only once the follow-up is on the calendar, and puts exactly the user’s own steps in their list', async () => {
    const m = syncMeeting();
    const coachee = keeper(m, 'coachee', COACHEE.userId);
    toClose(m);
    coachee.t.fire();
    await settle();
    expect(coachee.loads).not.toHaveBeenCalled();
    expect(coachee.k.getStatus()).toEqual({ kind: 'idle' });

    closeIt(m);
    expect(coachee.k.getStatus()).toEqual({ kind: 'saving' });
    await settle();
    expect(coachee.syncs()).toEqual([
      {
        method: 'syncSessionTasks',
        sessionId: SESSION,
        steps: [{ stepId: 'step-1', text: 'Agree a Wednesday hand-over.', due: NEXT_WEEK, done: false }],
        notes: NOTES,
      },
    ]);
    expect(coachee.k.getStatus()).toEqual({ kind: 'saved', count: 1 });
    expect(coachee.todo.tasks().map((t) => t.stepId)).toEqual(['step-1']);
  });

  it('starts at once when opened after the closure (a reload), and the reload makes no second task', async () => {
    const m = syncMeeting();
    toClose(m);
    closeIt(m);
    const first = keeper(m, 'coach', COACH.userId);
    await settle();
    first.k.dispose();
    // The same To Do, a fresh panel.
    const again = keepStepTasks({
      store: m.coach,
      userId: COACH.userId,
      tasks: () => Promise.resolve(first.todo.gateway),
      notes,
      debounceMs: DEBOUNCE,
      timers: first.t.timers,
    });
    keepers.push(again);
    await settle();
    expect(first.syncs()).toHaveLength(2);
    expect(first.todo.tasks()).toEqual([
      expect.objectContaining({ sessionId: SESSION, stepId: 'step-2', text: 'Ask finance for the template.' }),
    ]);
    expect(again.getStatus()).toEqual({ kind: 'saved', count: 1 });
  });

  it('waits for the page’s words before it writes, so the link back is named in the user’s own language', async () => {
    const m = syncMeeting();
    toClose(m);
    closeIt(m);
    const todo = fakeTasks({ sessions: [SESSION] });
    fakes.push(todo);
    let wordsLoaded: (link: typeof NOTES) => void = () => undefined;
    const k = keepStepTasks({
      store: m.coachee,
      userId: COACHEE.userId,
      tasks: () => Promise.resolve(todo.gateway),
      notes: () => new Promise((resolve) => (wordsLoaded = resolve)),
      debounceMs: DEBOUNCE,
      timers: manualTimers().timers,
    });
    keepers.push(k);
    await settle();
    expect(todo.calls).toEqual([]);
    expect(k.getStatus()).toEqual({ kind: 'saving' });
    wordsLoaded(NOTES);
    await settle();
    expect(todo.calls).toEqual([expect.objectContaining({ method: 'syncSessionTasks', notes: NOTES })]);
    expect(k.getStatus()).toEqual({ kind: 'saved', count: 1 });
  });

  it('syncs once per burst of edits to the user’s steps, after the quiet time, and ignores everyone else’s', async () => {
    const m = syncMeeting();
    toClose(m);
    closeIt(m);
    const coachee = keeper(m, 'coachee', COACHEE.userId);
    await settle();
    expect(coachee.syncs()).toHaveLength(1);

    // The coach's own step and the rest of the session are not the coachee's To Do.
    m.send(m.coach, { type: 'editNextStep', id: 'step-2', text: 'Ask finance for the new template.' });
    m.send(m.coach, { type: 'giveAffirmation', text: 'You have a solid plan.' });
    expect(coachee.t.pending()).toBe(0);

    m.send(m.coachee, { type: 'editNextStep', id: 'step-1', text: 'Agree a Wednesday hand-over with Kim.' });
    m.send(m.coachee, { type: 'editNextStep', id: 'step-1', text: 'Agree a Wednesday hand-over with Kim and Lee.' });
    m.send(m.coachee, { type: 'setNextStepDone', id: 'step-1', done: true });
    await settle();
    expect(coachee.syncs()).toHaveLength(1);
    coachee.t.fire();
    await settle();
    expect(coachee.syncs()).toHaveLength(2);
    expect(coachee.syncs()[1]).toMatchObject({
      steps: [{ stepId: 'step-1', text: 'Agree a Wednesday hand-over with Kim and Lee.', done: true }],
    });
    expect(coachee.todo.tasks()).toEqual([expect.objectContaining({ stepId: 'step-1', done: true })]);
  });

  it('removes the task when the user’s step is removed or handed to someone else', async () => {
    const m = syncMeeting();
    toClose(m);
    closeIt(m);
    const coachee = keeper(m, 'coachee', COACHEE.userId);
    const coach = keeper(m, 'coach', COACH.userId);
    m.send(m.coachee, { type: 'addNextStep', id: 'step-3', text: 'Book a room.', ownerId: COACHEE.userId, due: NEXT_WEEK });
    coachee.t.fire();
    await settle();
    expect(coachee.todo.tasks().map((t) => t.stepId)).toEqual(['step-1', 'step-3']);

    m.send(m.coach, { type: 'editNextStep', id: 'step-3', ownerId: COACH.userId });
    m.send(m.coach, { type: 'removeNextStep', id: 'step-1' });
    coachee.t.fire();
    coach.t.fire();
    await settle();
    expect(coachee.syncs().at(-1)).toMatchObject({ steps: [] });
    expect(coachee.todo.tasks()).toEqual([]);
    expect(coachee.k.getStatus()).toEqual({ kind: 'saved', count: 0 });
    expect(coach.todo.tasks().map((t) => t.stepId)).toEqual(['step-2', 'step-3']);
  });

  it('never runs two syncs at once: a change and a retry during a sync run one more afterwards', async () => {
    const m = syncMeeting();
    toClose(m);
    const coachee = keeper(m, 'coachee', COACHEE.userId);
    coachee.todo.hold();
    closeIt(m);
    await settle();
    expect(coachee.todo.heldCalls()).toBe(1);

    m.send(m.coachee, { type: 'editNextStep', id: 'step-1', due: '2026-12-09' });
    coachee.t.fire();
    coachee.k.retry();
    coachee.k.retry();
    await settle();
    expect(coachee.syncs()).toHaveLength(1);

    coachee.todo.answerOne();
    await settle();
    expect(coachee.syncs()).toHaveLength(2);
    expect(coachee.syncs()[1]).toMatchObject({ steps: [{ stepId: 'step-1', due: '2026-12-09' }] });
    coachee.todo.release();
    await settle();
    expect(coachee.syncs()).toHaveLength(2);
    expect(coachee.k.getStatus()).toEqual({ kind: 'saved', count: 1 });
  });

  it('a double trigger with nothing new makes no second sync', async () => {
    const m = syncMeeting();
    toClose(m);
    const coachee = keeper(m, 'coachee', COACHEE.userId);
    coachee.todo.hold();
    closeIt(m);
    coachee.k.retry();
    await settle();
    coachee.todo.release();
    await settle();
    expect(coachee.syncs()).toHaveLength(1);
    expect(coachee.todo.tasks()).toHaveLength(1);
  });

  it('reports a failure, then puts the steps there after Try again', async () => {
    const m = syncMeeting();
    toClose(m);
    const coachee = keeper(m, 'coachee', COACHEE.userId);
    const seen: string[] = [];
    coachee.k.subscribe(() => seen.push(coachee.k.getStatus().kind));
    coachee.todo.failNext({ kind: 'offline', retryable: true });
    closeIt(m);
    await settle();
    expect(coachee.k.getStatus()).toEqual({ kind: 'failed', failure: { kind: 'offline', retryable: true } });
    expect(coachee.todo.tasks()).toEqual([]);

    coachee.k.retry();
    await settle();
    expect(coachee.k.getStatus()).toEqual({ kind: 'saved', count: 1 });
    expect(coachee.todo.tasks()).toHaveLength(1);
    expect(seen).toEqual(['saving', 'failed', 'saving', 'saved']);
  });

  it('reports a gateway that cannot load (sign-in, a lost chunk) as a failure to try again', async () => {
    const m = syncMeeting();
    toClose(m);
    closeIt(m);
    const k = keepStepTasks({
      store: m.coachee,
      userId: COACHEE.userId,
      tasks: () => Promise.reject(new Error('Sign-in is not set up.')),
      notes,
      debounceMs: DEBOUNCE,
      timers: manualTimers().timers,
    });
    keepers.push(k);
    await settle();
    expect(k.getStatus()).toEqual({
      kind: 'failed',
      failure: { kind: 'unknown', problem: 'unexpected', retryable: true, detail: 'Sign-in is not set up.' },
    });
  });

  it('never asks for the task list of an observer, or of someone who owns no step', async () => {
    const m = syncMeeting();
    const observer = keeper(m, m.observer(), OBSERVER.userId);
    toClose(m);
    m.send(m.coach, { type: 'editNextStep', id: 'step-2', ownerId: COACHEE.userId });
    const coach = keeper(m, 'coach', COACH.userId);
    closeIt(m);
    m.send(m.coachee, { type: 'editNextStep', id: 'step-1', text: 'Agree a hand-over.' });
    observer.t.fire();
    coach.t.fire();
    observer.k.retry();
    await settle();
    expect(observer.loads).not.toHaveBeenCalled();
    expect(coach.loads).not.toHaveBeenCalled();
    expect(observer.k.getStatus()).toEqual({ kind: 'idle' });
    expect(coach.k.getStatus()).toEqual({ kind: 'idle' });
  });

  it('sends only step fields: nothing else of the session reaches the task list', async () => {
    const m = syncMeeting();
    toClose(m);
    const coach = keeper(m, 'coach', COACH.userId);
    closeIt(m);
    m.send(m.coach, { type: 'giveAffirmation', text: 'You have a solid plan.' });
    await settle();
    const sent = JSON.stringify(coach.todo.calls);
    for (const elsewhere of ['weekly report deadline', 'Thursday evening', 'Move the report', 'hand-over', 'solid plan', 'ical-1']) {
      expect(sent).not.toContain(elsewhere);
    }
    expect(coach.syncs()[0]!.steps).toEqual([{ stepId: 'step-2', text: 'Ask finance for the template.', due: NEXT_WEEK, done: false }]);
  });

  it('stops on dispose: no timer left, no late status', async () => {
    const m = syncMeeting();
    toClose(m);
    closeIt(m);
    const coachee = keeper(m, 'coachee', COACHEE.userId);
    coachee.todo.hold();
    m.send(m.coachee, { type: 'editNextStep', id: 'step-1', text: 'Changed.' });
    coachee.k.dispose();
    expect(coachee.t.pending()).toBe(0);
    coachee.todo.release();
    await settle();
    expect(coachee.syncs()).toHaveLength(1);
  });
});
