import { COACH, COACHEE } from '../../src/simulator/meetingAddress';
import { sandboxCalendar } from '../../src/simulator/sandboxCalendar';
import { sandboxReader, sandboxRequester } from '../../src/simulator/sandboxGraph';
import { bookWeeklySeries, firstStart, WEEKLY_SUBJECT, weeklySeriesBody } from '../../src/simulator/weeklySeries';
import { startGraphSandbox, type GraphSandbox } from '../graph/sandbox/graphSandbox';
import { graphSchema } from '../graph/helpers';

// The simulator's weekly 1:1: plain Graph against a REAL sandbox, as the
// coach; both calendars then list its occurrences through calendarView.

/** Tuesday 1 December 2026, 09:47 UTC. */
const NOW = Date.UTC(2026, 11, 1, 9, 47);
const WEEK = 7 * 86_400_000;
const spec = { organizer: COACH, attendee: COACHEE, meetingId: 'sim-0123456789ab', now: NOW };

let sandbox: GraphSandbox;
beforeEach(async () => {
  sandbox = await startGraphSandbox();
});
afterEach(() => sandbox.close());

/** Requests the way the page makes them, told the sandbox's address as the server would. */
const requester = () =>
  sandboxRequester({
    configUrl: 'http://config.invalid/graph-sandbox.json',
    fetch: (input, init) =>
      String(input) === 'http://config.invalid/graph-sandbox.json'
        ? Promise.resolve(Response.json({ baseUrl: sandbox.baseUrl }))
        : fetch(input, init),
  });

it('asks Graph for a weekly Teams meeting from the half hour now is in, the coachee invited', () => {
  const body = weeklySeriesBody(spec);
  expect(graphSchema('event')(body)).toBe(true);
  expect(firstStart(NOW)).toBe(Date.UTC(2026, 11, 1, 9, 30));
  expect(body).toMatchObject({
    subject: WEEKLY_SUBJECT,
    start: { dateTime: '2026-12-01T09:30:00', timeZone: 'UTC' },
    end: { dateTime: '2026-12-01T10:00:00', timeZone: 'UTC' },
    attendees: [{ emailAddress: { address: COACHEE.email } }],
    isOnlineMeeting: true,
    recurrence: { pattern: { type: 'weekly', interval: 1, daysOfWeek: ['tuesday'] }, range: { type: 'noEnd', startDate: '2026-12-01' } },
  });
});

it('books the series on the coach’s calendar; both calendars list its occurrences, marked; a retry books nothing more', async () => {
  const request = requester();
  const booked = await bookWeeklySeries(request, spec);
  expect(booked.start).toBe(Date.UTC(2026, 11, 1, 9, 30));
  expect(await bookWeeklySeries(request, spec)).toEqual(booked);
  expect(sandbox.events(COACH.userId)).toEqual([expect.objectContaining({ id: booked.id, type: 'seriesMaster' })]);

  const load = sandboxCalendar(sandboxReader(request), { now: () => NOW });
  for (const person of [COACH, COACHEE]) {
    const entries = await load(person.userId);
    expect(entries).toHaveLength(8);
    expect(entries.map((e) => [e.subject, e.start, e.type])).toEqual(
      Array.from({ length: 8 }, (_, i) => [WEEKLY_SUBJECT, booked.start + i * WEEK, 'occurrence']),
    );
  }
  expect((await load(COACH.userId))[0]!.response).toBe('Organizer');
  expect((await load(COACHEE.userId))[0]!.response).toBe('Not responded');
});

it('says why when Graph refuses it', async () => {
  sandbox.injectFaults({ kind: 'status', status: 503 });
  await expect(bookWeeklySeries(requester(), spec)).rejects.toThrow('answered 503');
});
