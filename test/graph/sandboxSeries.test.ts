// The Graph sandbox's recurring series against Graph v1.0's documented
// behaviour: masters on /me/events, occurrences and exceptions in calendar
// views, one occurrence patched or answered without touching the rest.
import { devToken, startGraphSandbox, type GraphSandbox } from './sandbox/graphSandbox';
import { COACH, COACHEE, DAY, graphSchema } from './helpers';

let sandbox: GraphSandbox;
beforeEach(async () => {
  sandbox = await startGraphSandbox();
});
afterEach(() => sandbox.close());

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- answers are read loosely in assertions
type Loose = Record<string, any>;

async function call(method: string, path: string, body?: unknown, userId = COACH, headers: Record<string, string> = {}) {
  const res = await fetch(`${sandbox.baseUrl}${path}`, {
    method,
    headers: {
      Authorization: `Bearer ${devToken(userId)}`,
      ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
      ...headers,
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  return { status: res.status, body: (text ? JSON.parse(text) : null) as Loose };
}

/** Tuesday 1 December 2026, the series' first day; 10:00 in Berlin is 09:00 UTC. */
const FIRST = Date.UTC(2026, 11, 1, 9, 0);
const WEEK = 7 * DAY;
const SAM = 'sam@contoso.example';

const weekly = (overrides: Loose = {}): Loose => ({
  subject: 'Alex / Sam 1:1',
  start: { dateTime: '2026-12-01T10:00:00', timeZone: 'Europe/Berlin' },
  end: { dateTime: '2026-12-01T10:30:00', timeZone: 'Europe/Berlin' },
  attendees: [{ type: 'required', emailAddress: { address: SAM, name: 'Sam' } }],
  isOnlineMeeting: true,
  onlineMeetingProvider: 'teamsForBusiness',
  recurrence: {
    pattern: { type: 'weekly', interval: 1, daysOfWeek: ['tuesday'] },
    range: { type: 'noEnd', startDate: '2026-12-01' },
  },
  ...overrides,
});

async function createSeries(body: Loose = weekly()) {
  const res = await call('POST', '/me/events', body);
  expect(res.status).toBe(201);
  return res.body;
}

const iso = (ms: number) => new Date(ms).toISOString();
async function view(userId: string, from: number, to: number, query = '', headers: Record<string, string> = {}) {
  const res = await call('GET', `/me/calendarView?startDateTime=${iso(from)}&endDateTime=${iso(to)}${query}`, undefined, userId, headers);
  expect(res.status).toBe(200);
  return res.body.value as Loose[];
}

describe('creating a series (POST /me/events with a recurrence)', () => {
  it('puts a series master on the organizer’s and each attendee’s calendar: own ids, one iCalUId, the recurrence as Graph keeps it', async () => {
    const created = await createSeries();
    expect(graphSchema('event')(created)).toBe(true);
    expect(created).toMatchObject({ type: 'seriesMaster', seriesMasterId: null, isOrganizer: true });
    expect(created.recurrence).toEqual({
      pattern: { type: 'weekly', interval: 1, month: 0, dayOfMonth: 0, daysOfWeek: ['tuesday'], firstDayOfWeek: 'sunday', index: 'first' },
      range: { type: 'noEnd', startDate: '2026-12-01', endDate: '0001-01-01', recurrenceTimeZone: 'Europe/Berlin', numberOfOccurrences: 0 },
    });
    const [mine] = sandbox.events(COACH);
    const [theirs] = sandbox.events(COACHEE);
    expect(mine!.id).toBe(created.id);
    expect(theirs).toMatchObject({ type: 'seriesMaster', iCalUId: created.iCalUId, isOrganizer: false });
    expect(theirs!.id).not.toBe(created.id);
    expect(theirs!.responseStatus.response).toBe('notResponded');
  });

  it('starts the master on its first occurrence when the start date does not fit the pattern', async () => {
    const created = await createSeries(
      weekly({
        start: { dateTime: '2026-11-30T10:00:00', timeZone: 'Europe/Berlin' },
        end: { dateTime: '2026-11-30T10:30:00', timeZone: 'Europe/Berlin' },
        recurrence: {
          pattern: { type: 'weekly', interval: 1, daysOfWeek: ['tuesday'] },
          range: { type: 'noEnd', startDate: '2026-11-30' },
        },
      }),
    );
    expect(created.start).toEqual({ dateTime: '2026-12-01T10:00:00.0000000', timeZone: 'Europe/Berlin' });
    const got = await call('GET', `/me/events/${encodeURIComponent(created.id)}`);
    expect(got.body.start).toEqual({ dateTime: '2026-12-01T09:00:00.0000000', timeZone: 'UTC' });
  });

  it('refuses what Graph refuses, with an OData error, and stores nothing', async () => {
    const base = weekly().recurrence as Loose;
    const refused: Loose[] = [
      { pattern: { type: 'weekly', interval: 1 }, range: base.range }, // weekly without daysOfWeek
      { pattern: { type: 'weekly', interval: 1, daysOfWeek: [] }, range: base.range },
      { pattern: { type: 'weekly', daysOfWeek: ['tuesday'] }, range: base.range }, // no interval
      { pattern: { type: 'weekly', interval: 0, daysOfWeek: ['tuesday'] }, range: base.range },
      { pattern: { interval: 1, daysOfWeek: ['tuesday'] }, range: base.range }, // no type
      { pattern: base.pattern, range: { type: 'noEnd' } }, // no startDate
      { pattern: base.pattern, range: { type: 'noEnd', startDate: '2026-12-02' } }, // not the start's date
      { pattern: base.pattern, range: { startDate: '2026-12-01' } }, // no range type
      { pattern: base.pattern, range: { type: 'endDate', startDate: '2026-12-01' } }, // no endDate
      { pattern: base.pattern, range: { type: 'endDate', startDate: '2026-12-01', endDate: '2026-11-01' } },
      { pattern: base.pattern, range: { type: 'numbered', startDate: '2026-12-01' } },
      { pattern: base.pattern, range: { type: 'numbered', startDate: '2026-12-01', numberOfOccurrences: 0 } },
      { pattern: base.pattern, range: { ...base.range, recurrenceTimeZone: 'Mars/Olympus' } },
      { pattern: { type: 'absoluteMonthly', interval: 1 }, range: base.range }, // no dayOfMonth
      { pattern: base.pattern }, // no range
      { range: base.range }, // no pattern
      { pattern: { type: 'relativeYearly', interval: 1, daysOfWeek: ['tuesday'], month: 12 }, range: base.range }, // not implemented
    ];
    for (const recurrence of refused) {
      const res = await call('POST', '/me/events', weekly({ recurrence }));
      expect([JSON.stringify(recurrence), res.status]).toEqual([JSON.stringify(recurrence), 400]);
      expect(res.body.error.code).toEqual(expect.any(String));
    }
    // Graph's schema: enums are lower case, unknown properties refused.
    expect(
      (await call('POST', '/me/events', weekly({ recurrence: { ...base, pattern: { ...base.pattern, daysOfWeek: ['Tuesday'] } } }))).status,
    ).toBe(400);
    expect((await call('POST', '/me/events', weekly({ recurrence: { ...base, every: 'week' } }))).status).toBe(400);
    // No day in the range fits the pattern.
    const none = await call(
      'POST',
      '/me/events',
      weekly({ recurrence: { pattern: base.pattern, range: { type: 'endDate', startDate: '2026-12-01', endDate: '2026-12-01' } } }),
    );
    expect(none.status).toBe(201);
    const empty = await call(
      'POST',
      '/me/events',
      weekly({
        start: { dateTime: '2026-12-02T10:00:00', timeZone: 'Europe/Berlin' },
        end: { dateTime: '2026-12-02T10:30:00', timeZone: 'Europe/Berlin' },
        recurrence: { pattern: base.pattern, range: { type: 'endDate', startDate: '2026-12-02', endDate: '2026-12-07' } },
      }),
    );
    expect([empty.status, empty.body.error.code]).toEqual([400, 'ErrorRecurrenceHasNoOccurrence']);
    // type, seriesMasterId and originalStart are Graph's to set.
    expect((await call('POST', '/me/events', weekly({ type: 'seriesMaster' }))).status).toBe(400);
    expect((await call('POST', '/me/events', weekly({ seriesMasterId: 'x' }))).status).toBe(400);
    expect(sandbox.events(COACH)).toHaveLength(1); // only the one-occurrence series
  });

  it('expands daily, every-other-week, monthly, numbered and end-dated series as Outlook does', async () => {
    const at = (date: string) => ({ dateTime: `${date}T10:00:00`, timeZone: 'Europe/Berlin' });
    const till = (date: string) => ({ dateTime: `${date}T11:00:00`, timeZone: 'Europe/Berlin' });
    const series = async (date: string, recurrence: Loose) => {
      await createSeries({ subject: 'Series', start: at(date), end: till(date), recurrence });
    };
    await series('2027-01-04', {
      pattern: { type: 'daily', interval: 2 },
      range: { type: 'numbered', startDate: '2027-01-04', numberOfOccurrences: 3 },
    });
    await series('2027-02-01', {
      pattern: { type: 'weekly', interval: 2, daysOfWeek: ['monday', 'thursday'], firstDayOfWeek: 'monday' },
      range: { type: 'endDate', startDate: '2027-02-01', endDate: '2027-02-18' },
    });
    await series('2027-01-31', {
      pattern: { type: 'absoluteMonthly', interval: 1, dayOfMonth: 31 },
      range: { type: 'numbered', startDate: '2027-01-31', numberOfOccurrences: 4 },
    });
    const days = (await view(COACH, Date.UTC(2027, 0, 1), Date.UTC(2027, 5, 1), '&$top=100')).map((e: Loose) =>
      (e.start.dateTime as string).slice(0, 10),
    );
    expect(days).toEqual([
      '2027-01-04',
      '2027-01-06',
      '2027-01-08',
      '2027-01-31',
      '2027-02-01',
      '2027-02-04',
      '2027-02-15',
      '2027-02-18',
      '2027-02-28', // the 31st falls on a shorter month's last day
      '2027-03-31',
      '2027-04-30',
    ]);
  });
});

describe('listing (GET /me/events) and calendar views', () => {
  it('/me/events lists single events and series masters only, never occurrences, also when filtered by iCalUId', async () => {
    const master = await createSeries();
    await call('POST', '/me/events', { ...weekly(), recurrence: undefined, subject: 'One-off' });
    const listed = await call('GET', '/me/events');
    expect(listed.body.value.map((e: Loose) => e.type).sort()).toEqual(['seriesMaster', 'singleInstance']);
    const filtered = await call('GET', `/me/events?$filter=${encodeURIComponent(`iCalUId eq '${master.iCalUId}'`)}`);
    expect(filtered.body.value.map((e: Loose) => e.id)).toEqual([master.id]);
    const [occurrence] = await view(COACH, FIRST, FIRST + DAY);
    const byOccurrence = await call('GET', `/me/events?$filter=${encodeURIComponent(`iCalUId eq '${occurrence!.iCalUId}'`)}`);
    expect(byOccurrence.body.value).toEqual([]);
  });

  it('a calendar view expands the series into occurrences: own stable ids, the master’s id, an iCalUId per occurrence shared by both copies', async () => {
    const master = await createSeries();
    await call('POST', '/me/events', {
      ...weekly(),
      recurrence: undefined,
      subject: 'One-off',
      start: { dateTime: '2026-12-09T10:00:00', timeZone: 'Europe/Berlin' },
      end: { dateTime: '2026-12-09T11:00:00', timeZone: 'Europe/Berlin' },
    });
    const mine = await view(COACH, FIRST - DAY, FIRST + 3 * WEEK - DAY);
    expect(mine.map((e) => [e.type, e.start.dateTime])).toEqual([
      ['occurrence', '2026-12-01T09:00:00.0000000'],
      ['occurrence', '2026-12-08T09:00:00.0000000'],
      ['singleInstance', '2026-12-09T09:00:00.0000000'],
      ['occurrence', '2026-12-15T09:00:00.0000000'],
    ]);
    const occurrences = mine.filter((e) => e.type === 'occurrence');
    for (const o of occurrences) {
      expect(graphSchema('event')(o)).toBe(true);
      expect(o).toMatchObject({ seriesMasterId: master.id, recurrence: null, subject: 'Alex / Sam 1:1', isOrganizer: true });
      expect(o.id).not.toBe(master.id);
      expect(o.id.length).toBeGreaterThan(40);
      expect(o.iCalUId).not.toBe(master.iCalUId);
      expect(o.onlineMeeting).toEqual(master.onlineMeeting);
    }
    expect(occurrences.map((o) => o.originalStart)).toEqual(['2026-12-01T09:00:00Z', '2026-12-08T09:00:00Z', '2026-12-15T09:00:00Z']);
    expect(new Set(occurrences.map((o) => o.iCalUId)).size).toBe(3);
    expect(new Set(occurrences.map((o) => o.id)).size).toBe(3);
    // The same occurrence always has the same id.
    expect((await view(COACH, FIRST - DAY, FIRST + 3 * WEEK - DAY)).map((e) => e.id)).toEqual(mine.map((e) => e.id));
    // Sam's copy: the same occurrences with their own ids and the same iCalUIds.
    const theirs = await view(COACHEE, FIRST - DAY, FIRST + 3 * WEEK - DAY);
    const theirOccurrences = theirs.filter((e) => e.type === 'occurrence');
    expect(theirOccurrences.map((o) => o.iCalUId)).toEqual(occurrences.map((o) => o.iCalUId));
    expect(theirOccurrences.map((o) => o.id)).not.toEqual(expect.arrayContaining([occurrences[0]!.id]));
    expect(theirOccurrences.map((o) => o.seriesMasterId)).toEqual(Array(3).fill(sandbox.events(COACHEE)[0]!.id));
    expect(theirOccurrences.every((o) => o.isOrganizer === false && o.responseStatus.response === 'notResponded')).toBe(true);
  });

  it('keeps the wall-clock time across daylight saving, honours Prefer: outlook.timezone, $select and paging', async () => {
    await createSeries();
    // Berlin leaves winter time on 28 March 2027: 10:00 is then 08:00 UTC.
    const spring = await view(COACH, Date.UTC(2027, 2, 20), Date.UTC(2027, 2, 31));
    expect(spring.map((e) => e.start.dateTime)).toEqual(['2027-03-23T09:00:00.0000000', '2027-03-30T08:00:00.0000000']);
    const berlin = await view(COACH, Date.UTC(2027, 2, 20), Date.UTC(2027, 2, 31), '', { Prefer: 'outlook.timezone="Europe/Berlin"' });
    expect(berlin.map((e) => e.start)).toEqual([
      { dateTime: '2027-03-23T10:00:00.0000000', timeZone: 'Europe/Berlin' },
      { dateTime: '2027-03-30T10:00:00.0000000', timeZone: 'Europe/Berlin' },
    ]);
    const selected = await view(COACH, FIRST, FIRST + DAY, '&$select=subject,type,seriesMasterId,originalStart');
    expect(Object.keys(selected[0]!).sort()).toEqual(['id', 'originalStart', 'seriesMasterId', 'subject', 'type']);
    const first = await call('GET', `/me/calendarView?startDateTime=${iso(FIRST)}&endDateTime=${iso(FIRST + 5 * WEEK)}&$top=2`);
    expect(first.body.value).toHaveLength(2);
    const next = await fetch(first.body['@odata.nextLink'] as string, { headers: { Authorization: `Bearer ${devToken(COACH)}` } });
    const page2 = (await next.json()) as Loose;
    expect(page2.value.map((e: Loose) => e.originalStart)).toEqual(['2026-12-15T09:00:00Z', '2026-12-22T09:00:00Z']);
  });

  it('lists one series’ instances (GET /me/events/{id}/instances), refuses a window-less ask and ids that are not a master of the caller', async () => {
    const master = await createSeries();
    await createSeries(weekly({ subject: 'Another series' }));
    const q = `startDateTime=${iso(FIRST)}&endDateTime=${iso(FIRST + 2 * WEEK)}`;
    const res = await call('GET', `/me/events/${encodeURIComponent(master.id)}/instances?${q}`);
    expect(res.body.value.map((e: Loose) => [e.subject, e.seriesMasterId])).toEqual([
      ['Alex / Sam 1:1', master.id],
      ['Alex / Sam 1:1', master.id],
    ]);
    expect((await call('GET', `/me/events/${encodeURIComponent(master.id)}/instances`)).status).toBe(400);
    expect((await call('GET', `/me/events/nobody/instances?${q}`)).status).toBe(404);
    // Sam's calendar has Sam's own master id, not Alex's.
    expect((await call('GET', `/me/events/${encodeURIComponent(master.id)}/instances?${q}`, undefined, COACHEE)).status).toBe(404);
    const single = await call('POST', '/me/events', { ...weekly(), recurrence: undefined });
    expect((await call('GET', `/me/events/${encodeURIComponent(single.body.id)}/instances?${q}`)).status).toBe(400);
  });

  it('counts occurrences as busy in getSchedule and findMeetingTimes', async () => {
    await createSeries();
    const schedule = await call('POST', '/me/calendar/getSchedule', {
      schedules: [SAM],
      startTime: { dateTime: '2026-12-08T08:00:00', timeZone: 'UTC' },
      endTime: { dateTime: '2026-12-08T10:00:00', timeZone: 'UTC' },
      availabilityViewInterval: 30,
    });
    expect(schedule.body.value[0].availabilityView).toBe('0020'); // 09:00–09:30 UTC is Tuesday's 1:1
    const times = await call('POST', '/me/findMeetingTimes', {
      attendees: [{ type: 'required', emailAddress: { address: SAM } }],
      timeConstraint: {
        timeSlots: [
          {
            start: { dateTime: '2026-12-08T10:00:00', timeZone: 'Europe/Berlin' },
            end: { dateTime: '2026-12-08T11:00:00', timeZone: 'Europe/Berlin' },
          },
        ],
      },
      meetingDuration: 'PT30M',
    });
    expect(times.body.meetingTimeSuggestions.map((s: Loose) => s.meetingTimeSlot.start.dateTime)).toEqual(['2026-12-08T09:30:00.0000000']);
  });
});

describe('one occurrence', () => {
  async function weekTwo(userId = COACH) {
    const [occurrence] = await view(userId, FIRST + WEEK, FIRST + WEEK + DAY);
    return occurrence!;
  }
  const path = (id: string) => `/me/events/${encodeURIComponent(id)}`;

  it('is answered by GET /me/events/{occurrenceId}; an id it never had is not found', async () => {
    await createSeries();
    const occurrence = await weekTwo();
    const got = await call('GET', path(occurrence.id));
    expect(got.status).toBe(200);
    expect(got.body).toEqual(occurrence);
    // Another person's occurrence id, a made-up one, and a time the series never has.
    expect((await call('GET', path(occurrence.id), undefined, COACHEE)).status).toBe(404);
    expect((await call('GET', path(`${occurrence.id.slice(0, -3)}x=`))).status).toBe(404);
    expect((await call('GET', path("AAMk/../x'y?z"))).status).toBe(404);
  });

  it('PATCH by the organizer makes it an exception on both calendars; the series and the other occurrences are untouched', async () => {
    const master = await createSeries();
    const before = { master: sandbox.events(COACH), sams: sandbox.events(COACHEE), view: await view(COACH, FIRST, FIRST + 4 * WEEK) };
    const occurrence = await weekTwo();
    const samsBefore = await weekTwo(COACHEE);
    const body = { body: { contentType: 'html', content: '<p>Our plan</p>' } };
    const patched = await call('PATCH', path(occurrence.id), body);
    expect(patched.status).toBe(200);
    expect(patched.body).toMatchObject({ id: occurrence.id, type: 'exception', seriesMasterId: master.id, body: body.body });
    expect(patched.body.changeKey).not.toBe(occurrence.changeKey);
    expect(patched.body.lastModifiedDateTime > occurrence.lastModifiedDateTime).toBe(true);

    const after = await view(COACH, FIRST, FIRST + 4 * WEEK);
    expect(after.map((e) => [e.id, e.type])).toEqual(before.view.map((e) => [e.id, e.id === occurrence.id ? 'exception' : 'occurrence']));
    expect(after.filter((e) => e.id !== occurrence.id)).toEqual(before.view.filter((e) => e.id !== occurrence.id));
    expect(sandbox.events(COACH)).toEqual(before.master);
    expect(sandbox.events(COACHEE)).toEqual(before.sams);
    expect((await call('GET', path(occurrence.id))).body).toEqual(after[1]);

    // Sam's copy of that occurrence follows, as an exception, with the same iCalUId.
    const sams = await weekTwo(COACHEE);
    expect(sams).toMatchObject({ id: samsBefore.id, type: 'exception', iCalUId: occurrence.iCalUId, body: body.body });

    // Every PATCH is a change: the same body again changes the changeKey again.
    const again = await call('PATCH', path(occurrence.id), body);
    expect(again.body.changeKey).not.toBe(patched.body.changeKey);
    expect(again.body.lastModifiedDateTime > patched.body.lastModifiedDateTime).toBe(true);
  });

  it('PATCH of its time moves it within its own days and asks the attendee again; not onto a neighbour’s day', async () => {
    await createSeries();
    const occurrence = await weekTwo();
    await call('POST', `${path((await weekTwo(COACHEE)).id)}/accept`, {}, COACHEE);
    expect((await weekTwo(COACHEE)).responseStatus.response).toBe('accepted');
    const later = {
      start: { dateTime: '2026-12-10T15:00:00', timeZone: 'Europe/Berlin' },
      end: { dateTime: '2026-12-10T16:00:00', timeZone: 'Europe/Berlin' },
    };
    const moved = await call('PATCH', path(occurrence.id), later);
    expect(moved.status).toBe(200);
    const [sams] = await view(COACHEE, Date.UTC(2026, 11, 10), Date.UTC(2026, 11, 11));
    expect(sams).toMatchObject({
      type: 'exception',
      originalStart: '2026-12-08T09:00:00Z',
      start: { dateTime: '2026-12-10T14:00:00.0000000' },
    });
    expect(sams!.responseStatus.response).toBe('notResponded');
    expect((await view(COACH, FIRST + WEEK, FIRST + WEEK + DAY)).length).toBe(0);
    const onto = {
      start: { dateTime: '2026-12-15T15:00:00', timeZone: 'Europe/Berlin' },
      end: { dateTime: '2026-12-15T16:00:00', timeZone: 'Europe/Berlin' },
    };
    const crossing = await call('PATCH', path(occurrence.id), onto);
    expect([crossing.status, crossing.body.error.code]).toEqual([400, 'ErrorOccurrenceCrossingBoundary']);
    expect((await call('PATCH', path(occurrence.id), { recurrence: weekly().recurrence })).status).toBe(400);
    expect((await call('PATCH', path(occurrence.id), { type: 'occurrence' })).status).toBe(400);
  });

  it('an attendee’s PATCH changes their own copy only; it never reaches the organizer', async () => {
    await createSeries();
    const organizers = await weekTwo();
    const sams = await weekTwo(COACHEE);
    const note = { body: { contentType: 'text', content: 'My own note' } };
    expect((await call('PATCH', path(sams.id), note, COACHEE)).body).toMatchObject({ type: 'exception', body: note.body });
    expect(await weekTwo()).toEqual(organizers);
    // The same for a single event.
    const single = await call('POST', '/me/events', { ...weekly(), recurrence: undefined });
    const samsSingle = sandbox.events(COACHEE).find((e) => e.type === 'singleInstance')!;
    expect((await call('PATCH', path(samsSingle.id), note, COACHEE)).status).toBe(200);
    expect(sandbox.events(COACH).find((e) => e.id === single.body.id)!.body).toEqual(single.body.body);
  });

  it('accept, tentativelyAccept and decline answer for that occurrence only; on the master, for the series', async () => {
    await createSeries();
    const sams = await weekTwo(COACHEE);
    expect((await call('POST', `${path(sams.id)}/tentativelyAccept`, { comment: 'Maybe' }, COACHEE)).status).toBe(202);
    const statuses = async (userId: string) =>
      (await view(userId, FIRST, FIRST + 3 * WEEK)).map((e) =>
        userId === COACH ? e.attendees[0].status.response : e.responseStatus.response,
      );
    expect(await statuses(COACHEE)).toEqual(['notResponded', 'tentativelyAccepted', 'notResponded']);
    expect(await statuses(COACH)).toEqual(['none', 'tentativelyAccepted', 'none']);
    expect((await weekTwo(COACHEE)).type).toBe('exception');

    const samsMaster = sandbox.events(COACHEE)[0]!;
    expect((await call('POST', `${path(samsMaster.id)}/accept`, {}, COACHEE)).status).toBe(202);
    expect(await statuses(COACHEE)).toEqual(['accepted', 'tentativelyAccepted', 'accepted']);
    expect(await statuses(COACH)).toEqual(['accepted', 'tentativelyAccepted', 'accepted']);

    expect((await call('POST', `${path(sams.id)}/decline`, {}, COACHEE)).status).toBe(202);
    expect(await statuses(COACH)).toEqual(['accepted', 'declined', 'accepted']);
    // The organizer does not answer their own meeting; bodies are checked.
    expect((await call('POST', `${path((await weekTwo()).id)}/accept`, {})).status).toBe(400);
    expect((await call('POST', `${path(sams.id)}/accept`, { reason: 'x' }, COACHEE)).status).toBe(400);
  });

  it('PATCH of the master changes the series: occurrences follow, an exception keeps what was changed on it', async () => {
    const master = await createSeries();
    const occurrence = await weekTwo();
    await call('PATCH', path(occurrence.id), { body: { contentType: 'text', content: 'Plan' } });
    expect((await call('PATCH', path(master.id), { subject: 'Weekly 1:1' })).status).toBe(200);
    const both = [...(await view(COACH, FIRST, FIRST + 3 * WEEK)), ...(await view(COACHEE, FIRST, FIRST + 3 * WEEK))];
    expect(both.map((e) => e.subject)).toEqual(Array(6).fill('Weekly 1:1'));
    expect((await weekTwo()).body).toEqual({ contentType: 'text', content: 'Plan' });
    // A new time for the series: every occurrence moves and, as Outlook warns, exceptions are discarded.
    const moved = await call('PATCH', path(master.id), {
      start: { dateTime: '2026-12-01T11:00:00', timeZone: 'Europe/Berlin' },
      end: { dateTime: '2026-12-01T11:30:00', timeZone: 'Europe/Berlin' },
    });
    expect(moved.status).toBe(200);
    const after = await view(COACHEE, FIRST, FIRST + 3 * WEEK);
    expect(after.map((e) => [e.type, e.start.dateTime])).toEqual([
      ['occurrence', '2026-12-01T10:00:00.0000000'],
      ['occurrence', '2026-12-08T10:00:00.0000000'],
      ['occurrence', '2026-12-15T10:00:00.0000000'],
    ]);
  });

  it('DELETE by the organizer cancels it on every calendar; the others stay', async () => {
    await createSeries();
    const occurrence = await weekTwo();
    expect((await call('DELETE', path(occurrence.id))).status).toBe(204);
    expect((await call('GET', path(occurrence.id))).status).toBe(404);
    expect((await view(COACH, FIRST, FIRST + 3 * WEEK)).map((e) => e.originalStart)).toEqual([
      '2026-12-01T09:00:00Z',
      '2026-12-15T09:00:00Z',
    ]);
    expect((await view(COACHEE, FIRST, FIRST + 3 * WEEK)).map((e) => e.originalStart)).toEqual([
      '2026-12-01T09:00:00Z',
      '2026-12-15T09:00:00Z',
    ]);
    expect((await call('DELETE', path(sandbox.events(COACH)[0]!.id))).status).toBe(400); // a whole series: not implemented
  });

  it('works inside a $batch as on its own', async () => {
    await createSeries();
    const occurrence = await weekTwo();
    const res = await call('POST', '/$batch', {
      requests: [
        { id: '1', method: 'GET', url: `/me/events/${encodeURIComponent(occurrence.id)}?$select=type` },
        {
          id: '2',
          method: 'PATCH',
          url: `/me/events/${encodeURIComponent(occurrence.id)}`,
          headers: { 'Content-Type': 'application/json' },
          body: { subject: 'Just this once' },
        },
      ],
    });
    expect(res.body.responses.map((r: Loose) => [r.id, r.status])).toEqual([
      ['1', 200],
      ['2', 200],
    ]);
    expect((await weekTwo(COACHEE)).subject).toBe('Just this once');
  });
});

describe('the test helpers', () => {
  it('addSeries sets up a weekly 1:1 in one line, checked as a POST; calendarView answers copies in UTC', () => {
    const masterId = sandbox.addSeries(COACH, {
      subject: '1:1',
      start: '2026-12-01T10:00:00',
      end: '2026-12-01T10:30:00',
      timeZone: 'Europe/Berlin',
      attendees: [COACHEE],
    });
    const occurrences = sandbox.calendarView(COACHEE, FIRST, FIRST + 2 * WEEK);
    expect(occurrences.map((e) => [e.type, e.start])).toEqual([
      ['occurrence', { dateTime: '2026-12-01T09:00:00.0000000', timeZone: 'UTC' }],
      ['occurrence', { dateTime: '2026-12-08T09:00:00.0000000', timeZone: 'UTC' }],
    ]);
    expect(sandbox.calendarView(COACH, FIRST, FIRST + DAY)[0]).toMatchObject({ seriesMasterId: masterId, isOnlineMeeting: true });
    occurrences[0]!.subject = 'changed in the copy';
    expect(sandbox.calendarView(COACHEE, FIRST, FIRST + DAY)[0]!.subject).toBe('1:1');
    expect(() =>
      sandbox.addSeries(COACH, {
        subject: 'x',
        start: '2026-12-01T10:00:00',
        end: '2026-12-01T10:30:00',
        timeZone: 'Europe/Berlin',
        recurrence: { pattern: { type: 'weekly', interval: 1 }, range: { type: 'noEnd', startDate: '2026-12-01' } },
      }),
    ).toThrow(/daysOfWeek/);
  });
});
