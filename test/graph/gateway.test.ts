import { GraphCalendarGateway, type GraphCalendarGatewayOptions } from '../../src/graph';
import type { GraphFailure, GraphOutcome, TokenProvider } from '../../src/ports';
import { SIMULATOR_USERS, startGraphSandbox, type Fault, type GraphSandbox } from './sandbox/graphSandbox';
import { COACH, COACHEE, DAY, HOUR, NOW, OBSERVER, devTokens, followUp, sandboxClientOptions, slotRequest } from './helpers';

let sandbox: GraphSandbox;
beforeEach(async () => {
  sandbox = await startGraphSandbox();
});
afterEach(() => sandbox.close());

function gateway(userId: string, options: Partial<GraphCalendarGatewayOptions> = {}) {
  const base = sandboxClientOptions(sandbox.baseUrl, userId);
  const g = new GraphCalendarGateway({ ...base, now: () => NOW, ...options });
  return Object.assign(g, { scopes: base.tokens.scopes });
}

function value<T>(outcome: GraphOutcome<T>): T {
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.failure));
  return outcome.value;
}
const failure = <T>(outcome: GraphOutcome<T>): GraphFailure | null => (outcome.ok ? null : outcome.failure);

describe('closure through the real graph-client against the sandbox', () => {
  it('creates the follow-up: the event on the coach calendar, the invite on the coachee calendar', async () => {
    const coach = gateway(COACH);
    const ref = value(await coach.createFollowUp(followUp()));
    const [mine] = sandbox.events(COACH);
    const [invite] = sandbox.events(COACHEE);
    expect(mine).toMatchObject({ id: ref.eventId, iCalUId: ref.iCalUId, subject: 'Status update: Say no to extra projects' });
    expect(invite).toMatchObject({ iCalUId: ref.iCalUId, isOrganizer: false });
    expect(sandbox.events(OBSERVER)).toEqual([]);
    expect(coach.scopes).toContainEqual(['Calendars.ReadWrite']);
  });

  it('creates the event for a coach whose zone Graph does not name, at the same instant', async () => {
    value(await gateway(COACH).createFollowUp(followUp({ timeZone: 'Europe/Zurich' })));
    expect(sandbox.events(COACH)[0]!.start).toEqual({ dateTime: '2026-12-03T13:00:00', timeZone: 'UTC' });
  });

  it('lets the coachee find the invite by iCalUId and accept it with their own token', async () => {
    const { iCalUId } = value(await gateway(COACH).createFollowUp(followUp()));
    const coachee = gateway(COACHEE);
    expect((await coachee.acceptInvite(iCalUId)).ok).toBe(true);
    expect(sandbox.events(COACHEE)[0]!.responseStatus.response).toBe('accepted');
    expect(sandbox.events(COACH)[0]!.attendees[0]!.status.response).toBe('accepted');
    // Accepting again (a second device, a retry) is fine and sends nothing more.
    const before = sandbox.requests.length;
    expect((await coachee.acceptInvite(iCalUId)).ok).toBe(true);
    expect(sandbox.requests.slice(before).map((r) => r.method)).toEqual(['GET']);
  });

  it('says notFound when the invite is not (yet) on the coachee calendar', async () => {
    expect(failure(await gateway(COACHEE).acceptInvite("0400-not-there-'quoted'"))?.kind).toBe('notFound');
  });

  it('suggests slots when both are free, in working hours, before the due date', async () => {
    // Sam is busy all of Wednesday and Thursday morning (Berlin); Alex on Wednesday afternoon.
    sandbox.addBusy(COACHEE, Date.UTC(2026, 11, 2, 0, 0), Date.UTC(2026, 11, 3, 11, 0));
    const slots = value(await gateway(COACH).findFollowUpSlots(slotRequest()));
    expect(slots.length).toBeGreaterThan(0);
    for (const s of slots) {
      expect(s.end - s.start).toBe(HOUR);
      expect(s.start).toBeGreaterThanOrEqual(NOW);
      expect(s.end).toBeLessThanOrEqual(Date.UTC(2026, 11, 3, 23, 0)); // Dec 4, 00:00 Berlin
      expect(s.start >= Date.UTC(2026, 11, 2, 0, 0) && s.start < Date.UTC(2026, 11, 3, 11, 0)).toBe(false);
      const hour = new Date(s.start).getUTCHours() + 1; // Berlin is UTC+1 in December
      expect(hour).toBeGreaterThanOrEqual(9);
      expect(hour + 1).toBeLessThanOrEqual(17);
    }
    expect(slots[0]!.start).toBe(NOW); // Tuesday 10:00 Berlin: now, and both free
  });

  describe('slots from getSchedule when findMeetingTimes cannot answer', () => {
    const utc = (day: number, hour: number, minute = 0) => Date.UTC(2026, 11, day, hour, minute);
    const iso = (ms: number) => new Date(ms).toISOString().slice(0, 16);
    const ask = (address = 'sam@contoso.example', before = '2026-12-04') =>
      gateway(COACH).findFollowUpSlots(slotRequest({ attendee: { address, displayName: 'Sam' }, before }));
    const calls = () => sandbox.requests.map((r) => `${r.status} ${r.method} ${r.path}`);

    beforeEach(async () => {
      // Sam works 09:00–17:00 in New York: 15:00–23:00 in Berlin, so both work 14:00–16:00 UTC.
      await sandbox.close();
      sandbox = await startGraphSandbox({
        users: SIMULATOR_USERS.map((u) => (u.userId === COACHEE ? { ...u, timeZone: 'America/New_York' } : u)),
      });
      sandbox.addBusy(COACH, utc(1, 14), utc(1, 15)); // Tuesday
      sandbox.addBusy(COACHEE, utc(2, 14, 30), utc(2, 15)); // Wednesday
    });

    it('falls back after a 403: the slots miss both busy blocks and keep to both people’s working hours', async () => {
      sandbox.injectFaults({ kind: 'status', status: 403 });
      const coach = gateway(COACH);
      const outcome = await coach.findFollowUpSlots(slotRequest());
      expect(value(outcome).map((s) => [iso(s.start), iso(s.end)])).toEqual([
        ['2026-12-01T15:00', '2026-12-01T16:00'],
        ['2026-12-02T15:00', '2026-12-02T16:00'],
        ['2026-12-03T14:00', '2026-12-03T15:00'],
        ['2026-12-03T14:30', '2026-12-03T15:30'],
        ['2026-12-03T15:00', '2026-12-03T16:00'],
      ]);
      expect(calls()).toEqual(['403 POST /v1.0/me/findMeetingTimes', '200 GET /v1.0/me', '200 POST /v1.0/me/calendar/getSchedule']);
      expect(coach.scopes).toEqual(expect.arrayContaining([['Calendars.Read.Shared'], ['User.Read'], ['Calendars.ReadBasic']]));
    });

    it('asks for the coach address once per gateway', async () => {
      const coach = gateway(COACH);
      const request = {
        attendee: { address: 'sam@contoso.example', displayName: 'Sam' },
        durationMinutes: 30,
        timeZone: 'Europe/Berlin',
        before: '2026-12-04',
      };
      sandbox.injectFaults({ kind: 'status', status: 501 });
      const first = value(await coach.findFollowUpSlots(request));
      sandbox.injectFaults({ kind: 'status', status: 501 });
      expect(value(await coach.findFollowUpSlots(request))).toEqual(first);
      expect(calls().filter((c) => c.endsWith('GET /v1.0/me'))).toHaveLength(1);
    });

    it.each([400, 404, 501])('falls back after a %i too', async (status) => {
      sandbox.injectFaults({ kind: 'status', status });
      expect(value(await ask())).toHaveLength(5);
      expect(calls().at(-1)).toBe('200 POST /v1.0/me/calendar/getSchedule');
    });

    it('asks getSchedule when findMeetingTimes finds none only because it cannot see the attendee', async () => {
      const slots = value(await ask('nobody@fabrikam.example'));
      expect(calls()).toEqual(['200 POST /v1.0/me/findMeetingTimes', '200 GET /v1.0/me', '200 POST /v1.0/me/calendar/getSchedule']);
      expect(iso(slots[0]!.start)).toBe('2026-12-01T09:00'); // the coach's own free time
    });

    it('does not ask getSchedule when findMeetingTimes finds the attendee busy throughout', async () => {
      sandbox.addBusy(COACHEE, utc(1, 0), utc(4, 0));
      expect(value(await ask())).toEqual([]);
      expect(calls()).toEqual(['200 POST /v1.0/me/findMeetingTimes']);
    });

    it('asks getSchedule for at most 61 days however far off the first step is due', async () => {
      sandbox.injectFaults({ kind: 'status', status: 403 });
      const slots = value(await ask(undefined, '2027-09-30'));
      expect(slots.length).toBeGreaterThan(0);
      expect(calls().at(-1)).toBe('200 POST /v1.0/me/calendar/getSchedule');
    });

    it('never offers a time the coach or the attendee is tentative for, as getSchedule’s slots never do', async () => {
      sandbox.addBusy(COACH, utc(1, 9), utc(1, 12), 'Maybe', 'tentative');
      sandbox.addBusy(COACHEE, utc(1, 14), utc(1, 15, 30), 'Perhaps', 'tentative');
      const slots = value(await ask());
      expect(calls()).toEqual(['200 POST /v1.0/me/findMeetingTimes']);
      expect(slots.length).toBeGreaterThan(0);
      const overlaps = (from: number, to: number) => slots.some((s) => s.start < to && from < s.end);
      expect([overlaps(utc(1, 9), utc(1, 12)), overlaps(utc(1, 14), utc(1, 15, 30))]).toEqual([false, false]);
    });

    it('asks getSchedule when every time findMeetingTimes suggests is a tentative one', async () => {
      // Tentative from now to the end of the window: getSchedule, asked, counts it as taken too.
      sandbox.addBusy(COACH, utc(1, 9), utc(4, 0), 'Maybe', 'tentative');
      expect(value(await ask())).toEqual([]);
      expect(calls()).toEqual(['200 POST /v1.0/me/findMeetingTimes', '200 GET /v1.0/me', '200 POST /v1.0/me/calendar/getSchedule']);
    });

    it('keeps to the coach when the attendee’s free/busy is unknown to Graph', async () => {
      sandbox.injectFaults({ kind: 'status', status: 404 });
      const slots = value(await ask('nobody@fabrikam.example'));
      // Coach's working hours (08:00–16:00 UTC), not their Tuesday block; the first slot is now.
      expect(iso(slots[0]!.start)).toBe('2026-12-01T09:00');
      expect(slots.some((s) => s.start < utc(1, 15) && utc(1, 14) < s.end)).toBe(false);
      expect(slots.every((s) => new Date(s.start).getUTCHours() >= 8 && s.end <= utc(new Date(s.start).getUTCDate(), 16))).toBe(true);
    });

    it.each([
      ['401', [{ kind: 'status', status: 401 }], 'consent'],
      ['500', [{ kind: 'status', status: 500 }], 'unknown'],
      ['429 after every retry', Array.from({ length: 3 }, () => ({ kind: 'status', status: 429, retryAfterSeconds: 0 })), 'throttled'],
      ['503 after every retry', Array.from({ length: 3 }, () => ({ kind: 'status', status: 503, retryAfterSeconds: 0 })), 'throttled'],
      [
        'a lost connection, twice',
        [
          { kind: 'drop', when: 'before' },
          { kind: 'drop', when: 'before' },
        ],
        'offline',
      ],
    ] as [string, Fault[], string][])('does not fall back after %s: the failure is reported to try again', async (_what, faults, kind) => {
      sandbox.injectFaults(...faults);
      const outcome = await gateway(COACH, { maxRetries: 2, networkRetries: 1 }).findFollowUpSlots({
        attendee: { address: 'sam@contoso.example', displayName: 'Sam' },
        durationMinutes: 60,
        timeZone: 'Europe/Berlin',
        before: '2026-12-04',
      });
      expect(failure(outcome)).toMatchObject({ kind, retryable: true });
      expect(sandbox.requests.every((r) => r.path === '/v1.0/me/findMeetingTimes')).toBe(true);
      expect(sandbox.requests).toHaveLength(faults.length);
    });

    it('reports the fallback’s own failure when getSchedule fails too', async () => {
      const coach = gateway(COACH, { maxRetries: 1 });
      const request = {
        attendee: { address: 'sam@contoso.example', displayName: 'Sam' },
        durationMinutes: 60,
        timeZone: 'Europe/Berlin',
        before: '2026-12-04',
      };
      sandbox.injectFaults({ kind: 'status', status: 403 });
      value(await coach.findFollowUpSlots(request)); // the coach address is known from now on
      sandbox.injectFaults(
        { kind: 'status', status: 403 },
        { kind: 'status', status: 503, retryAfterSeconds: 0 },
        { kind: 'status', status: 503, retryAfterSeconds: 0 },
      );
      expect(failure(await coach.findFollowUpSlots(request))).toMatchObject({ kind: 'throttled', retryable: true });
      sandbox.injectFaults({ kind: 'status', status: 403 }, { kind: 'status', status: 403 });
      expect(failure(await coach.findFollowUpSlots(request))).toMatchObject({
        kind: 'consent',
        need: 'calendar',
      });
      expect(calls().slice(3)).toEqual([
        '403 POST /v1.0/me/findMeetingTimes',
        '503 POST /v1.0/me/calendar/getSchedule',
        '503 POST /v1.0/me/calendar/getSchedule',
        '403 POST /v1.0/me/findMeetingTimes',
        '403 POST /v1.0/me/calendar/getSchedule',
      ]);
    });

    it('reports a failed look-up of the coach address, and asks nothing more', async () => {
      sandbox.injectFaults({ kind: 'status', status: 403 }, { kind: 'status', status: 404 });
      expect(failure(await ask())?.kind).toBe('notFound');
      expect(calls()).toEqual(['403 POST /v1.0/me/findMeetingTimes', '404 GET /v1.0/me']);
    });
  });

  it('posts the summary to the meeting chat', async () => {
    expect((await gateway(COACH).postSummaryToChat('19:meeting_abc@thread.v2', followUp())).ok).toBe(true);
    const [message] = sandbox.chatMessages('19:meeting_abc@thread.v2');
    expect(JSON.stringify(message)).toContain('Draft the message to Kim');
  });

  describe('closure in one round trip ($batch)', () => {
    const CHAT = '19:meeting_abc@thread.v2';

    it('creates the event and posts the summary in a single request', async () => {
      const coach = gateway(COACH);
      const result = await coach.scheduleFollowUp(followUp(), CHAT);
      expect(result.event.ok && result.summary?.ok).toBe(true);
      expect(sandbox.requests.map((r) => `${r.method} ${r.path}`)).toEqual(['POST /v1.0/$batch']);
      expect(sandbox.events(COACH)).toHaveLength(1);
      expect(sandbox.events(COACHEE)).toHaveLength(1);
      expect(sandbox.chatMessages(CHAT)).toHaveLength(1);
      expect(coach.scopes).toContainEqual(['Calendars.ReadWrite', 'ChatMessage.Send']);
    });

    it('without a chat it is the plain create', async () => {
      const result = await gateway(COACH).scheduleFollowUp(followUp(), null);
      expect(result.summary).toBeNull();
      expect(result.event.ok).toBe(true);
      expect(sandbox.requests.map((r) => r.path)).toEqual(['/v1.0/me/events']);
    });

    it('a lost batch answer: the event is asked for again and stays single; the chat post is not repeated', async () => {
      sandbox.injectFaults({ kind: 'drop', when: 'after' });
      const result = await gateway(COACH).scheduleFollowUp(followUp(), CHAT);
      expect(result.event.ok).toBe(true);
      expect(sandbox.events(COACH)).toHaveLength(1);
      expect(sandbox.chatMessages(CHAT)).toHaveLength(1);
      expect(failure(result.summary!)).toMatchObject({
        kind: 'offline',
        summaryUncertain: true,
      });
    });

    it('a throttled batch is retried as a whole and still makes one event and one message', async () => {
      sandbox.injectFaults({ kind: 'status', status: 429, retryAfterSeconds: 0 }, { kind: 'status', status: 503 });
      const result = await gateway(COACH).scheduleFollowUp(followUp(), CHAT);
      expect(result.event.ok && result.summary?.ok).toBe(true);
      expect(sandbox.events(COACH)).toHaveLength(1);
      expect(sandbox.chatMessages(CHAT)).toHaveLength(1);
    });

    it('a summary refused inside the batch does not cost the event', async () => {
      const result = await gateway(COACH).scheduleFollowUp(followUp(), '');
      expect(result.event.ok).toBe(true);
      expect(failure(result.summary!)?.kind).toBe('invalid');
    });

    it('a bad time is refused before any request, and no summary is posted', async () => {
      const result = await gateway(COACH).scheduleFollowUp(followUp({ start: NOW - HOUR }), CHAT);
      expect(failure(result.event)?.kind).toBe('invalid');
      expect(result.summary).toBeNull();
      expect(sandbox.requests).toEqual([]);
    });

    it('no token: both parts say sign in, nothing is sent', async () => {
      const g = new GraphCalendarGateway({
        tokens: { getToken: () => Promise.reject(new Error('no account')) },
        baseUrl: sandbox.baseUrl,
        now: () => NOW,
      });
      const result = await g.scheduleFollowUp(followUp(), CHAT);
      expect([failure(result.event)?.kind, failure(result.summary!)?.kind]).toEqual(['consent', 'consent']);
      expect(sandbox.requests).toEqual([]);
    });
  });

  describe('never more than one event', () => {
    it('a repeated create (double click, reload) gives back the same event', async () => {
      const first = value(await gateway(COACH).createFollowUp(followUp()));
      const again = value(await gateway(COACH).createFollowUp(followUp()));
      const both = await Promise.all([gateway(COACH).createFollowUp(followUp()), gateway(COACH).createFollowUp(followUp())]);
      expect([again, ...both.map(value)]).toEqual([first, first, first]);
      expect(sandbox.events(COACH)).toHaveLength(1);
      expect(sandbox.events(COACHEE)).toHaveLength(1);
      expect(sandbox.requests.filter((r) => r.method === 'PATCH')).toEqual([]);
    });

    it('a retry at another time after a lost answer moves the one event to that time, on both calendars', async () => {
      sandbox.injectFaults(...Array.from({ length: 4 }, () => ({ kind: 'drop', when: 'after' }) as const));
      expect(failure(await gateway(COACH).createFollowUp(followUp()))?.kind).toBe('offline');
      expect(sandbox.events(COACH)).toHaveLength(1); // made, but its answer never came

      const later = followUp({ start: followUp().start + DAY });
      const ref = value(await gateway(COACH).createFollowUp(later));
      const [mine] = sandbox.events(COACH);
      const [invite] = sandbox.events(COACHEE);
      expect(sandbox.events(COACH)).toHaveLength(1);
      expect(sandbox.events(COACHEE)).toHaveLength(1);
      expect(mine).toMatchObject({ id: ref.eventId, start: { dateTime: '2026-12-04T14:00:00', timeZone: 'Europe/Berlin' } });
      expect(invite).toMatchObject({ iCalUId: ref.iCalUId, start: mine!.start, end: mine!.end });
      expect(sandbox.requests.filter((r) => r.method === 'PATCH')).toHaveLength(1);
    });

    const storms: [string, Fault[]][] = [
      [
        '429, 429, 503 (Retry-After 0)',
        [
          { kind: 'status', status: 429, retryAfterSeconds: 0 },
          { kind: 'status', status: 429, retryAfterSeconds: 0 },
          { kind: 'status', status: 503, retryAfterSeconds: 0 },
        ],
      ],
      ['a connection dropped after the event was made', [{ kind: 'drop', when: 'after' }]],
      [
        'drops before and after, with 504 between',
        [
          { kind: 'drop', when: 'before' },
          { kind: 'status', status: 504, retryAfterSeconds: 0 },
          { kind: 'drop', when: 'after' },
        ],
      ],
      ['an answer slower than the attempt timeout', [{ kind: 'slow', ms: 600 }]],
    ];

    it.each(storms)('after %s exactly one event exists', async (_name, faults) => {
      sandbox.injectFaults(...faults);
      const ref = value(await gateway(COACH, { attemptTimeoutMs: 300 }).createFollowUp(followUp()));
      expect(sandbox.events(COACH).map((e) => e.id)).toEqual([ref.eventId]);
      expect(sandbox.events(COACHEE)).toHaveLength(1);
    });

    it('after any mix of 429/503/504, timeouts and drops, clicking again until it works leaves one event', async () => {
      // A small seeded generator: the same sequences on every run.
      let seed = 42;
      const next = (n: number) => {
        // mulberry32
        seed = (seed + 0x6d2b79f5) | 0;
        let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
        t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
        return ((t ^ (t >>> 14)) >>> 0) % n;
      };
      const kinds: Fault[] = [
        { kind: 'status', status: 429, retryAfterSeconds: 0 },
        { kind: 'status', status: 503, retryAfterSeconds: 0 },
        { kind: 'status', status: 504, retryAfterSeconds: 0 },
        { kind: 'drop', when: 'before' },
        { kind: 'drop', when: 'after' },
        { kind: 'slow', ms: 250 },
      ];
      for (let run = 0; run < 10; run++) {
        const sessionId = `storm-${run}`;
        sandbox.injectFaults(...Array.from({ length: 1 + next(7) }, () => kinds[next(kinds.length)]!));
        const coach = gateway(COACH, { attemptTimeoutMs: 150, maxRetries: 2, networkRetries: 1 });
        let outcome = await coach.createFollowUp(followUp({ sessionId }));
        for (let click = 0; !outcome.ok && click < 10; click++) {
          expect(outcome.failure.retryable).toBe(true);
          outcome = await coach.createFollowUp(followUp({ sessionId }));
        }
        const ref = value(outcome);
        expect(sandbox.events(COACH).filter((e) => e.id === ref.eventId)).toHaveLength(1);
        expect(sandbox.events(COACH)).toHaveLength(run + 1);
        expect(sandbox.events(COACHEE)).toHaveLength(run + 1);
      }
      // The storms did happen: refused, dropped and repeated requests.
      const statuses = new Set(sandbox.requests.map((r) => r.status));
      expect([429, 503, 504, 0].filter((s) => statuses.has(s))).toEqual([429, 503, 504, 0]);
    });

    it('honours Retry-After: 1 on 429', async () => {
      sandbox.injectFaults({ kind: 'status', status: 429, retryAfterSeconds: 1 });
      value(await gateway(COACH).createFollowUp(followUp()));
      expect(sandbox.requests.map((r) => r.status)).toEqual([429, 201]);
      expect(sandbox.events(COACH)).toHaveLength(1);
    });

    it('a storm that outlasts the retries fails as throttled, and the retry after it still makes one event', async () => {
      sandbox.injectFaults(...Array.from({ length: 4 }, (): Fault => ({ kind: 'status', status: 503, retryAfterSeconds: 0 })));
      expect(failure(await gateway(COACH).createFollowUp(followUp()))).toMatchObject({ kind: 'throttled', retryable: true });
      sandbox.injectFaults({ kind: 'drop', when: 'after' }, { kind: 'drop', when: 'after' });
      value(await gateway(COACH).createFollowUp(followUp()));
      value(await gateway(COACH).createFollowUp(followUp()));
      expect(sandbox.events(COACH)).toHaveLength(1);
    });
  });

  describe('failures map to GraphFailure', () => {
    it.each([
      [401, 'consent'],
      [403, 'consent'],
      [400, 'invalid'],
      [404, 'notFound'],
      [500, 'unknown'],
    ] as const)('%i → %s', async (status, kind) => {
      sandbox.injectFaults({ kind: 'status', status });
      expect(failure(await gateway(COACH).createFollowUp(followUp()))?.kind).toBe(kind);
    });

    it('429 after every retry → throttled', async () => {
      sandbox.injectFaults(...Array.from({ length: 3 }, (): Fault => ({ kind: 'status', status: 429, retryAfterSeconds: 0 })));
      expect(failure(await gateway(COACH, { maxRetries: 2 }).createFollowUp(followUp()))?.kind).toBe('throttled');
    });

    it('nobody listening → offline', async () => {
      const url = sandbox.baseUrl;
      await sandbox.close();
      const g = new GraphCalendarGateway({ tokens: devTokens(COACH), baseUrl: url, networkRetries: 1, now: () => NOW });
      expect(failure(await g.createFollowUp(followUp()))).toMatchObject({ kind: 'offline', retryable: true });
      sandbox = await startGraphSandbox(); // for afterEach
    });

    it('a token that cannot be had → consent, and no request leaves', async () => {
      const tokens: TokenProvider = { getToken: () => Promise.reject(new Error('interaction_required')) };
      const g = new GraphCalendarGateway({ tokens, baseUrl: sandbox.baseUrl, now: () => NOW });
      expect(failure(await g.createFollowUp(followUp()))?.kind).toBe('consent');
      expect(sandbox.requests).toEqual([]);
    });

    it('a token the sandbox does not know → consent', async () => {
      const g = new GraphCalendarGateway({ tokens: devTokens('mallory'), baseUrl: sandbox.baseUrl, now: () => NOW });
      expect(failure(await g.createFollowUp(followUp()))?.kind).toBe('consent');
    });

    it('a bad time is refused before any request', async () => {
      expect(failure(await gateway(COACH).createFollowUp(followUp({ start: NOW - HOUR })))?.kind).toBe('invalid');
      expect(sandbox.requests).toEqual([]);
    });

    it('a lost chat post is not repeated (a chat message has no transactionId)', async () => {
      sandbox.injectFaults({ kind: 'drop', when: 'after' });
      expect(failure(await gateway(COACH).postSummaryToChat('19:abc', followUp()))?.kind).toBe('offline');
      expect(sandbox.chatMessages('19:abc')).toHaveLength(1);
    });
  });
});
