import { GraphCalendarGateway } from '../../src/graph';
import type { FollowUpSlot, GraphOutcome } from '../../src/ports';
import { SIMULATOR_USERS, startGraphSandbox, type GraphSandbox, type SandboxUser } from './sandbox/graphSandbox';
import { COACH, COACHEE, sandboxClientOptions, slotRequest } from './helpers';

// Working hours as Graph gives them: Exchange names their zone the Windows
// way, and the free-time finder reads them on that zone's clock, the
// attendee's as well as the coach's, daylight saving included. Here through
// getSchedule (findMeetingTimes refused), against the sandbox.

let sandbox: GraphSandbox;
afterEach(() => sandbox?.close());

/** The simulator's people, the coachee living in `coacheeZone`. */
async function sandboxWith(coacheeZone: string) {
  const users: SandboxUser[] = SIMULATOR_USERS.map((u) => (u.userId === COACHEE ? { ...u, timeZone: coacheeZone } : u));
  sandbox = await startGraphSandbox({ users });
}

async function slotsFrom(now: number, before: string): Promise<string[]> {
  const gateway = new GraphCalendarGateway({ ...sandboxClientOptions(sandbox.baseUrl, COACH), now: () => now });
  sandbox.injectFaults({ kind: 'status', status: 403 }); // findMeetingTimes: not for this mailbox
  const outcome: GraphOutcome<FollowUpSlot[]> = await gateway.findFollowUpSlots(slotRequest({ before }));
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.failure));
  expect(sandbox.requests.at(-1)?.path).toBe('/v1.0/me/calendar/getSchedule');
  return outcome.value.map((s) => new Date(s.start).toISOString().slice(0, 16));
}

it('the sandbox names working hours’ zones the Windows way, as Exchange does', async () => {
  await sandboxWith('America/Los_Angeles');
  const res = await fetch(`${sandbox.baseUrl}/me/calendar/getSchedule`, {
    method: 'POST',
    headers: { Authorization: 'Bearer dev.sim-alex', 'Content-Type': 'application/json' },
    body: JSON.stringify({
      schedules: ['alex@contoso.example', 'sam@contoso.example'],
      startTime: { dateTime: '2026-12-01T00:00:00', timeZone: 'UTC' },
      endTime: { dateTime: '2026-12-02T00:00:00', timeZone: 'UTC' },
    }),
  });
  const body = (await res.json()) as { value: { workingHours: { timeZone: { name: string } } }[] };
  expect(body.value.map((v) => v.workingHours.timeZone.name)).toEqual(['W. Europe Standard Time', 'Pacific Standard Time']);
});

it('keeps to an attendee’s hours in New York: 15:00–17:00 Berlin, both in standard time', async () => {
  await sandboxWith('America/New_York');
  // Tuesday 2026-12-01 09:00 UTC; until Thursday begins in Berlin.
  expect(await slotsFrom(Date.UTC(2026, 11, 1, 9), '2026-12-03')).toEqual([
    '2026-12-01T14:00',
    '2026-12-01T14:30',
    '2026-12-01T15:00',
    '2026-12-02T14:00',
    '2026-12-02T14:30',
    '2026-12-02T15:00',
  ]);
});

it('finds no time with an attendee in Los Angeles, whose day starts as Berlin’s ends', async () => {
  await sandboxWith('America/Los_Angeles');
  expect(await slotsFrom(Date.UTC(2026, 11, 1, 9), '2026-12-05')).toEqual([]);
});

it('after the US springs forward (second Sunday of March) and before Europe does, Berlin and New York share an hour more', async () => {
  await sandboxWith('America/New_York');
  // Friday 2027-03-12 09:00 in Berlin; New York moves to EDT on Sunday the 14th, Berlin to CEST on the 28th.
  expect(await slotsFrom(Date.UTC(2027, 2, 12, 8), '2027-03-16')).toEqual([
    // Friday: New York opens at 14:00 UTC, Berlin closes at 16:00 UTC.
    '2027-03-12T14:00',
    '2027-03-12T14:30',
    '2027-03-12T15:00',
    // Monday: New York opens at 13:00 UTC.
    '2027-03-15T13:00',
    '2027-03-15T13:30',
    '2027-03-15T14:00',
    '2027-03-15T14:30',
    '2027-03-15T15:00',
  ]);
});

it('after Europe falls back (last Sunday of October) and before the US does, likewise; a week later both are back', async () => {
  await sandboxWith('America/New_York');
  // Friday 2026-10-23 09:00 in Berlin (CEST); Berlin moves to CET on the 25th, New York to EST on November 1.
  const found = await slotsFrom(Date.UTC(2026, 9, 23, 7), '2026-11-03');
  expect(found.filter((s) => s.startsWith('2026-10-23'))).toEqual(['2026-10-23T13:00', '2026-10-23T13:30', '2026-10-23T14:00']);
  expect(found.filter((s) => s.startsWith('2026-10-26'))).toEqual([
    '2026-10-26T13:00',
    '2026-10-26T13:30',
    '2026-10-26T14:00',
    '2026-10-26T14:30',
    '2026-10-26T15:00',
  ]);
  expect(found.filter((s) => s.startsWith('2026-11-02'))).toEqual(['2026-11-02T14:00', '2026-11-02T14:30', '2026-11-02T15:00']);
  expect(found.some((s) => s.startsWith('2026-10-24') || s.startsWith('2026-10-25') || s.startsWith('2026-11-01'))).toBe(false);
});
