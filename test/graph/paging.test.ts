import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { DriveArchiveStore, GraphCalendarGateway, GraphEventLookup, GraphTaskGateway } from '../../src/graph';
import type { GraphOutcome, StepTask } from '../../src/ports';
import { startGraphSandbox, type GraphSandbox, type SandboxOptions } from './sandbox/graphSandbox';
import { COACH, COACHEE, NOW, followUp, sandboxClientOptions } from './helpers';

// Every list Stagecoach reads from Graph is read to its end through
// @odata.nextLink, whatever a page holds: Graph's own page sizes, fewer than
// asked (server-driven paging), even none. Up to a bound.

let sandbox: GraphSandbox;
let running: GraphSandbox | null = null;
async function start(options: SandboxOptions = {}) {
  sandbox = running = await startGraphSandbox(options);
}
afterEach(async () => {
  await running?.close();
  running = null;
});

function value<T>(outcome: GraphOutcome<T> | { ok: true; value: T } | { ok: false; failure: { kind: string } }): T {
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.failure));
  return outcome.value;
}

const gets = (pathPart: string) => sandbox.requests.filter((r) => r.method === 'GET' && r.path.includes(pathPart));
const NOTES = { url: 'https://stagecoach.example/notes?session=session-1', label: 'Coaching notes' };
const steps = (count: number): StepTask[] =>
  Array.from({ length: count }, (_, i) => ({ stepId: `st${i}`, text: `Step ${i}`, due: '2026-12-10', done: false }));
const tasks = (userId: string) => new GraphTaskGateway({ ...sandboxClientOptions(sandbox.baseUrl, userId), timeZone: 'Europe/Berlin' });

/** Tasks of Stagecoach's own in the user's Coaching list, put there directly (as another device would have). */
function ourTasks(userId: string, count: number): void {
  const list = sandbox.addTodoList(userId, 'Coaching');
  for (let i = 0; i < count; i++) {
    sandbox.addTodoTask(userId, list, {
      title: `Step ${i}`,
      linkedResources: [{ applicationName: 'Stagecoach', externalId: `session-1/st${i}`, displayName: 'Coaching notes' }],
    });
  }
}

describe('To Do', () => {
  it('asks for 100 a page and follows on when To Do answers fewer: lists and tasks', async () => {
    await start({ todoPageSize: 4 });
    for (let i = 0; i < 9; i++) sandbox.addTodoList(COACHEE, `Errands ${i}`); // the Coaching list comes on the third page
    const coachee = tasks(COACHEE);
    value(await coachee.syncSessionTasks('session-1', steps(11), NOTES));
    value(await coachee.syncSessionTasks('session-1', steps(11), NOTES));
    expect(sandbox.todoLists(COACHEE).filter((l) => l.displayName === 'Coaching')).toHaveLength(1);
    expect(sandbox.todoTasks(COACHEE)).toHaveLength(11);
    expect(value(await coachee.listTasks())).toHaveLength(11);
    const listReads = gets('/me/todo/lists');
    expect(listReads.every((r) => new URLSearchParams(r.query).get('$top') === '100')).toBe(true);
    expect(listReads.filter((r) => !r.path.endsWith('/tasks')).length).toBeGreaterThanOrEqual(3);
  });

  it('reads more tasks than one $top page holds at To Do’s own page sizes', async () => {
    await start();
    ourTasks(COACHEE, 130);
    expect(value(await tasks(COACHEE).listTasks())).toHaveLength(130);
    expect(gets('/tasks')).toHaveLength(2);
  });

  it('refuses to write from a listing that does not end within its bound (no second tasks)', async () => {
    await start({ todoPageSize: 1 });
    ourTasks(COACHEE, 101); // 101 pages of one
    const outcome = await tasks(COACHEE).syncSessionTasks('session-1', steps(102), NOTES);
    expect(outcome).toMatchObject({ ok: false, failure: { kind: 'unknown' } });
    expect(sandbox.requests.filter((r) => r.method !== 'GET')).toEqual([]);
  });
});

describe('OneDrive', () => {
  it('lists every session in the app folder across pages of 200', async () => {
    await start();
    for (let i = 0; i < 205; i++) sandbox.putDriveFile(COACH, `sessions/s-${i}.json`, '{}');
    const store = new DriveArchiveStore(sandboxClientOptions(sandbox.baseUrl, COACH));
    expect(value(await store.list())).toHaveLength(205);
    expect(gets('children')).toHaveLength(2);
  });

  it('lists a folder of more pages than its bound as far as it read', async () => {
    await start({ drivePageSize: 1 });
    for (let i = 0; i < 51; i++) sandbox.putDriveFile(COACH, `sessions/s-${i}.json`, '{}');
    const store = new DriveArchiveStore(sandboxClientOptions(sandbox.baseUrl, COACH));
    expect(value(await store.list())).toHaveLength(50);
  });
});

describe('events by iCalUId', () => {
  /** The follow-up booked after the coachee's calendar already holds `others` events. */
  async function inviteAfter(others: number) {
    for (let i = 0; i < others; i++) sandbox.addBusy(COACHEE, NOW + i * 3_600_000, NOW + i * 3_600_000 + 1_800_000);
    const coach = new GraphCalendarGateway({ ...sandboxClientOptions(sandbox.baseUrl, COACH), now: () => NOW });
    return value(await coach.createFollowUp(followUp()));
  }

  it('finds the invite to accept on a later page of the filtered listing', async () => {
    await start();
    const { iCalUId } = await inviteAfter(24);
    const coachee = new GraphCalendarGateway({ ...sandboxClientOptions(sandbox.baseUrl, COACHEE), now: () => NOW });
    value(await coachee.acceptInvite(iCalUId));
    expect(sandbox.events(COACHEE).find((e) => e.iCalUId === iCalUId)?.responseStatus.response).toBe('accepted');
    expect(gets('/me/events').filter((r) => r.userId === COACHEE)).toHaveLength(3);
  });

  it('finds the event for the Outlook pane likewise, and says when it is on no page', async () => {
    await start({ eventPageSize: 4 });
    const { iCalUId } = await inviteAfter(9);
    const lookup = new GraphEventLookup(sandboxClientOptions(sandbox.baseUrl, COACHEE));
    expect(value(await lookup.eventByICalUId(iCalUId))).toMatchObject({ iCalUId });
    expect(value(await lookup.eventByICalUId('no-such-event'))).toBeNull();
  });
});

describe('a nextLink away from Graph', () => {
  it('is never followed: the token stays with Graph', async () => {
    const seen: string[] = [];
    const server = http.createServer((req, res) => {
      seen.push(`${req.headers.host}${req.url}`);
      res.writeHead(200, { 'Content-Type': 'application/json' });
      res.end(JSON.stringify({ value: [], '@odata.nextLink': 'https://graph.evil.example/v1.0/me/events?$skiptoken=x' }));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1.0`;
      const lookup = new GraphEventLookup(sandboxClientOptions(base, COACHEE));
      expect(await lookup.eventByICalUId('x')).toMatchObject({ ok: false, failure: { kind: 'unknown' } });
      expect(seen).toHaveLength(1);
    } finally {
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });
});
