import type { Command } from '../../src/domain';
import type { SessionStore, TaskGateway } from '../../src/ports';
import { reportCarriedDoneFromTasks } from '../../src/app';
import { COACH, COACHEE, OBSERVER } from '../fixtures/sessions';
import { fakeTasks } from '../fixtures/fakeTasks';
import { syncMeeting } from '../fixtures/syncMeeting';
import { settle } from '../fixtures/waiting';

const PREVIOUS = 's-previous';

/** Last time's plan: two steps of the coachee's (one already done in that session) and one of the coach's. */
const CARRY: Extract<Command, { type: 'carryOver' }> = {
  type: 'carryOver',
  fromSessionId: PREVIOUS,
  fromDate: '2026-11-11',
  challenge: 'I keep missing the weekly report deadline.',
  chosenOption: null,
  steps: [
    {
      id: 'p-1',
      text: 'Agree a Wednesday hand-over',
      ownerId: COACHEE.userId,
      ownerName: COACHEE.displayName,
      due: '2026-11-18',
      done: true,
    },
    {
      id: 'p-2',
      text: 'Draft the report template',
      ownerId: COACHEE.userId,
      ownerName: COACHEE.displayName,
      due: '2026-11-20',
      done: false,
    },
    { id: 'p-3', text: 'Ask finance for data', ownerId: COACH.userId, ownerName: COACH.displayName, due: '2026-11-20', done: false },
  ],
  causes: [],
};

/** One user's To Do holding last time's tasks, as their client wrote them then. */
function todoOf(ownerId: string) {
  const todo = fakeTasks({ sessions: [PREVIOUS] });
  for (const s of CARRY.steps.filter((x) => x.ownerId === ownerId)) {
    todo.seed({ sessionId: PREVIOUS, stepId: s.id, text: s.text, due: s.due, done: s.done });
  }
  return todo;
}

function watch(store: SessionStore, userId: string, gateway: () => Promise<TaskGateway>) {
  const dispatch = jest.spyOn(store, 'dispatch');
  const stop = reportCarriedDoneFromTasks({ store, userId, tasks: gateway });
  return { dispatch, stop };
}

const carried = (store: SessionStore) => store.getSnapshot().session!.carriedOver!.steps;

describe('reportCarriedDoneFromTasks', () => {
  it('reports the carried steps the user ticked in their own To Do since, once the plan is carried in', async () => {
    const m = syncMeeting();
    const todo = todoOf(COACHEE.userId);
    todo.tick(PREVIOUS, 'p-2');
    const { dispatch, stop } = watch(m.coachee, COACHEE.userId, () => Promise.resolve(todo.gateway));
    await settle();
    expect(todo.calls).toEqual([]);

    m.send(m.coach, CARRY);
    await settle();
    expect(todo.calls).toEqual([{ method: 'listTasks' }]);
    expect(dispatch).toHaveBeenCalledWith({ type: 'reportCarriedDone', ids: ['p-2'] });
    // Everyone sees it, the coach too: through the coachee's own client.
    expect(carried(m.coach)['p-2']!.doneBefore).toBe(true);
    expect(carried(m.coach)['p-3']!.doneBefore).toBe(false);
    expect(todo.violations).toEqual([]);
    stop();
  });

  it('reads once per carried plan, however often the session changes after', async () => {
    const m = syncMeeting();
    m.send(m.coach, CARRY);
    const todo = todoOf(COACHEE.userId);
    const { stop } = watch(m.coachee, COACHEE.userId, () => Promise.resolve(todo.gateway));
    await settle();
    todo.tick(PREVIOUS, 'p-2');
    m.send(m.coachee, { type: 'reviewCarriedStep', id: 'p-1', review: 'done' });
    m.send(m.coachee, { type: 'stateChallenge', id: 'ch-1', text: 'Something new.' });
    await settle();
    expect(todo.calls).toEqual([{ method: 'listTasks' }]);
    stop();
  });

  it('sends nothing when nothing new is done', async () => {
    const m = syncMeeting();
    m.send(m.coach, CARRY);
    const todo = todoOf(COACHEE.userId);
    const { dispatch, stop } = watch(m.coachee, COACHEE.userId, () => Promise.resolve(todo.gateway));
    await settle();
    expect(todo.calls).toEqual([{ method: 'listTasks' }]);
    expect(dispatch).not.toHaveBeenCalled();
    stop();
  });

  it('reports only the user’s own steps, and never reads the tasks of someone with none open', async () => {
    const m = syncMeeting();
    m.send(m.coach, CARRY);
    // Whatever the coach's list says of the coachee's steps, it is not the coach's to report.
    const coachTodo = fakeTasks({ sessions: [PREVIOUS] });
    coachTodo.seed({ sessionId: PREVIOUS, stepId: 'p-2', text: 'Draft the report template', due: '2026-11-20', done: true });
    coachTodo.seed({ sessionId: PREVIOUS, stepId: 'p-3', text: 'Ask finance for data', due: '2026-11-20', done: true });
    const coach = watch(m.coach, COACH.userId, () => Promise.resolve(coachTodo.gateway));
    await settle();
    expect(coach.dispatch).toHaveBeenCalledWith({ type: 'reportCarriedDone', ids: ['p-3'] });
    expect(carried(m.coachee)['p-2']!.doneBefore).toBe(false);

    m.send(m.coachee, { type: 'reportCarriedDone', ids: ['p-2'] });
    const loads = jest.fn(() => Promise.resolve(todoOf(COACHEE.userId).gateway));
    const coachee = watch(m.coachee, COACHEE.userId, loads);
    const observer = m.observer();
    const watching = watch(observer, OBSERVER.userId, loads);
    await settle();
    expect(loads).not.toHaveBeenCalled();
    for (const w of [coach, coachee, watching]) w.stop();
  });

  it('stays quiet when the task list cannot be read', async () => {
    const m = syncMeeting();
    const todo = todoOf(COACHEE.userId);
    todo.failNext({ kind: 'offline', retryable: true });
    const failing = watch(m.coachee, COACHEE.userId, () => Promise.resolve(todo.gateway));
    const unloadable = watch(m.coachee, COACHEE.userId, () => Promise.reject(new Error('Sign-in is not set up.')));
    m.send(m.coach, CARRY);
    await settle();
    expect(failing.dispatch).not.toHaveBeenCalled();
    expect(carried(m.coachee)['p-2']!.doneBefore).toBe(false);
    // The review by hand still works.
    m.send(m.coachee, { type: 'reviewCarriedStep', id: 'p-2', review: 'done' });
    failing.stop();
    unloadable.stop();
  });

  it('sends nothing after stop, even when the answer comes later', async () => {
    const m = syncMeeting();
    m.send(m.coach, CARRY);
    const todo = todoOf(COACHEE.userId);
    todo.tick(PREVIOUS, 'p-2');
    todo.hold();
    const { dispatch, stop } = watch(m.coachee, COACHEE.userId, () => Promise.resolve(todo.gateway));
    await settle();
    stop();
    todo.release();
    await settle();
    expect(dispatch).not.toHaveBeenCalled();
  });
});
