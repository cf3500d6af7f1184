import { buildFollowUpEvent } from '../../src/graph/requests';
import { startGraphSandbox, devToken, type GraphSandbox } from './sandbox/graphSandbox';
import { COACH, COACHEE, NOW, followUp } from './helpers';

let sandbox: GraphSandbox;
beforeEach(async () => {
  sandbox = await startGraphSandbox();
});
afterEach(() => sandbox.close());

const event = () => {
  const b = buildFollowUpEvent(followUp(), NOW);
  if (!b.ok) throw new Error('unbuilt');
  return b.body as Record<string, unknown>;
};

async function post(path: string, body: unknown, token: string | null = devToken(COACH)) {
  const res = await fetch(`${sandbox.baseUrl}${path}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `Bearer ${token}` } : {}) },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  const text = await res.text();
  return { status: res.status, // eslint-disable-next-line @typescript-eslint/no-explicit-any -- answers are read loosely in assertions
    body: text ? (JSON.parse(text) as Record<string, any>) : null };
}

describe('the Graph sandbox is strict', () => {
  it('creates a valid event, on the organizer calendar and as an invite on the attendee calendar', async () => {
    const res = await post('/me/events', event());
    expect(res.status).toBe(201);
    const [mine] = sandbox.events(COACH);
    const [theirs] = sandbox.events(COACHEE);
    expect(mine!.id).toBe(res.body!.id);
    expect(theirs!.iCalUId).toBe(mine!.iCalUId);
    expect(theirs!.id).not.toBe(mine!.id);
    expect(theirs!.responseStatus.response).toBe('notResponded');
  });

  it('refuses a body with a property Graph does not know', async () => {
    const res = await post('/me/events', { ...event(), coachNotes: 'private' });
    expect(res.status).toBe(400);
    expect(res.body!.error.message).toContain("'coachNotes'");
    expect(sandbox.events(COACH)).toEqual([]);
  });

  it('refuses a wrongly typed or misspelt nested property', async () => {
    expect((await post('/me/events', { ...event(), isOnlineMeeting: 'yes' })).status).toBe(400);
    expect((await post('/me/events', { ...event(), onlineMeetingProvider: 'zoom' })).status).toBe(400);
    expect((await post('/me/events', { ...event(), start: { dateTime: '2026-12-03T14:00:00', tz: 'UTC' } })).status).toBe(400);
  });

  it('refuses what the schema cannot say: no subject, no start, end before start, an unknown zone, server-set ids', async () => {
    const noSubject = event();
    delete noSubject.subject;
    const noStart = event();
    delete noStart.start;
    expect((await post('/me/events', noSubject)).status).toBe(400);
    expect((await post('/me/events', noStart)).status).toBe(400);
    expect((await post('/me/events', { ...event(), end: event().start })).status).toBe(400);
    expect((await post('/me/events', { ...event(), start: { dateTime: '2026-12-03T14:00:00', timeZone: 'Mars/Olympus' } })).status).toBe(400);
    expect((await post('/me/events', { ...event(), iCalUId: 'mine' })).status).toBe(400);
    // A real IANA zone that Graph does not document for dateTimeTimeZone.
    expect((await post('/me/events', { ...event(), start: { dateTime: '2026-12-03T14:00:00', timeZone: 'Europe/Zurich' } })).status).toBe(400);
    expect((await post('/me/events', 'not json')).status).toBe(400);
    expect(sandbox.events(COACH)).toEqual([]);
  });

  it('refuses a request without a token, or with a token for nobody it knows', async () => {
    const none = await post('/me/events', event(), null);
    expect(none.status).toBe(401);
    expect(none.body!.error.code).toBe('InvalidAuthenticationToken');
    expect((await post('/me/events', event(), 'dev.mallory')).status).toBe(401);
    expect((await post('/me/events', event(), 'sim-alex')).status).toBe(401);
    expect(sandbox.events(COACH)).toEqual([]);
  });

  it('refuses an accept body with unknown parameters, and accepting your own meeting', async () => {
    await post('/me/events', event());
    const invite = sandbox.events(COACHEE)[0]!;
    const own = sandbox.events(COACH)[0]!;
    expect((await post(`/me/events/${invite.id}/accept`, { sendResponse: true, note: 'x' }, devToken(COACHEE))).status).toBe(400);
    expect((await post(`/me/events/${own.id}/accept`, { sendResponse: true })).status).toBe(400);
    expect((await post(`/me/events/${invite.id}/accept`, { sendResponse: true })).status).toBe(404); // not on the coach's calendar
    expect((await post(`/me/events/${invite.id}/accept`, { sendResponse: true }, devToken(COACHEE))).status).toBe(202);
    expect(sandbox.events(COACH)[0]!.attendees[0]!.status.response).toBe('accepted');
  });

  it('refuses a chat message or findMeetingTimes body with unknown properties', async () => {
    expect((await post('/chats/19:abc/messages', { body: { contentType: 'html', content: 'hi' }, urgent: true })).status).toBe(400);
    expect((await post('/chats/19:abc/messages', { body: { contentType: 'markdown', content: 'hi' } })).status).toBe(400);
    expect((await post('/me/findMeetingTimes', { meetingDuration: 'PT30M', window: 'soon' })).status).toBe(400);
  });

  it('answers a $batch, each part checked and authorised like a request of its own', async () => {
    const res = await post('/$batch', {
      requests: [
        { id: '1', method: 'POST', url: '/me/events', headers: { 'Content-Type': 'application/json' }, body: event() },
        { id: '2', method: 'POST', url: '/chats/19:abc/messages', headers: { 'Content-Type': 'application/json' }, body: { body: { content: 'hi' }, bogus: 1 } },
      ],
    });
    expect(res.status).toBe(200);
    expect(res.body!.responses.map((r: { status: number }) => r.status)).toEqual([201, 400]);
    expect((await post('/$batch', { requests: [], extra: true })).status).toBe(400);
    // A part with a body but no Content-Type is refused, as Graph does.
    const untyped = await post('/$batch', { requests: [{ id: '1', method: 'POST', url: '/me/events', body: event() }] });
    expect(untyped.body!.responses[0]).toMatchObject({ id: '1', status: 400 });
    expect((await post('/$batch', { requests: [{ id: '1', method: 'GET', url: '/me/events' }] }, null)).status).toBe(401);
  });

  it('injects faults in order, one per request', async () => {
    sandbox.injectFaults({ kind: 'status', status: 429, retryAfterSeconds: 1 }, { kind: 'status', status: 503 });
    const first = await fetch(`${sandbox.baseUrl}/me/events`, { headers: { Authorization: `Bearer ${devToken(COACH)}` } });
    expect([first.status, first.headers.get('retry-after')]).toEqual([429, '1']);
    expect((await post('/me/events', event())).status).toBe(503);
    expect((await post('/me/events', event())).status).toBe(201);
    sandbox.injectFaults({ kind: 'drop', when: 'before' });
    await expect(post('/me/events', event())).rejects.toThrow();
  });
});

describe('GET /me/events, as the simulator’s calendars read it', () => {
  const SELECT = 'subject,start,end,isOrganizer,responseStatus,iCalUId';
  async function list(token: string, query = `?$select=${SELECT}`, prefer?: string) {
    const res = await fetch(`${sandbox.baseUrl}/me/events${query}`, {
      headers: { Authorization: `Bearer ${token}`, ...(prefer ? { Prefer: prefer } : {}) },
    });
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- answers are read loosely in assertions
    return { status: res.status, body: (await res.json()) as Record<string, any> };
  }

  it('gives the selected properties, start and end in UTC as Graph writes them, for organizer and invitee', async () => {
    await post('/me/events', event()); // Thursday 2026-12-03 14:00 in Berlin, 30 minutes
    const organizer = await list(devToken(COACH));
    const invitee = await list(devToken(COACHEE));
    expect(organizer.status).toBe(200);
    const [mine] = organizer.body.value;
    expect(Object.keys(mine).sort()).toEqual(['end', 'iCalUId', 'id', 'isOrganizer', 'responseStatus', 'start', 'subject']);
    expect(mine).toMatchObject({
      start: { dateTime: '2026-12-03T13:00:00.0000000', timeZone: 'UTC' },
      end: { dateTime: '2026-12-03T13:30:00.0000000', timeZone: 'UTC' },
      isOrganizer: true,
      responseStatus: { response: 'organizer' },
    });
    expect(invitee.body.value[0]).toMatchObject({
      iCalUId: mine.iCalUId,
      subject: mine.subject,
      start: mine.start,
      isOrganizer: false,
      responseStatus: { response: 'notResponded' },
    });
  });

  it('writes times in the zone Prefer: outlook.timezone names, busy blocks included', async () => {
    sandbox.addBusy(COACH, Date.UTC(2026, 11, 2, 8, 0), Date.UTC(2026, 11, 2, 9, 0));
    const res = await list(devToken(COACH), `?$select=${SELECT}`, 'outlook.timezone="Europe/Berlin"');
    expect(res.body.value[0].start).toEqual({ dateTime: '2026-12-02T09:00:00.0000000', timeZone: 'Europe/Berlin' });
    expect((await list(devToken(COACH), '', 'outlook.timezone="Mars/Olympus"')).status).toBe(400);
  });

  it('refuses a $select of a property events do not have, as Graph does', async () => {
    const res = await list(devToken(COACH), '?$select=subject,coachNotes');
    expect(res.status).toBe(400);
    expect(res.body.error.message).toContain("'coachNotes'");
  });
});
