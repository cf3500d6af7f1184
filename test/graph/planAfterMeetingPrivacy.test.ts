// The plan after the meeting keeps each person's data their own, with real
// parts against the strict local Graph sandbox: the coach's token never
// touches the coachee's To Do, the coach's private notes reach no task, no
// event and nothing the coachee's Outlook add-in is given, and hostile step
// text travels verbatim, as plain text, through the task and the resolution.
import { tickStep } from '../../src/app';
import { NOW, OBSERVER } from './helpers';
import {
  ALEX,
  NOTES,
  SAM,
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
import { startGraphSandbox, type GraphSandbox, type SandboxRequest } from './sandbox/graphSandbox';

let sandbox: GraphSandbox;
beforeEach(async () => {
  sandbox = await startGraphSandbox();
});
afterEach(() => sandbox.close());

const SECRET = 'Private: Sam sounds worn out, ask about workload.';

const found = <R extends { kind: string }>(r: R) => {
  if (r.kind !== 'found') throw new Error(`Expected the plan, got ${JSON.stringify(r)}`);
  return r as Extract<R, { kind: 'found' }>;
};

/** Every To Do list and task id of the user, as the sandbox holds them. */
const todoIds = (userId: string) => [...sandbox.todoLists(userId).map((l) => l.id), ...sandbox.todoTasks(userId).map((t) => t.id)];
const todoCalls = (requests: SandboxRequest[], userId: string) =>
  requests.filter((r) => r.userId === userId && r.path.startsWith('/v1.0/me/todo'));
const decoded = (r: SandboxRequest) => decodeURIComponent(r.path);

describe('privacy of the plan after the meeting', () => {
  it('the coach’s token never touches the coachee’s tasks, and the coach’s private notes go nowhere but the coach’s own copy', async () => {
    const m = meeting('meeting-1');
    toClose(m);
    const ref = await closeAndSave(sandbox, m, { text: SECRET, updatedAt: NOW });
    // Non-vacuous: the notes are in the coach's own OneDrive copy, byte for byte.
    const coachCopy = sandbox.driveFiles(ALEX.userId).map((p) => sandbox.driveFile(ALEX.userId, p)!.toString('utf8'));
    expect(coachCopy.join('\n')).toContain(SECRET);

    // Sam: the closure's sync, then a tick in Outlook.
    expect(await keepTasksOnce(m.coachee, SAM.userId, graphOf(sandbox, SAM.userId).tasks)).toMatchObject({ kind: 'saved' });
    const samEventId = await coacheeEventId(sandbox, ref.iCalUId);
    const samPlan = found(await resolveAs(sandbox, SAM.userId, samEventId));
    value(
      await tickStep({
        tasks: graphOf(sandbox, SAM.userId).tasks,
        session: samPlan.session,
        viewerId: SAM.userId,
        stepId: 'step-1',
        done: true,
        notes: NOTES,
      }),
    );
    const samTasks = sandbox.todoTasks(SAM.userId);
    const samIds = todoIds(SAM.userId);
    expect(samIds.length).toBeGreaterThan(1);

    // Alex: the closure's sync, the plan in Outlook, a tick of Alex's own step, and an attempt at Sam's.
    const fromAlex = sandbox.requests.length;
    expect(await keepTasksOnce(m.coach, ALEX.userId, graphOf(sandbox, ALEX.userId).tasks)).toMatchObject({ kind: 'saved' });
    const alexPlan = found(await resolveAs(sandbox, ALEX.userId, ref.eventId));
    const alexTasks = graphOf(sandbox, ALEX.userId).tasks;
    value(
      await tickStep({
        tasks: alexTasks,
        session: alexPlan.session,
        viewerId: ALEX.userId,
        stepId: 'step-2',
        done: true,
        notes: NOTES,
      }),
    );
    const beforeRefused = sandbox.requests.length;
    expect(
      await tickStep({
        tasks: alexTasks,
        session: alexPlan.session,
        viewerId: ALEX.userId,
        stepId: 'step-1',
        done: false,
        notes: NOTES,
      }),
    ).toMatchObject({
      ok: false,
      failure: { kind: 'invalid', retryable: false },
    });
    expect(sandbox.requests.length).toBe(beforeRefused); // refused before any request
    const alexCalls = sandbox.requests.slice(fromAlex);

    // Sam's list is exactly as Sam left it.
    expect(sandbox.todoTasks(SAM.userId)).toEqual(samTasks);
    // Every To Do call in Alex's part was Alex's, and named none of Sam's lists or tasks.
    expect(alexCalls.filter((r) => r.path.startsWith('/v1.0/me/todo')).every((r) => r.userId === ALEX.userId)).toBe(true);
    const alexTodo = todoCalls(sandbox.requests, ALEX.userId);
    expect(alexTodo.length).toBeGreaterThan(0);
    for (const r of alexTodo) for (const id of samIds) expect(decoded(r)).not.toContain(id);
    // And every To Do call with Sam's token named only Sam's own lists and tasks.
    const alexIds = todoIds(ALEX.userId);
    const samTodo = todoCalls(sandbox.requests, SAM.userId);
    expect(samTodo.length).toBeGreaterThan(0);
    for (const r of samTodo) for (const id of alexIds) expect(decoded(r)).not.toContain(id);
    // No To Do call without a token, nor with anyone else's.
    expect(
      sandbox.requests.filter((r) => r.path.startsWith('/v1.0/me/todo')).every((r) => r.userId === SAM.userId || r.userId === ALEX.userId),
    ).toBe(true);
    // Each list holds its owner's steps only.
    expect([...tasksByKey(sandbox, SAM.userId).keys()]).toEqual(['meeting-1/step-1']);
    expect([...tasksByKey(sandbox, ALEX.userId).keys()]).toEqual(['meeting-1/step-2']);

    // The private notes: in no task of anyone (title, body, linked resources), in no event, in nothing Sam is given.
    for (const user of [ALEX.userId, SAM.userId, OBSERVER]) expect(JSON.stringify(sandbox.todoTasks(user))).not.toContain(SECRET);
    for (const user of [ALEX.userId, SAM.userId]) {
      expect(sandbox.events(user).length).toBeGreaterThan(0);
      expect(JSON.stringify(sandbox.events(user))).not.toContain(SECRET);
    }
    const samAgain = await resolveAs(sandbox, SAM.userId, samEventId);
    expect(samAgain.kind).toBe('found');
    for (const given of [samPlan, samAgain]) expect(JSON.stringify(given)).not.toContain(SECRET);
    const samCopy = sandbox.driveFiles(SAM.userId).map((p) => sandbox.driveFile(SAM.userId, p)!.toString('utf8'));
    expect(samCopy.join('\n')).not.toContain(SECRET);
  });
});

/** Exactly `n` UTF-16 code units of mixed scripts, markup and emoji, with no pair split and nothing to trim. */
function longStep(n: number): string {
  const piece = '<i>Step</i> & "so" שלום مرحبا 👩🏽‍💻 — ';
  let text = '';
  while (text.length + piece.length <= n - 1) text += piece;
  return `${text}${'x'.repeat(n - 1 - text.length)}!`;
}

describe('hostile step text', () => {
  const TEXTS = [
    '<b>Bold</b> & <a href="https://evil.example">link</a> &amp; &lt;done&gt;',
    '<script>alert("x")</script><img src=x onerror=alert(1)>',
    'שלח את ההודעה לקים \u202Eevil\u202C مرحبا ‏done',
    'Emoji 👩🏽‍💻🚀🇩🇪 and "quotes" \'single\' `ticks`',
    longStep(500),
  ];

  it('round-trips verbatim through the task (plain text) and the resolution', async () => {
    expect(TEXTS[4]!.length).toBe(500); // the domain's most for a step
    const m = meeting('meeting-1');
    toClose(m, TEXTS[0], TEXTS.slice(1));
    const ref = await closeAndSave(sandbox, m, null);
    const ids = ['step-1', ...TEXTS.slice(1).map((_, i) => `extra-${i}`)];
    // The session holds them as typed.
    expect(ids.map((id) => m.session().nextSteps[id]!.text)).toEqual(TEXTS);

    expect(await keepTasksOnce(m.coachee, SAM.userId, graphOf(sandbox, SAM.userId).tasks)).toEqual({ kind: 'saved', count: TEXTS.length });
    const tasks = tasksByKey(sandbox, SAM.userId);
    ids.forEach((id, i) => {
      const [task] = tasks.get(`meeting-1/${id}`)!;
      expect(task!.body).toEqual({ contentType: 'text', content: TEXTS[i] });
      // The title is the text too, cut (with an ellipsis) only where To Do's 255 would be passed.
      if (TEXTS[i]!.length <= 255) expect(task!.title).toBe(TEXTS[i]);
      else expect(TEXTS[i]!.startsWith(task!.title.slice(0, -1)) && task!.title.endsWith('…')).toBe(true);
    });

    const samEventId = await coacheeEventId(sandbox, ref.iCalUId);
    for (const [viewer, restId] of [
      [SAM.userId, samEventId],
      [ALEX.userId, ref.eventId],
    ] as const) {
      const plan = found(await resolveAs(sandbox, viewer, restId)).plan;
      expect(ids.map((id) => plan.steps.find((s) => s.id === id)!.text)).toEqual(TEXTS);
    }
    // The invite is HTML: the markup in it was escaped, never made live.
    for (const user of [ALEX.userId, SAM.userId]) {
      const bodies = JSON.stringify(sandbox.events(user).map((e) => e.body));
      expect(bodies).toContain('&lt;script&gt;');
      expect(bodies).not.toContain('<script>');
      expect(bodies).not.toContain('<img src=x');
    }

    // Ticking a step with hostile text works like any other.
    const plan = found(await resolveAs(sandbox, SAM.userId, samEventId));
    value(
      await tickStep({
        tasks: graphOf(sandbox, SAM.userId).tasks,
        session: plan.session,
        viewerId: SAM.userId,
        stepId: 'extra-0',
        done: true,
        notes: NOTES,
      }),
    );
    const after = found(await resolveAs(sandbox, SAM.userId, samEventId)).plan;
    expect(after.steps.find((s) => s.id === 'extra-0')).toMatchObject({ text: TEXTS[1], done: true });
  });
});
