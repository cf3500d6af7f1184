// The plan's steps in each person's own Microsoft To Do, with real parts: the
// closure's task sync (keepStepTasks over the real GraphTaskGateway) loaded
// three times with lost answers between, a tick from the Outlook add-in
// (tickStep), the plan read back (resolveFollowUp), and the next session
// with the same pair learning of the tick (carryOverPrevious, then
// reportCarriedDoneFromTasks), all against the strict local Graph sandbox.
import type { TaskGateway } from '../../src/ports';
import { carryOverPrevious, reportCarriedDoneFromTasks, tickStep } from '../../src/app';
import {
  SAM,
  ALEX,
  NOTES,
  FOLLOW_UP_START,
  closeAndSave,
  coacheeEventId,
  graphOf,
  keepTasksOnce,
  meeting,
  resolveAs,
  tasksByKey,
  toClose,
  value,
} from './planWorld';
import { startGraphSandbox, type GraphSandbox } from './sandbox/graphSandbox';
import { settle, until } from '../fixtures/waiting';

let sandbox: GraphSandbox;
beforeEach(async () => {
  sandbox = await startGraphSandbox({ todoPageSize: 3 });
});
afterEach(() => sandbox.close());

const found = <R extends { kind: string }>(r: R) => {
  if (r.kind !== 'found') throw new Error(`Expected the plan, got ${JSON.stringify(r)}`);
  return r as Extract<R, { kind: 'found' }>;
};

/** A task gateway that says when a listing has come back (the report reads the list once, then acts). */
function watchedListing(tasks: TaskGateway) {
  let listed!: () => void;
  const done = new Promise<void>((resolve) => (listed = resolve));
  const watched: TaskGateway = {
    syncSessionTasks: (...args) => tasks.syncSessionTasks(...args),
    setTaskDone: (...args) => tasks.setTaskDone(...args),
    listTasks: async () => {
      const outcome = await tasks.listTasks();
      listed();
      return outcome;
    },
  };
  return { watched, done };
}

