import { GraphTaskGateway } from '../../src/graph';
import { COACH, COACHEE } from '../../src/simulator/meetingAddress';
import { sandboxReader } from '../../src/simulator/sandboxGraph';
import { sandboxTasks, type LoadTasks } from '../../src/simulator/sandboxTasks';
import { startGraphSandbox, type GraphSandbox } from '../graph/sandbox/graphSandbox';
import { sandboxClientOptions } from '../graph/helpers';

// The simulator's To Do views read a REAL Graph sandbox over HTTP, each person
// with their own token, paging as Graph pages. Rendering: participantTasks.test.tsx.

let sandbox: GraphSandbox;
let load: LoadTasks;
beforeEach(async () => {
  sandbox = await startGraphSandbox({ todoPageSize: 2 });
  const configFetch: typeof fetch = async (input, init) =>
    String(input) === '/graph-sandbox.json' ? Response.json({ baseUrl: sandbox.baseUrl }) : fetch(input, init);
  load = sandboxTasks(sandboxReader({ fetch: configFetch }));
});
afterEach(() => sandbox.close());

const tasksFor = (userId: string) => new GraphTaskGateway({ ...sandboxClientOptions(sandbox.baseUrl, userId), timeZone: 'Europe/Berlin' });

it('shows nothing before the app wrote a step, then only the person’s own Coaching tasks, open first', async () => {
  await expect(load(COACHEE.userId)).resolves.toEqual([]);
  const steps = [
    { stepId: 's1', text: 'Pair with QA', due: '2026-12-02', done: true },
    { stepId: 's2', text: 'Ask for the data', due: '2026-12-09', done: false },
    { stepId: 's3', text: 'Book a retro', due: '2026-12-01', done: false },
  ];
  const written = await tasksFor(COACHEE.userId).syncSessionTasks('session-1', steps, {
    url: 'https://stagecoach.example/notes',
    label: 'Coaching notes',
  });
  expect(written.ok).toBe(true);
  // Each with the link back to the notes the app gave it, as To Do offers it.
  const notes = [{ href: 'https://stagecoach.example/notes', text: 'Coaching notes' }];
  expect(await load(COACHEE.userId)).toEqual([
    { id: expect.any(String), title: 'Book a retro', due: '2026-12-01', done: false, links: notes },
    { id: expect.any(String), title: 'Ask for the data', due: '2026-12-09', done: false, links: notes },
    { id: expect.any(String), title: 'Pair with QA', due: '2026-12-02', done: true, links: notes },
  ]);
  await expect(load(COACH.userId)).resolves.toEqual([]);
  const reads = sandbox.requests.filter((r) => r.method === 'GET' && r.path.startsWith('/v1.0/me/todo/'));
  expect(new Set(reads.map((r) => r.userId))).toEqual(new Set([COACHEE.userId, COACH.userId]));
});
