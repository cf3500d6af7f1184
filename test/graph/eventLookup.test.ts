import { GraphCalendarGateway, GraphEventLookup } from '../../src/graph';
import type { GraphFailure, GraphOutcome } from '../../src/ports';
import { startGraphSandbox, type GraphSandbox } from './sandbox/graphSandbox';
import { COACH, COACHEE, NOW, OBSERVER, followUp, sandboxClientOptions } from './helpers';

let sandbox: GraphSandbox;
beforeEach(async () => {
  sandbox = await startGraphSandbox();
});
afterEach(() => sandbox.close());

function lookup(userId: string) {
  const base = sandboxClientOptions(sandbox.baseUrl, userId);
  return Object.assign(new GraphEventLookup(base), { scopes: base.tokens.scopes });
}

function value<T>(outcome: GraphOutcome<T>): T {
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.failure));
  return outcome.value;
}
const failure = <T>(outcome: GraphOutcome<T>): GraphFailure | null => (outcome.ok ? null : outcome.failure);

/** The follow-up on the coach's calendar and its invite on the coachee's. */
async function scheduled() {
  const coach = new GraphCalendarGateway({ ...sandboxClientOptions(sandbox.baseUrl, COACH), now: () => NOW });
  return value(await coach.createFollowUp(followUp()));
}

describe('GraphEventLookup', () => {
  it('says who the signed-in user is, with User.Read', async () => {
    const l = lookup(COACHEE);
    expect(value(await l.me())).toEqual({ userId: COACHEE, displayName: 'Sam' });
    expect(new Set(l.scopes.flat())).toEqual(new Set(['User.Read']));
    expect(sandbox.requests.at(-1)).toMatchObject({ method: 'GET', path: '/v1.0/me', userId: COACHEE });
  });

  it('reads an event by id, with its iCalUId and its link into Outlook, with Calendars.ReadBasic', async () => {
    const ref = await scheduled();
    const l = lookup(COACH);
    expect(value(await l.eventById(ref.eventId))).toEqual({
      id: ref.eventId,
      iCalUId: ref.iCalUId,
      webLink: `https://outlook.office.com/calendar/item/${encodeURIComponent(ref.eventId)}`,
    });
    expect(new Set(l.scopes.flat())).toEqual(new Set(['Calendars.ReadBasic']));
  });

  it('finds the user’s own copy of the invite by iCalUId, and null when it is not on their calendar', async () => {
    const ref = await scheduled();
    const own = value(await lookup(COACHEE).eventByICalUId(ref.iCalUId));
    expect(own).toMatchObject({ iCalUId: ref.iCalUId, webLink: expect.stringMatching(/^https:\/\/outlook\.office\.com\//) });
    expect(own!.id).not.toBe(ref.eventId); // the coachee's copy has an id of its own
    expect(value(await lookup(OBSERVER).eventByICalUId(ref.iCalUId))).toBeNull();
    expect(value(await lookup(COACHEE).eventByICalUId("it's-not-there"))).toBeNull();
  });

  it('encodes the id in the path: an id with slashes and quotes is asked for, not misrouted', async () => {
    expect(failure(await lookup(COACH).eventById("AAMk/../x'y?z"))).toMatchObject({ kind: 'notFound' });
    expect(sandbox.requests.at(-1)).toMatchObject({ status: 404, path: `/v1.0/me/events/${encodeURIComponent("AAMk/../x'y?z")}` });
  });

  it('never reads another person’s event by its id: their id is not on the caller’s calendar', async () => {
    const ref = await scheduled();
    expect(failure(await lookup(COACHEE).eventById(ref.eventId))).toEqual({
      kind: 'notFound',
      what: 'meeting',
      retryable: false,
    });
  });

  it.each([
    [403, { kind: 'consent', need: 'readCalendar', permission: 'Calendars.ReadBasic', retryable: true }],
    [404, { kind: 'notFound', what: 'meeting', retryable: false }],
    [429, { kind: 'throttled', retryable: true }],
  ])('reports a %i for an event in the calendar’s terms', async (status, expected) => {
    sandbox.injectFaults(...Array.from({ length: 4 }, () => ({ kind: 'status' as const, status, retryAfterSeconds: 0 })));
    expect(failure(await lookup(COACH).eventById('any'))).toEqual(expected);
  });

  it('names User.Read when /me is refused', async () => {
    sandbox.injectFaults({ kind: 'status', status: 403 });
    expect(failure(await lookup(COACH).me())).toEqual({ kind: 'consent', need: 'readProfile', permission: 'User.Read', retryable: true });
  });

  it('repeats a read after a lost connection', async () => {
    const ref = await scheduled();
    sandbox.injectFaults({ kind: 'drop', when: 'before' }, { kind: 'drop', when: 'after' });
    expect(value(await lookup(COACH).eventByICalUId(ref.iCalUId))?.id).toBe(ref.eventId);
  });

  it('hands on no link that is not https', async () => {
    const ref = await scheduled();
    const l = lookup(COACH);
    // Every answer rewritten to carry a javascript: link, as a hostile answer could.
    const original = globalThis.fetch;
    const spy = jest.spyOn(globalThis, 'fetch').mockImplementation(async (...args) => {
      const res = await original(...args);
      const body = (await res.json()) as Record<string, unknown>;
      return new Response(JSON.stringify({ ...body, webLink: 'javascript:alert(1)' }), { status: res.status, headers: res.headers });
    });
    try {
      expect(value(await l.eventById(ref.eventId)).webLink).toBeNull();
    } finally {
      spy.mockRestore();
    }
  });

  it('the coachee’s look-ups use only the coachee’s token', async () => {
    const ref = await scheduled();
    const before = sandbox.requests.length;
    await lookup(COACHEE).eventByICalUId(ref.iCalUId);
    await lookup(COACHEE).me();
    expect(sandbox.requests.slice(before).every((r) => r.userId === COACHEE)).toBe(true);
  });
});
