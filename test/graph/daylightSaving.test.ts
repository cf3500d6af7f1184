import { GraphCalendarGateway } from '../../src/graph';
import { buildGetSchedule } from '../../src/graph/requests';
import { scheduleAnswerSchema, slotsFromSchedule } from '../../src/graph/responses';
import { wallClock } from '../../src/graph/zonedTime';
import type { FollowUpSlotRequest } from '../../src/ports';
import { startGraphSandbox, type GraphSandbox } from './sandbox/graphSandbox';
import { COACH, COACHEE, followUp, sandboxClientOptions } from './helpers';

// The days clocks change: Europe on the last Sundays of March and October,
// the US on the second Sunday of March and the first of November.

const at = (iso: string) => Date.parse(`${iso}Z`);
const MINUTE = 60_000;

describe('the free-time finder on the day clocks change', () => {
  const ALL_WEEK = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];

  /** Slots for a coach who works 00:00–06:00 every day in `zone` (named the Windows way), the attendee any hour. */
  function nightSlots(zone: string, windowsName: string, now: number, before: string): string[] {
    const request: FollowUpSlotRequest = {
      attendee: { address: 'sam@contoso.example', displayName: 'Sam' },
      durationMinutes: 60,
      timeZone: zone,
      before,
      maxCandidates: 100,
    };
    const asked = buildGetSchedule(request, 'alex@contoso.example', now);
    if (!asked.ok) throw new Error(JSON.stringify(asked.failure));
    const hours = { daysOfWeek: ALL_WEEK, startTime: '00:00:00.0000000', endTime: '06:00:00.0000000', timeZone: { name: windowsName } };
    const answer = scheduleAnswerSchema.parse({
      value: [
        { scheduleId: 'alex@contoso.example', availabilityView: '', scheduleItems: [], workingHours: hours },
        { scheduleId: 'sam@contoso.example', availabilityView: '', scheduleItems: [], workingHours: null },
      ],
    });
    const found = slotsFromSchedule(answer, asked.body, request);
    if (!found.ok) throw new Error(JSON.stringify(found.failure));
    for (const s of found.value) expect(s.end - s.start).toBe(60 * MINUTE);
    return found.value.map((s) => wallClock(s.start, zone).slice(11, 16));
  }

  it('Berlin, spring: a night of five hours, no slot in the skipped hour, every slot an hour long', () => {
    // Saturday 2027-03-27 23:00 CET; the clocks skip from 02:00 to 03:00 on Sunday.
    expect(nightSlots('Europe/Berlin', 'W. Europe Standard Time', at('2027-03-27T22:00:00'), '2027-03-29')).toEqual([
      '00:00',
      '00:30',
      '01:00',
      '01:30',
      '03:00',
      '03:30',
      '04:00',
      '04:30',
      '05:00',
    ]);
  });

  it('Berlin, autumn: a night of seven hours, the hour the clocks pass twice offered twice', () => {
    // Saturday 2026-10-24 23:00 CEST; the clocks go back from 03:00 to 02:00 on Sunday.
    expect(nightSlots('Europe/Berlin', 'W. Europe Standard Time', at('2026-10-24T21:00:00'), '2026-10-26')).toEqual([
      '00:00',
      '00:30',
      '01:00',
      '01:30',
      '02:00',
      '02:30',
      '02:00',
      '02:30',
      '03:00',
      '03:30',
      '04:00',
      '04:30',
      '05:00',
    ]);
  });

  it('New York, spring and autumn: the same, at 02:00 and 01:00 local', () => {
    // Saturday 2027-03-13 23:00 EST; Sunday 02:00 becomes 03:00.
    expect(nightSlots('America/New_York', 'Eastern Standard Time', at('2027-03-14T04:00:00'), '2027-03-15')).toEqual([
      '00:00',
      '00:30',
      '01:00',
      '01:30',
      '03:00',
      '03:30',
      '04:00',
      '04:30',
      '05:00',
    ]);
    // Saturday 2026-10-31 23:00 EDT; Sunday 02:00 becomes 01:00.
    expect(nightSlots('America/New_York', 'Eastern Standard Time', at('2026-11-01T03:00:00'), '2026-11-02')).toEqual([
      '00:00',
      '00:30',
      '01:00',
      '01:30',
      '01:00',
      '01:30',
      '02:00',
      '02:30',
      '03:00',
      '03:30',
      '04:00',
      '04:30',
      '05:00',
    ]);
  });
});

