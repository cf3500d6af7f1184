import { buildFollowUpEvent } from '../../src/graph/requests';
import { startGraphSandbox, devToken, type GraphSandbox } from './sandbox/graphSandbox';
import { COACH, COACHEE, NOW, followUp, graphSchema } from './helpers';

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

async function post(path: string, body: unknown, token: string | null = devToken(COACH), headers: Record<string, string> = {}) {
  const res = await fetch(`${sandbox.baseUrl}${path}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `Bearer ${token}` } : {}), ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  const text = await res.text();
  return {
    status: res.status, // eslint-disable-next-line @typescript-eslint/no-explicit-any -- answers are read loosely in assertions
    body: text ? (JSON.parse(text) as Record<string, any>) : null,
  };
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
    expect((await post('/me/events', { ...event(), start: { dateTime: '2026-12-03T14:00:00', timeZone: 'Mars/Olympus' } })).status).toBe(
      400,
    );
    expect((await post('/me/events', { ...event(), iCalUId: 'mine' })).status).toBe(400);
    // A real IANA zone that Graph does not document for dateTimeTimeZone.
    expect((await post('/me/events', { ...event(), start: { dateTime: '2026-12-03T14:00:00', timeZone: 'Europe/Zurich' } })).status).toBe(
      400,
    );
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
        {
          id: '2',
          method: 'POST',
          url: '/chats/19:abc/messages',
          headers: { 'Content-Type': 'application/json' },
          body: { body: { content: 'hi' }, bogus: 1 },
        },
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

describe('GET /me', () => {
  async function me(query = '', token: string | null = devToken(COACH)) {
    const res = await fetch(`${sandbox.baseUrl}/me${query}`, { headers: token ? { Authorization: `Bearer ${token}` } : {} });
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- answers are read loosely in assertions
    return { status: res.status, body: (await res.json()) as Record<string, any> };
  }

  it("gives the signed-in user's profile with Graph's property names, valid for the user schema", async () => {
    const res = await me();
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      id: COACH,
      displayName: 'Alex',
      mail: 'alex@contoso.example',
      userPrincipalName: 'alex@contoso.example',
    });
    expect(graphSchema('user')(res.body)).toBe(true);
    expect((await me('', devToken(COACHEE))).body.mail).toBe('sam@contoso.example');
  });

  it('gives only what $select names, and refuses a property users do not have', async () => {
    expect((await me('?$select=mail,userPrincipalName')).body).toEqual({
      mail: 'alex@contoso.example',
      userPrincipalName: 'alex@contoso.example',
    });
    const unknown = await me('?$select=mail,smtpAddress');
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.message).toContain("'smtpAddress'");
    expect((await me('', null)).status).toBe(401);
  });
});

describe('POST /me/calendar/getSchedule', () => {
  const PATH = '/me/calendar/getSchedule';
  /** Tuesday 2026-12-01, 09:00 to 12:00 in Berlin (08:00 to 11:00 UTC). */
  const body = (overrides: Record<string, unknown> = {}) => ({
    schedules: ['alex@contoso.example', 'SAM@contoso.example', 'nobody@fabrikam.example'],
    startTime: { dateTime: '2026-12-01T09:00:00', timeZone: 'Europe/Berlin' },
    endTime: { dateTime: '2026-12-01T12:00:00', timeZone: 'Europe/Berlin' },
    ...overrides,
  });
  const at = (hour: number, minute = 0) => Date.UTC(2026, 11, 1, hour, minute); // UTC

  beforeEach(() => {
    sandbox.addBusy(COACH, at(8), at(8, 30), 'Focus time', 'free');
    sandbox.addBusy(COACH, at(10), at(10, 15), 'Maybe lunch', 'tentative');
    sandbox.addBusy(COACHEE, at(9), at(10), 'Dentist');
    sandbox.addBusy(COACHEE, at(14), at(15), 'Outside the window');
  });

  it("answers each address's free/busy in order: the view, the items, the working hours; an unknown address gets an error", async () => {
    const res = await post(PATH, body());
    expect(res.status).toBe(200);
    const [alex, sam, nobody] = res.body!.value;
    expect(res.body!.value).toHaveLength(3);
    expect(alex).toMatchObject({ scheduleId: 'alex@contoso.example', availabilityView: '000010' });
    // The coach's own items have their subjects; the free block is there, shown as free.
    expect(alex.scheduleItems.map((i: { status: string; subject?: string }) => [i.status, i.subject])).toEqual([
      ['free', 'Focus time'],
      ['tentative', 'Maybe lunch'],
    ]);
    expect(sam).toEqual({
      scheduleId: 'SAM@contoso.example',
      availabilityView: '002200',
      scheduleItems: [
        {
          isPrivate: false,
          status: 'busy',
          start: { dateTime: '2026-12-01T09:00:00.0000000', timeZone: 'UTC' },
          end: { dateTime: '2026-12-01T10:00:00.0000000', timeZone: 'UTC' },
        },
      ],
      workingHours: {
        daysOfWeek: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'],
        startTime: '09:00:00.0000000',
        endTime: '17:00:00.0000000',
        timeZone: { name: 'W. Europe Standard Time' }, // Exchange's Windows name for Berlin
      },
    });
    expect(nobody).toEqual({
      scheduleId: 'nobody@fabrikam.example',
      error: { message: expect.stringContaining('nobody@fabrikam.example'), responseCode: '5009' },
    });
  });

  it('refuses a window longer than 62 days, as Graph does', async () => {
    const until = (day: string) => body({ endTime: { dateTime: `${day}T09:00:00`, timeZone: 'Europe/Berlin' } });
    expect((await post(PATH, until('2027-02-01'))).status).toBe(200); // 62 days
    const tooLong = await post(PATH, until('2027-02-02'));
    expect(tooLong.status).toBe(400);
    expect(tooLong.body!.error.code).toBe('ErrorTimeIntervalTooBig');
  });

  it("answers in the shape Graph's schema gives for the action's result", async () => {
    const returns = graphSchema('action.calendar.getSchedule/x-graph-returns');
    const { value } = (await post(PATH, body())).body!;
    expect(returns(value)).toBe(true);
    expect(returns.errors ?? null).toBeNull();
    // The check has teeth: a property scheduleInformation lacks, or a status Graph does not know, fails it.
    expect(returns([{ ...value[1], busyTimes: [] }])).toBe(false);
    expect(returns([{ ...value[1], scheduleItems: [{ ...value[1].scheduleItems[0], status: 'away' }] }])).toBe(false);
  });

  it('writes item times in the zone Prefer: outlook.timezone names, and refuses a zone Graph does not', async () => {
    const berlin = await post(PATH, body(), devToken(COACH), { Prefer: 'outlook.timezone="Europe/Berlin"' });
    expect(berlin.body!.value[1].scheduleItems[0].start).toEqual({ dateTime: '2026-12-01T10:00:00.0000000', timeZone: 'Europe/Berlin' });
    expect((await post(PATH, body(), devToken(COACH), { Prefer: 'outlook.timezone="Mars/Olympus"' })).status).toBe(400);
  });

  it('cuts the view into availabilityViewInterval minutes, 30 by default, a last short cell included', async () => {
    expect((await post(PATH, body({ availabilityViewInterval: 60 }))).body!.value[1].availabilityView).toBe('020');
    expect((await post(PATH, body({ availabilityViewInterval: 5 }))).body!.value[1].availabilityView).toHaveLength(36);
    const short = await post(PATH, body({ endTime: { dateTime: '2026-12-01T10:15:00', timeZone: 'Europe/Berlin' } }));
    expect(short.body!.value[1].availabilityView).toBe('002');
  });

  it.each([
    ['an unknown parameter', body({ window: 'soon' })],
    ['schedules that are not addresses', body({ schedules: [{ address: 'sam@contoso.example' }] })],
    ['no schedules', body({ schedules: [] })],
    ['no startTime', { schedules: ['sam@contoso.example'], endTime: body().endTime }],
    ['an end before the start', body({ endTime: body().startTime })],
    ['a zone Graph does not take', body({ startTime: { dateTime: '2026-12-01T09:00:00', timeZone: 'Europe/Zurich' } })],
    ['a dateTime that is not one', body({ endTime: { dateTime: 'noon', timeZone: 'UTC' } })],
    ['an interval under 5 minutes', body({ availabilityViewInterval: 4 })],
    ['an interval over a day', body({ availabilityViewInterval: 1441 })],
    ['an interval that is not whole minutes', body({ availabilityViewInterval: 7.5 })],
  ])('refuses %s', async (_what, refused) => {
    const res = await post(PATH, refused);
    expect(res.status).toBe(400);
    expect(res.body!.error.code).toBeTruthy();
  });

  it('needs a token like every other call', async () => {
    expect((await post(PATH, body(), null)).status).toBe(401);
  });
});

describe('POST /me/findMeetingTimes: availability as Graph weighs it', () => {
  const PATH = '/me/findMeetingTimes';
  const at = (hour: number, minute = 0) => Date.UTC(2026, 11, 1, hour, minute); // Tuesday, UTC
  /** 09:00 to 11:00 in Berlin (08:00 to 10:00 UTC), half-hour meetings, with one attendee. */
  const body = (address: string, extra: Record<string, unknown> = {}) => ({
    attendees: [{ type: 'required', emailAddress: { address, name: 'Them' } }],
    timeConstraint: {
      activityDomain: 'work',
      timeSlots: [
        {
          start: { dateTime: '2026-12-01T09:00:00', timeZone: 'Europe/Berlin' },
          end: { dateTime: '2026-12-01T11:00:00', timeZone: 'Europe/Berlin' },
        },
      ],
    },
    meetingDuration: 'PT30M',
    ...extra,
  });
  type Suggestion = {
    confidence: number;
    organizerAvailability: string;
    attendeeAvailability: { availability: string }[];
    meetingTimeSlot: { start: { dateTime: string } };
  };
  const starts = (suggestions: Suggestion[]) => suggestions.map((s) => s.meetingTimeSlot.start.dateTime.slice(11, 16));

  it('leaves out an attendee it cannot see (49% likely to come, under the 50% default) and says why', async () => {
    const res = await post(PATH, body('nobody@fabrikam.example'), devToken(COACH), { Prefer: 'outlook.timezone="UTC"' });
    expect(res.body).toEqual({ emptySuggestionsReason: 'attendeesUnavailableOrUnknown', meetingTimeSuggestions: [] });
    const anyone = await post(PATH, body('nobody@fabrikam.example', { minimumAttendeePercentage: 0 }), devToken(COACH), {
      Prefer: 'outlook.timezone="UTC"',
    });
    const first = (anyone.body!.meetingTimeSuggestions as Suggestion[])[0]!;
    expect([first.confidence, first.attendeeAvailability[0]!.availability]).toEqual([49, 'unknown']);
  });

  it('suggests the organizer’s tentative time, marked, never a busy one; an attendee’s tentative time at 50%', async () => {
    sandbox.addBusy(COACH, at(8), at(8, 30), 'Maybe', 'tentative');
    sandbox.addBusy(COACH, at(8, 30), at(9));
    sandbox.addBusy(COACHEE, at(9), at(9, 30), 'Perhaps', 'tentative');
    const res = await post(PATH, body('sam@contoso.example'), devToken(COACH), { Prefer: 'outlook.timezone="UTC"' });
    const suggestions = res.body!.meetingTimeSuggestions as Suggestion[];
    expect(starts(suggestions)).toEqual(['08:00', '09:00', '09:30']);
    expect(suggestions.map((s) => [s.organizerAvailability, s.attendeeAvailability[0]!.availability, s.confidence])).toEqual([
      ['tentative', 'free', 100],
      ['free', 'tentative', 50],
      ['free', 'free', 100],
    ]);
  });
});
