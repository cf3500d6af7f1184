import { coachingListId, MAX_TITLE, newTaskBody, stepOfTask, taskPatch, titleOf, type TodoTask } from '../../src/graph/todoTasks';

const step = { stepId: 's1', text: 'Draft the message', due: '2026-12-10', done: false };

/** The task as Graph keeps it after newTaskBody, with `changes`. */
function task(changes: Partial<TodoTask> = {}): TodoTask {
  const { linkedResources, ...body } = newTaskBody('session-1', step, { url: 'https://notes', label: 'Coaching notes' }, 'Europe/Berlin');
  return { id: 't1', ...body, linkedResources, ...changes };
}

describe('titleOf', () => {
  it('keeps a short text as one line', () => {
    expect(titleOf('  Draft\nthe   message ')).toBe('Draft the message');
  });

  it('cuts a long text to MAX_TITLE with an ellipsis, never inside an emoji', () => {
    const text = `${'a'.repeat(MAX_TITLE - 2)}😀😀😀`;
    const title = titleOf(text);
    expect(title.length).toBeLessThanOrEqual(MAX_TITLE);
    expect(title).toBe(`${'a'.repeat(MAX_TITLE - 2)}…`);
    expect(titleOf('x'.repeat(500))).toHaveLength(MAX_TITLE);
  });
});

describe('taskPatch', () => {
  it('changes nothing for a task that matches, though Graph answers its times in UTC', () => {
    expect(taskPatch(task(), step, 'Europe/Berlin')).toBeNull();
    const inUtc = task({
      dueDateTime: { dateTime: '2026-12-09T23:00:00.0000000', timeZone: 'UTC' },
      reminderDateTime: { dateTime: '2026-12-10T08:00:00.0000000', timeZone: 'UTC' },
    });
    expect(taskPatch(inUtc, step, 'Europe/Berlin')).toBeNull();
  });

  it('sends only what changed, and completes but never reopens', () => {
    expect(taskPatch(task(), { ...step, text: 'New' }, 'Europe/Berlin')).toEqual({
      title: 'New',
      body: { contentType: 'text', content: 'New' },
    });
    expect(taskPatch(task(), { ...step, done: true }, 'Europe/Berlin')).toEqual({ status: 'completed' });
    expect(taskPatch(task({ status: 'completed' }), step, 'Europe/Berlin')).toBeNull();
    expect(taskPatch(task({ isReminderOn: false }), step, 'Europe/Berlin')).toMatchObject({ isReminderOn: true });
    expect(taskPatch(task({ body: { contentType: 'html', content: 'Draft the message' } }), step, 'Europe/Berlin')).toHaveProperty('body');
  });
});

describe('which tasks and lists are ours', () => {
  it('reads the step from the Stagecoach linked resource only', () => {
    expect(stepOfTask(task())).toEqual({ sessionId: 'session-1', stepId: 's1' });
    expect(stepOfTask(task({ linkedResources: [{ applicationName: 'Planner', externalId: 'session-1/s1' }] }))).toBeNull();
    expect(stepOfTask(task({ linkedResources: [{ applicationName: 'Stagecoach', externalId: 'no-slash' }] }))).toBeNull();
    expect(stepOfTask(task({ linkedResources: null }))).toBeNull();
  });

  it('picks the lowest id among lists named Coaching', () => {
    expect(
      coachingListId([
        { id: 'b', displayName: 'Coaching' },
        { id: 'a', displayName: 'Coaching' },
        { id: '0', displayName: 'Tasks' },
      ]),
    ).toBe('a');
    expect(coachingListId([{ id: 'a', displayName: 'coaching' }])).toBeNull();
  });
});
