import { startGraphSandbox, devToken, type GraphSandbox } from './sandbox/graphSandbox';
import { COACH } from './helpers';

// The sandbox pages every collection as Graph does: its default page without
// $top, $top honoured up to its maximum, an absolute nextLink with an opaque
// $skiptoken, the rest of the query kept.

let sandbox: GraphSandbox;
beforeEach(async () => {
  sandbox = await startGraphSandbox();
});
afterEach(() => sandbox.close());

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- answers are read loosely in assertions
type Loose = Record<string, any>;

async function get(pathOrUrl: string, headers: Record<string, string> = {}) {
  const url = pathOrUrl.startsWith('http') ? pathOrUrl : `${sandbox.baseUrl}${pathOrUrl}`;
  const res = await fetch(url, { headers: { Authorization: `Bearer ${devToken(COACH)}`, ...headers } });
  return { status: res.status, body: (await res.json()) as Loose };
}

/** Every page from `first`, as a client that follows nextLinks reads them. */
async function pages(first: string, headers: Record<string, string> = {}): Promise<Loose[]> {
  const all: Loose[] = [];
  for (let next: string | undefined = first; next;) {
    const page = await get(next, headers);
    expect(page.status).toBe(200);
    all.push(page.body);
    next = page.body['@odata.nextLink'];
  }
  return all;
}

const HOUR = 3_600_000;
const DAY0 = Date.UTC(2026, 11, 1, 8);
function busyBlocks(count: number) {
  for (let i = 0; i < count; i++) sandbox.addBusy(COACH, DAY0 + i * HOUR, DAY0 + i * HOUR + HOUR / 2, `Block ${i}`);
}

describe('events and calendar views', () => {
  it('lists events 10 a page without $top, each nextLink absolute, with a $skiptoken, keeping $select', async () => {
    busyBlocks(23);
    const all = await pages('/me/events?$select=subject');
    expect(all.map((p) => p.value.length)).toEqual([10, 10, 3]);
    const link = all[0]!['@odata.nextLink'] as string;
    expect(link.startsWith(`${sandbox.baseUrl}/me/events?`)).toBe(true);
    expect(new URL(link).searchParams.get('$select')).toBe('subject');
    expect(new URL(link).searchParams.get('$skiptoken')).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(link).toContain('$skiptoken=');
    expect(all.flatMap((p) => p.value.map((e: Loose) => e.subject))).toEqual(Array.from({ length: 23 }, (_, i) => `Block ${i}`));
  });

  it('honours $top up to 1000, and refuses more', async () => {
    busyBlocks(23);
    expect((await pages('/me/events?$top=5')).map((p) => p.value.length)).toEqual([5, 5, 5, 5, 3]);
    expect((await pages('/me/events?$top=1000')).map((p) => p.value.length)).toEqual([23]);
    expect((await get('/me/events?$top=1001')).status).toBe(400);
    expect((await get('/me/events?$top=0')).status).toBe(400);
  });

  it('takes only the skiptokens it gave', async () => {
    busyBlocks(12);
    expect((await get('/me/events?$skiptoken=10')).status).toBe(400);
    expect((await get('/me/events?$skiptoken=bm9wZQ')).status).toBe(400);
  });

  it('gives a calendar view of the events in a window, earliest first, 10 a page, in the zone Prefer names on every page', async () => {
    busyBlocks(30);
    const prefer = { Prefer: 'outlook.timezone="Europe/Berlin"' };
    // 08:00–22:00 UTC on December 1: the first 14 blocks start in it.
    const view = await pages(
      '/me/calendarView?startDateTime=2026-12-01T08:00:00Z&endDateTime=2026-12-01T22:00:00Z&$select=subject,start',
      prefer,
    );
    expect(view.map((p) => p.value.length)).toEqual([10, 4]);
    const events = view.flatMap((p) => p.value);
    expect(events.map((e: Loose) => e.subject)).toEqual(Array.from({ length: 14 }, (_, i) => `Block ${i}`));
    expect(events.every((e: Loose) => e.start.timeZone === 'Europe/Berlin')).toBe(true);
    const next = view[0]!['@odata.nextLink'] as string;
    expect(new URL(next).searchParams.get('startDateTime')).toBe('2026-12-01T08:00:00Z');
    expect(
      (await pages('/me/calendarView?startDateTime=2026-12-01T00:00:00&endDateTime=2026-12-03T00:00:00&$top=25')).map(
        (p) => p.value.length,
      ),
    ).toEqual([25, 5]);
  });

  it('needs a calendar view’s window, as Graph does', async () => {
    expect((await get('/me/calendarView')).status).toBe(400);
    expect((await get('/me/calendarView?startDateTime=2026-12-01T00:00:00Z')).status).toBe(400);
    expect((await get('/me/calendarView?startDateTime=soon&endDateTime=later')).status).toBe(400);
  });

  it('filters page by page: a page may hold fewer matches than asked, even none, and still link on', async () => {
    busyBlocks(15);
    const [last] = sandbox.events(COACH).slice(-1);
    const filter = encodeURIComponent(`iCalUId eq '${last!.iCalUId}'`);
    const all = await pages(`/me/events?$filter=${filter}`);
    expect(all.map((p) => p.value.length)).toEqual([0, 1]);
  });
});

describe('To Do and OneDrive', () => {
  it('pages To Do tasks 10 at a time without $top, and honours $top up to 100', async () => {
    const list = sandbox.addTodoList(COACH, 'Coaching');
    for (let i = 0; i < 23; i++) sandbox.addTodoTask(COACH, list, { title: `Task ${i}` });
    expect((await pages(`/me/todo/lists/${list}/tasks`)).map((p) => p.value.length)).toEqual([10, 10, 3]);
    expect((await pages(`/me/todo/lists/${list}/tasks?$top=100&$expand=linkedResources`)).map((p) => p.value.length)).toEqual([23]);
    expect((await get(`/me/todo/lists/${list}/tasks?$top=101`)).status).toBe(400);
    for (let i = 0; i < 11; i++) sandbox.addTodoList(COACH, `List ${i}`);
    expect((await pages('/me/todo/lists')).map((p) => p.value.length)).toEqual([10, 3]);
  });

  it('pages the app folder’s children 200 at a time', async () => {
    for (let i = 0; i < 205; i++) sandbox.putDriveFile(COACH, `sessions/s-${String(i).padStart(3, '0')}.json`, '{}');
    const all = await pages('/me/drive/special/approot:/sessions:/children?$select=name');
    expect(all.map((p) => p.value.length)).toEqual([200, 5]);
    expect(all[0]!['@odata.nextLink']).toContain('$skiptoken=');
  });
});