describe('follow-up events on the day clocks change, through the sandbox', () => {
  let sandbox: GraphSandbox;
  beforeEach(async () => {
    sandbox = await startGraphSandbox();
  });
  afterEach(() => sandbox.close());

  /** Books a follow-up at `start` and reads it back from both calendars in UTC, as Graph lists them. */
  async function book(start: number, durationMinutes: number, timeZone: string) {
    const gateway = new GraphCalendarGateway({ ...sandboxClientOptions(sandbox.baseUrl, COACH), now: () => start - 86_400_000 });
    const booked = await gateway.createFollowUp(followUp({ start, durationMinutes, timeZone }));
    if (!booked.ok) throw new Error(JSON.stringify(booked.failure));
    const sent = sandbox.events(COACH)[0]!;
    const listed = async (userId: string) => {
      const res = await fetch(`${sandbox.baseUrl}/me/events?$select=start,end`, { headers: { Authorization: `Bearer dev.${userId}` } });
      const body = (await res.json()) as { value: { start: { dateTime: string }; end: { dateTime: string } }[] };
      return body.value.map((e) => [at(e.start.dateTime), at(e.end.dateTime)]);
    };
    return { sent: { start: sent.start, end: sent.end }, coach: await listed(COACH), coachee: await listed(COACHEE) };
  }

  it.each([
    // Berlin, spring: 01:30 CET for an hour ends at 03:30 CEST.
    ['Berlin in spring, across the gap', 'Europe/Berlin', '2027-03-28T00:30:00', 60, '2027-03-28T01:30:00', '2027-03-28T03:30:00'],
    ['Berlin in spring, after the gap', 'Europe/Berlin', '2027-03-28T01:00:00', 30, '2027-03-28T03:00:00', '2027-03-28T03:30:00'],
    // Berlin, autumn: the first 02:30 (CEST) for 90 minutes ends at 03:00 CET.
    ['Berlin in autumn, across the overlap', 'Europe/Berlin', '2026-10-25T00:30:00', 90, '2026-10-25T02:30:00', '2026-10-25T03:00:00'],
    ['New York in spring, across the gap', 'America/New_York', '2027-03-14T06:30:00', 60, '2027-03-14T01:30:00', '2027-03-14T03:30:00'],
    [
      'New York in autumn, across the overlap',
      'America/New_York',
      '2026-11-01T05:00:00',
      120,
      '2026-11-01T01:00:00',
      '2026-11-01T02:00:00',
    ],
  ])(
    '%s: lands at the instant asked on both calendars, written on the coach’s clock',
    async (_what, zone, startUtc, minutes, wallStart, wallEnd) => {
      const start = at(startUtc);
      const { sent, coach, coachee } = await book(start, minutes, zone);
      expect(sent.start).toEqual({ dateTime: wallStart, timeZone: zone });
      expect(sent.end).toEqual({ dateTime: wallEnd, timeZone: zone });
      expect(coach).toEqual([[start, start + minutes * MINUTE]]);
      expect(coachee).toEqual(coach);
      // The answer named the instant asked for: nothing was moved afterwards.
      expect(sandbox.requests.map((r) => r.method)).not.toContain('PATCH');
    },
  );

  it.each([
    ['Berlin', 'Europe/Berlin', '2026-10-25T01:30:00'],
    ['New York', 'America/New_York', '2026-11-01T06:30:00'],
  ])(
    '%s in autumn, the second of two equal clock times: written in UTC, so it cannot be read as the first',
    async (_city, zone, startUtc) => {
      const start = at(startUtc);
      const { sent, coach } = await book(start, 30, zone);
      expect(sent.start).toEqual({ dateTime: startUtc, timeZone: 'UTC' });
      expect(coach).toEqual([[start, start + 30 * MINUTE]]);
      expect(sandbox.requests.map((r) => r.method)).not.toContain('PATCH');
    },
  );
});
