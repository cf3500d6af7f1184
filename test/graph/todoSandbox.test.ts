import { startGraphSandbox, devToken, type GraphSandbox } from './sandbox/graphSandbox';
import { COACH, COACHEE, graphSchema } from './helpers';

let sandbox: GraphSandbox;
beforeEach(async () => {
  sandbox = await startGraphSandbox({ todoPageSize: 2 });
});
afterEach(() => sandbox.close());

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- answers are read loosely in assertions
type Loose = Record<string, any>;

async function call(method: string, path: string, body?: unknown, userId = COACH) {
  const res = await fetch(path.startsWith('http') ? path : `${sandbox.baseUrl}${path}`, {
    method,
    headers: { Authorization: `Bearer ${devToken(userId)}`, 'Content-Type': 'application/json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const text = await res.text();
  return { status: res.status, body: (text ? JSON.parse(text) : {}) as Loose };
}

const LINK = {
  applicationName: 'Stagecoach',
  externalId: 'session-1/s1',
  webUrl: 'https://stagecoach.example/notes',
  displayName: 'Coaching notes',
};
const TASK = {
  title: 'Draft the message',
  body: { contentType: 'text', content: 'Draft the message' },
  dueDateTime: { dateTime: '2026-12-10T00:00:00', timeZone: 'Europe/Berlin' },
  isReminderOn: true,
  reminderDateTime: { dateTime: '2026-12-10T09:00:00', timeZone: 'Europe/Berlin' },
  status: 'notStarted',
  linkedResources: [LINK],
};

async function coachingList(userId = COACH): Promise<string> {
  const res = await call('POST', '/me/todo/lists', { displayName: 'Coaching' }, userId);
  expect(res.status).toBe(201);
  return res.body.id as string;
}

describe("the sandbox's Microsoft To Do", () => {
  it('starts everyone with their default Tasks list and makes a list', async () => {
    expect((await call('GET', '/me/todo/lists')).body.value).toEqual([
      expect.objectContaining({ displayName: 'Tasks', wellknownListName: 'defaultList', isOwner: true }),
    ]);
    const res = await call('POST', '/me/todo/lists', { displayName: 'Coaching' });
    expect(res.status).toBe(201);
    expect(graphSchema('todoTaskList')(res.body)).toBe(true);
    expect(sandbox.todoLists(COACH).map((l) => l.displayName)).toEqual(['Tasks', 'Coaching']);
    expect(sandbox.todoLists(COACHEE).map((l) => l.displayName)).toEqual(['Tasks']);
  });

  it('makes a task with server-set fields, answers it valid for the schema, and keeps its linked resource', async () => {
    const list = await coachingList();
    const res = await call('POST', `/me/todo/lists/${list}/tasks`, TASK);
    expect(res.status).toBe(201);
    expect(graphSchema('todoTask')(res.body)).toBe(true);
    expect(res.body).toMatchObject({
      id: expect.any(String),
      createdDateTime: expect.any(String),
      lastModifiedDateTime: expect.any(String),
    });
    expect(sandbox.todoTasks(COACH)[0]!.linkedResources).toEqual([{ ...LINK, id: expect.any(String) }]);
  });

  it('shows linked resources only with $expand=linkedResources', async () => {
    const list = await coachingList();
    await call('POST', `/me/todo/lists/${list}/tasks`, TASK);
    expect((await call('GET', `/me/todo/lists/${list}/tasks`)).body.value[0].linkedResources).toBeUndefined();
    const expanded = await call('GET', `/me/todo/lists/${list}/tasks?$expand=linkedResources`);
    expect(expanded.body.value[0].linkedResources).toEqual([expect.objectContaining(LINK)]);
    expect((await call('GET', `/me/todo/lists/${list}/tasks?$expand=attachments`)).status).toBe(400);
    expect((await call('GET', `/me/todo/lists/${list}/tasks?$filter=status eq 'completed'`)).status).toBe(400);
  });

  it.each([
    ['an unknown property', { ...TASK, colour: 'red' }],
    ['an unknown property in a linked resource', { ...TASK, linkedResources: [{ ...LINK, secret: 1 }] }],
    ['no title', { ...TASK, title: undefined }],
    ['an empty title', { ...TASK, title: '  ' }],
    ['a title over 255 characters', { ...TASK, title: 'x'.repeat(256) }],
    ['a status Graph does not know', { ...TASK, status: 'done' }],
    ['a body type Graph does not know', { ...TASK, body: { contentType: 'markdown', content: 'x' } }],
    ['a server-set id', { ...TASK, id: 'mine' }],
    ['a server-set completedDateTime', { ...TASK, completedDateTime: { dateTime: '2026-12-01T00:00:00', timeZone: 'UTC' } }],
    ['a time zone Graph does not take', { ...TASK, dueDateTime: { dateTime: '2026-12-10T00:00:00', timeZone: 'Mars/Olympus' } }],
    ['a due date that is not a date', { ...TASK, dueDateTime: { dateTime: 'soon', timeZone: 'UTC' } }],
    ['a linked resource without applicationName', { ...TASK, linkedResources: [{ externalId: 'x' }] }],
  ])('refuses a task with %s (400)', async (_what, task) => {
    const list = await coachingList();
    expect((await call('POST', `/me/todo/lists/${list}/tasks`, JSON.parse(JSON.stringify(task)))).status).toBe(400);
    expect(sandbox.todoTasks(COACH)).toEqual([]);
  });

  it.each([
    ['an unknown property', { displayName: 'Coaching', colour: 'red' }],
    ['no name', {}],
    ['a server-set wellknownListName', { displayName: 'Coaching', wellknownListName: 'defaultList' }],
  ])('refuses a list with %s (400)', async (_what, list) => {
    expect((await call('POST', '/me/todo/lists', list)).status).toBe(400);
    expect(sandbox.todoLists(COACH)).toHaveLength(1);
  });

  it('updates, completes (server-set completedDateTime), reopens and deletes a task', async () => {
    const list = await coachingList();
    const { id } = (await call('POST', `/me/todo/lists/${list}/tasks`, TASK)).body;
    const path = `/me/todo/lists/${list}/tasks/${id}`;
    const done = await call('PATCH', path, { status: 'completed', title: 'Sent' });
    expect(done.status).toBe(200);
    expect(graphSchema('todoTask')(done.body)).toBe(true);
    expect(done.body).toMatchObject({ status: 'completed', title: 'Sent', completedDateTime: { timeZone: 'UTC' } });
    expect((await call('PATCH', path, { status: 'notStarted' })).body.completedDateTime).toBeNull();
    expect((await call('PATCH', path, { importance: 'urgent' })).status).toBe(400);
    expect((await call('PATCH', path, { linkedResources: [] })).status).toBe(400);
    expect((await call('DELETE', path)).status).toBe(204);
    expect((await call('GET', path)).status).toBe(404);
    expect((await call('DELETE', path)).status).toBe(404);
  });

  it("answers 404 for another user's list and task: nobody reaches anyone else's To Do", async () => {
    const list = await coachingList(COACHEE);
    const { id } = (await call('POST', `/me/todo/lists/${list}/tasks`, TASK, COACHEE)).body;
    const before = sandbox.todoTasks(COACHEE);
    expect((await call('GET', `/me/todo/lists/${list}/tasks`)).status).toBe(404);
    expect((await call('POST', `/me/todo/lists/${list}/tasks`, TASK)).status).toBe(404);
    expect((await call('PATCH', `/me/todo/lists/${list}/tasks/${id}`, { status: 'completed' })).status).toBe(404);
    expect((await call('DELETE', `/me/todo/lists/${list}/tasks/${id}`)).status).toBe(404);
    expect(sandbox.todoTasks(COACHEE)).toEqual(before);
    expect(sandbox.requests.slice(-4).map((r) => [r.userId, r.status])).toEqual(Array.from({ length: 4 }, () => [COACH, 404]));
  });

  it('pages lists and tasks with @odata.nextLink, keeping $expand', async () => {
    const list = await coachingList();
    await coachingList();
    const lists = await call('GET', '/me/todo/lists');
    expect(lists.body.value).toHaveLength(2);
    expect((await call('GET', lists.body['@odata.nextLink'] as string)).body.value).toHaveLength(1);
    for (let i = 0; i < 5; i++) await call('POST', `/me/todo/lists/${list}/tasks`, { ...TASK, title: `Task ${i}` });
    const titles: string[] = [];
    let next: string | undefined = `${sandbox.baseUrl}/me/todo/lists/${list}/tasks?$expand=linkedResources`;
    while (next) {
      const page = await call('GET', next);
      expect(page.body.value.length).toBeLessThanOrEqual(2);
      for (const t of page.body.value) {
        expect(t.linkedResources).toHaveLength(1);
        titles.push(t.title);
      }
      next = page.body['@odata.nextLink'];
    }
    expect(titles).toEqual(['Task 0', 'Task 1', 'Task 2', 'Task 3', 'Task 4']);
  });

  it('keeps CORS working for PATCH and DELETE', async () => {
    const res = await fetch(`${sandbox.baseUrl}/me/todo/lists/x/tasks/y`, {
      method: 'OPTIONS',
      headers: {
        Origin: 'http://localhost:3000',
        'Access-Control-Request-Method': 'DELETE',
        'Access-Control-Request-Headers': 'authorization',
      },
    });
    expect(res.status).toBe(204);
    expect(res.headers.get('access-control-allow-methods')).toMatch(/PATCH, DELETE/);
    const list = await coachingList();
    const { id } = (await call('POST', `/me/todo/lists/${list}/tasks`, TASK)).body;
    const deleted = await fetch(`${sandbox.baseUrl}/me/todo/lists/${list}/tasks/${id}`, {
      method: 'DELETE',
      headers: { Authorization: `Bearer ${devToken(COACH)}`, Origin: 'http://localhost:3000' },
    });
    expect(deleted.headers.get('access-control-allow-origin')).toBe('http://localhost:3000');
  });
});

describe("the sandbox's GET /me/events/{id}", () => {
  async function event(userId = COACH) {
    const res = await call(
      'POST',
      '/me/events',
      {
        subject: 'Follow-up',
        start: { dateTime: '2026-12-03T13:00:00', timeZone: 'UTC' },
        end: { dateTime: '2026-12-03T13:30:00', timeZone: 'UTC' },
        attendees: [{ type: 'required', emailAddress: { address: 'sam@contoso.example', name: 'Sam' } }],
      },
      userId,
    );
    expect(res.status).toBe(201);
    return res.body;
  }

  it('answers the caller’s own event, with $select, and a webLink into Outlook on the web', async () => {
    const created = await event();
    expect(created.webLink).toBe(`https://outlook.office.com/calendar/item/${encodeURIComponent(created.id)}`);
    const res = await call('GET', `/me/events/${encodeURIComponent(created.id)}?$select=iCalUId,webLink`);
    expect(res.body).toEqual({ id: created.id, iCalUId: created.iCalUId, webLink: created.webLink });
    expect(sandbox.events(COACHEE)[0]!.webLink).toMatch(/^https:\/\/outlook\.office\.com\/calendar\/item\//);
    expect((await call('GET', `/me/events/${created.id}?$select=nope`)).status).toBe(400);
  });

  it('answers 404 for an id not on the caller’s calendar (another person’s event included)', async () => {
    const created = await event();
    expect((await call('GET', `/me/events/${created.id}`, undefined, COACHEE)).status).toBe(404);
    expect((await call('GET', '/me/events/unknown')).status).toBe(404);
  });
});