describe('closure, tick, and the next session', () => {
  it('keeps one task per step through three loads with lost answers, ticks it, shows it done, and carries it into the next session as done', async () => {
    const m = meeting('meeting-1');
    toClose(m, undefined, ['Book the room for the hand-over.']);
    const ref = await closeAndSave(sandbox, m, null);

    // The coachee's panel syncs at closure three times (reloads, "Try again"),
    // each with a fresh gateway. The first loses the answer to its first task
    // (made, answer dropped); the second loses the answer to its first read.
    const passes = { kind: 'slow', ms: 0 } as const;
    const lost = { kind: 'drop', when: 'after' } as const;
    sandbox.injectFaults(passes, passes, passes, lost); // lists read, Coaching list made, tasks read, first task made: answer lost
    expect(await keepTasksOnce(m.coachee, SAM.userId, graphOf(sandbox, SAM.userId).tasks)).toEqual({ kind: 'saved', count: 2 });
    sandbox.injectFaults(lost);
    expect(await keepTasksOnce(m.coachee, SAM.userId, graphOf(sandbox, SAM.userId).tasks)).toEqual({ kind: 'saved', count: 2 });
    expect(await keepTasksOnce(m.coachee, SAM.userId, graphOf(sandbox, SAM.userId).tasks)).toEqual({ kind: 'saved', count: 2 });
    // Both answers really were lost: the first task's creation, then the lists read.
    expect(
      sandbox.requests.filter((r) => r.status === 0).map((r) => `${r.method} ${r.path.replace(/lists\/[^/]+/, 'lists/{id}')}`),
    ).toEqual(['POST /v1.0/me/todo/lists/{id}/tasks', 'GET /v1.0/me/todo/lists']);

    expect(sandbox.todoLists(SAM.userId).filter((l) => l.displayName === 'Coaching')).toHaveLength(1);
    expect([...tasksByKey(sandbox, SAM.userId).entries()].map(([key, tasks]) => [key, tasks.length]).sort()).toEqual([
      ['meeting-1/extra-0', 1],
      ['meeting-1/step-1', 1],
    ]);
    // The coach's panel puts the coach's own step in the coach's own list.
    expect(await keepTasksOnce(m.coach, ALEX.userId, graphOf(sandbox, ALEX.userId).tasks)).toEqual({ kind: 'saved', count: 1 });
    expect([...tasksByKey(sandbox, ALEX.userId).keys()]).toEqual(['meeting-1/step-2']);

    // In Outlook, Sam opens the follow-up and ticks step-1 in the plan.
    const samEventId = await coacheeEventId(sandbox, ref.iCalUId);
    const first = found(await resolveAs(sandbox, SAM.userId, samEventId));
    expect(first.plan.steps.find((s) => s.id === 'step-1')).toMatchObject({ done: false, mine: true });
    value(
      await tickStep({
        tasks: graphOf(sandbox, SAM.userId).tasks,
        session: first.session,
        viewerId: first.viewerId,
        stepId: 'step-1',
        done: true,
        notes: NOTES,
      }),
    );
    expect(tasksByKey(sandbox, SAM.userId).get('meeting-1/step-1')![0]).toMatchObject({
      status: 'completed',
      completedDateTime: expect.anything(),
    });
    expect(tasksByKey(sandbox, SAM.userId).get('meeting-1/extra-0')![0]!.status).toBe('notStarted');

    // Opened again: step-1 done, from Sam's task list (the stored session still says open).
    const again = found(await resolveAs(sandbox, SAM.userId, samEventId));
    expect(again.doneStates).toEqual({ from: 'taskList' });
    expect(again.session.nextSteps['step-1']!.done).toBe(false);
    expect(again.plan.steps.map((s) => [s.id, s.done])).toEqual([
      ['step-1', true],
      ['step-2', false],
      ['extra-0', false],
    ]);
    // The coach cannot read Sam's list: the coach's plan shows step-1 as the session recorded it.
    const coachView = found(await resolveAs(sandbox, ALEX.userId, ref.eventId));
    expect(coachView.plan.steps.find((s) => s.id === 'step-1')).toMatchObject({ done: false, mine: false });

    // The next session with the same pair: the coach's client carries the plan over from the coach's own copy.
    const next = meeting('meeting-2', FOLLOW_UP_START);
    expect(await carryOverPrevious(next.coach, graphOf(sandbox, ALEX.userId).archive, ALEX.userId)).toEqual({
      kind: 'carried',
      fromSessionId: 'meeting-1',
    });
    const carried = () => next.coachee.getSnapshot().session!.carriedOver!;
    expect(Object.values(carried().steps).map((s) => [s.id, s.doneBefore])).toEqual([
      ['step-1', false],
      ['step-2', false],
      ['extra-0', false],
    ]);

    // Sam's client reads Sam's own list once and reports the tick.
    const stopSam = reportCarriedDoneFromTasks({
      store: next.coachee,
      userId: SAM.userId,
      tasks: async () => graphOf(sandbox, SAM.userId).tasks,
    });
    await until(() => carried().steps['step-1']!.doneBefore, { subscribe: (l) => next.coachee.subscribe(l) });
    stopSam();
    expect(Object.values(carried().steps).map((s) => [s.id, s.doneBefore])).toEqual([
      ['step-1', true],
      ['step-2', false],
      ['extra-0', false],
    ]);
    // The coach sees it too (one shared session).
    expect(next.coach.getSnapshot().session!.carriedOver!.steps['step-1']!.doneBefore).toBe(true);

    // The coach's client reads the coach's own list (step-2 still open there): nothing to report.
    const before = sandbox.requests.length;
    const dispatch = jest.fn(next.coach.dispatch.bind(next.coach));
    const { watched, done } = watchedListing(graphOf(sandbox, ALEX.userId).tasks);
    const stopCoach = reportCarriedDoneFromTasks({
      store: { getSnapshot: () => next.coach.getSnapshot(), subscribe: (l) => next.coach.subscribe(l), dispatch },
      userId: ALEX.userId,
      tasks: async () => watched,
    });
    await done;
    await settle();
    stopCoach();
    expect(dispatch).not.toHaveBeenCalled();
    const coachCalls = sandbox.requests.slice(before);
    expect(coachCalls.length).toBeGreaterThan(0);
    expect(coachCalls.every((r) => r.userId === ALEX.userId && r.path.startsWith('/v1.0/me/todo/'))).toBe(true);
    expect(carried().steps['step-2']!.doneBefore).toBe(false);
  });
});
