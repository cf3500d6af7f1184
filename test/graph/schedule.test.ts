import { freeSlots, inWorkingHours, nextGridPoint } from '../../src/graph/freeSlots';
import { buildGetSchedule, type GetScheduleBody } from '../../src/graph/requests';
import { ownAddress, scheduleAnswerSchema, slotsFromSchedule } from '../../src/graph/responses';
import type { FollowUpSlot, FollowUpSlotRequest } from '../../src/ports';
import { HOUR, NOW, graphSchema } from './helpers';

const COACH_ADDRESS = 'alex@contoso.example';
const SAM = { address: 'sam@contoso.example', displayName: 'Sam' };
const MINUTE = 60_000;

const slotRequest = (overrides: Partial<FollowUpSlotRequest> = {}): FollowUpSlotRequest => ({
  attendee: SAM,
  durationMinutes: 60,
  timeZone: 'Europe/Berlin',
  before: '2026-12-03',
  ...overrides,
});

function asked(request = slotRequest(), now = NOW, organizer = COACH_ADDRESS): GetScheduleBody {
  const b = buildGetSchedule(request, organizer, now);
  if (!b.ok) throw new Error(JSON.stringify(b.failure));
  return b.body;
}

type Status = 'free' | 'tentative' | 'busy' | 'oof' | 'workingElsewhere' | 'unknown';
interface PersonOptions {
  busy?: [start: number, end: number, status?: Status][];
  view?: string;
  hours?: { days?: string[]; start?: string; end?: string; zone?: string } | null;
}

/** One scheduleInformation as Graph writes it, items in UTC. */
function info(address: string, { busy = [], view = '', hours = {} }: PersonOptions = {}) {
  const utc = (ms: number) => ({ dateTime: `${new Date(ms).toISOString().slice(0, 19)}.0000000`, timeZone: 'UTC' });
  return {
    scheduleId: address,
    availabilityView: view,
    scheduleItems: busy.map(([start, end, status = 'busy']) => ({ isPrivate: false, status, start: utc(start), end: utc(end) })),
    workingHours:
      hours === null
        ? null
        : {
            daysOfWeek: hours.days ?? ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'],
            startTime: hours.start ?? '09:00:00.0000000',
            endTime: hours.end ?? '17:00:00.0000000',
            timeZone: { name: hours.zone ?? 'Europe/Berlin' },
          },
  };
}

function slots(people: unknown[], request = slotRequest(), now = NOW): FollowUpSlot[] {
  const answer = scheduleAnswerSchema.parse({ value: people });
  const outcome = slotsFromSchedule(answer, asked(request, now), request);
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.failure));
  return outcome.value;
}

const utc = (month: number, day: number, hour: number, minute = 0) => Date.UTC(2026, month - 1, day, hour, minute);
const starts = (found: FollowUpSlot[]) => found.map((s) => new Date(s.start).toISOString().slice(0, 16));

describe('the getSchedule body', () => {
  it("asks for the coach and the attendee from now, on the coach's half hour, until the due date begins in their zone", () => {
    const body = asked(slotRequest({ before: '2026-12-10' }));
    expect(body).toEqual({
      schedules: ['alex@contoso.example', 'sam@contoso.example'],
      startTime: { dateTime: '2026-12-01T10:00:00', timeZone: 'Europe/Berlin' },
      endTime: { dateTime: '2026-12-10T00:00:00', timeZone: 'Europe/Berlin' },
      availabilityViewInterval: 30,
    });
    const valid = graphSchema('action.calendar.getSchedule');
    expect(valid(body)).toBe(true);
    expect(valid.errors ?? null).toBeNull();
  });

  it('rounds now up to the next half hour of the coach clock', () => {
    expect(asked(slotRequest(), NOW + 1).startTime.dateTime).toBe('2026-12-01T10:30:00');
    expect(asked(slotRequest(), NOW + 29 * MINUTE).startTime.dateTime).toBe('2026-12-01T10:30:00');
    expect(asked(slotRequest(), NOW + 30 * MINUTE).startTime.dateTime).toBe('2026-12-01T10:30:00');
    // Kathmandu is UTC+5:45: its half hours are at :15 and :45 UTC.
    const kathmandu = asked(slotRequest({ timeZone: 'Asia/Kathmandu' }));
    expect(kathmandu.startTime).toEqual({ dateTime: '2026-12-01T15:00:00', timeZone: 'Asia/Kathmandu' });
  });

  it('writes UTC when Graph does not take the coach zone name (the same instants)', () => {
    const body = asked(slotRequest({ timeZone: 'Europe/Zurich' }));
    expect(body.startTime).toEqual({ dateTime: '2026-12-01T09:00:00', timeZone: 'UTC' });
    expect(body.endTime).toEqual({ dateTime: '2026-12-02T23:00:00', timeZone: 'UTC' });
  });

  it('asks once when the attendee is the coach, and trims addresses', () => {
    expect(asked(slotRequest({ attendee: { address: ' ALEX@contoso.example ', displayName: 'Alex' } })).schedules).toEqual([
      'alex@contoso.example',
    ]);
    expect(asked(slotRequest(), NOW, ' alex@contoso.example ').schedules[0]).toBe('alex@contoso.example');
  });

  it.each([
    ['a window that has ended', slotRequest({ before: '2026-12-01' }), NOW],
    ['a window rounding leaves empty (23:45, due tomorrow)', slotRequest({ before: '2026-12-01' }), utc(11, 30, 22, 45)],
    ['an unknown zone', slotRequest({ timeZone: 'Mars/Olympus' }), NOW],
    ['no length', slotRequest({ durationMinutes: 0 }), NOW],
    ['a date that is not one', slotRequest({ before: '2026-12-xx' as FollowUpSlotRequest['before'] }), NOW],
    ['no attendee address', slotRequest({ attendee: { address: ' ', displayName: 'Sam' } }), NOW],
  ])('is refused before any request for %s', (_what, request, now) => {
    const b = buildGetSchedule(request, COACH_ADDRESS, now);
    expect(b.ok ? null : b.failure.kind).toBe('invalid');
  });

  it('is refused without the coach address', () => {
    const b = buildGetSchedule(slotRequest(), '  ', NOW);
    expect(b.ok ? null : b.failure).toMatchObject({ kind: 'invalid', retryable: false });
  });
});

describe('the grid and working hours', () => {
  it('finds the next half hour of a zone clock, an instant on the grid staying put', () => {
    expect(nextGridPoint(utc(12, 1, 9, 0), 'Europe/Berlin')).toBe(utc(12, 1, 9, 0));
    expect(nextGridPoint(utc(12, 1, 9, 0) + 1, 'Europe/Berlin')).toBe(utc(12, 1, 9, 30));
    expect(nextGridPoint(utc(12, 1, 9, 20), 'Asia/Kolkata')).toBe(utc(12, 1, 9, 30)); // 14:50 → 15:00 at UTC+5:30
    expect(nextGridPoint(utc(12, 1, 9, 20), 'Asia/Kathmandu')).toBe(utc(12, 1, 9, 45)); // 15:05 → 15:30 at UTC+5:45
    // Berlin springs forward at 02:00 on 2027-03-28: 01:50 CET is followed by 03:00 CEST.
    expect(nextGridPoint(Date.UTC(2027, 2, 28, 0, 50), 'Europe/Berlin')).toBe(Date.UTC(2027, 2, 28, 1, 0));
  });

  it('reads working hours on the clock of their zone, one day at a time', () => {
    const hours = { days: new Set(['monday', 'tuesday']), start: '09:00:00', end: '17:00:00', timeZone: 'America/New_York' };
    // Tuesday 2026-12-01, 09:00–10:00 in New York is 14:00–15:00 UTC.
    expect(inWorkingHours(utc(12, 1, 14), utc(12, 1, 15), hours)).toBe(true);
    expect(inWorkingHours(utc(12, 1, 13, 30), utc(12, 1, 14, 30), hours)).toBe(false); // starts 08:30
    expect(inWorkingHours(utc(12, 1, 21), utc(12, 1, 22), hours)).toBe(true); // ends at 17:00 sharp
    expect(inWorkingHours(utc(12, 1, 21, 30), utc(12, 1, 22, 30), hours)).toBe(false);
    expect(inWorkingHours(utc(12, 2, 14), utc(12, 2, 15), hours)).toBe(false); // Wednesday
  });

  it('gives nothing for a length that is not positive', () => {
    expect(freeSlots({ from: NOW, until: NOW + 10 * HOUR, durationMinutes: 0, timeZone: 'UTC', maxCandidates: 5, people: [] })).toEqual([]);
  });
});

describe('slots from getSchedule', () => {
  it("gives the earliest free slots in the coach's working hours, five by default", () => {
    // Now is Tuesday 10:00 in Berlin (09:00 UTC); working hours end at 17:00 (16:00 UTC).
    expect(starts(slots([info(COACH_ADDRESS), info(SAM.address)]))).toEqual([
      '2026-12-01T09:00',
      '2026-12-01T09:30',
      '2026-12-01T10:00',
      '2026-12-01T10:30',
      '2026-12-01T11:00',
    ]);
    const all = slots([info(COACH_ADDRESS), info(SAM.address)], slotRequest({ maxCandidates: 100 }));
    expect(all.every((s) => s.end - s.start === HOUR)).toBe(true);
    expect(starts(all).at(-1)).toBe('2026-12-02T15:00'); // Wednesday 16:00–17:00 in Berlin
    expect(all).toHaveLength(13 + 15);
  });

  it('skips both people’s busy times; a block that ends when a slot starts (or starts when it ends) does not touch it', () => {
    const found = slots(
      [
        info(COACH_ADDRESS, { busy: [[utc(12, 1, 10), utc(12, 1, 11)]] }), // 11:00–12:00 Berlin
        info(SAM.address, { busy: [[utc(12, 1, 12), utc(12, 1, 12, 30)]] }), // 13:00–13:30 Berlin
      ],
      slotRequest({ maxCandidates: 7 }),
    );
    expect(starts(found)).toEqual([
      '2026-12-01T09:00', // ends as the coach's block starts
      '2026-12-01T11:00', // starts as the coach's block ends
      '2026-12-01T12:30', // starts as Sam's block ends
      '2026-12-01T13:00',
      '2026-12-01T13:30',
      '2026-12-01T14:00',
      '2026-12-01T14:30',
    ]);
  });

  it('counts tentative, away and unknown as taken; free and working elsewhere as free', () => {
    const at10 = (status: Status) =>
      starts(slots([info(COACH_ADDRESS), info(SAM.address, { busy: [[utc(12, 1, 9), utc(12, 1, 9, 30), status]] })]))[0];
    expect(at10('free')).toBe('2026-12-01T09:00');
    expect(at10('workingElsewhere')).toBe('2026-12-01T09:00');
    expect(at10('tentative')).toBe('2026-12-01T09:30');
    expect(at10('oof')).toBe('2026-12-01T09:30');
    expect(at10('unknown')).toBe('2026-12-01T09:30');
  });

  it('reads busy cells of availabilityView when the items leave them out', () => {
    // Cells of 30 minutes from 10:00 Berlin: the fourth (11:30–12:00) is busy, the seventh (13:00–13:30) only working elsewhere.
    const found = slots([info(COACH_ADDRESS), info(SAM.address, { view: '000200400000' })], slotRequest({ maxCandidates: 5 }));
    // 10:00, 10:30, then 12:00, 12:30 and 13:00 in Berlin.
    expect(starts(found)).toEqual(['2026-12-01T09:00', '2026-12-01T09:30', '2026-12-01T11:00', '2026-12-01T11:30', '2026-12-01T12:00']);
  });

  it('keeps to the attendee’s working hours too, read in their zone', () => {
    // Sam works 09:00–17:00 in New York: 15:00–23:00 in Berlin. Both work 15:00–17:00 Berlin.
    const found = slots(
      [info(COACH_ADDRESS), info(SAM.address, { hours: { zone: 'America/New_York' } })],
      slotRequest({ maxCandidates: 10 }),
    );
    expect(starts(found)).toEqual([
      '2026-12-01T14:00',
      '2026-12-01T14:30',
      '2026-12-01T15:00',
      '2026-12-02T14:00',
      '2026-12-02T14:30',
      '2026-12-02T15:00',
    ]);
  });

  it('uses the coach’s own working hours from Graph, on the clock of the zone Graph names the Windows way', () => {
    const found = slots(
      [
        info(COACH_ADDRESS, { hours: { start: '08:00:00.0000000', end: '11:00:00.0000000', zone: 'W. Europe Standard Time' } }),
        info(SAM.address, { hours: null }),
      ],
      slotRequest({ maxCandidates: 10 }),
    );
    // Tuesday 10:00–11:00, then Wednesday 08:00–11:00 (Berlin).
    expect(starts(found)).toEqual([
      '2026-12-01T09:00',
      '2026-12-02T07:00',
      '2026-12-02T07:30',
      '2026-12-02T08:00',
      '2026-12-02T08:30',
      '2026-12-02T09:00',
    ]);
  });

  it('falls back to Monday–Friday 09:00–17:00 for the coach, and to any hour for the attendee, when hours are missing or unreadable', () => {
    const found = slots(
      [info(COACH_ADDRESS, { hours: null }), info(SAM.address, { hours: { zone: 'Customized Time Zone' } })],
      slotRequest({ maxCandidates: 100 }),
    );
    expect(found).toHaveLength(13 + 15);
    const odd = slots(
      [info(COACH_ADDRESS, { hours: { start: '17:00', end: '09:00' } }), info(SAM.address)],
      slotRequest({ maxCandidates: 100 }),
    );
    expect(odd).toHaveLength(13 + 15);
  });

  it('skips weekends', () => {
    // Friday 2026-12-04 16:00 Berlin until Tuesday begins: Friday 16:00–17:00, then Monday.
    const found = slots([info(COACH_ADDRESS), info(SAM.address)], slotRequest({ before: '2026-12-08', maxCandidates: 3 }), utc(12, 4, 15));
    expect(starts(found)).toEqual(['2026-12-04T15:00', '2026-12-07T08:00', '2026-12-07T08:30']);
  });

  it('keeps working hours on the clock across a daylight-saving change', () => {
    // Berlin springs forward on Sunday 2027-03-28: 09:00 is 08:00 UTC on Friday and 07:00 UTC on Monday.
    const request = slotRequest({ before: '2027-03-30', maxCandidates: 100 });
    const found = slots([info(COACH_ADDRESS), info(SAM.address)], request, Date.UTC(2027, 2, 26, 7, 0));
    const friday = found.filter((s) => s.start < Date.UTC(2027, 2, 27));
    const monday = found.filter((s) => s.start >= Date.UTC(2027, 2, 27));
    expect([friday[0]!.start, friday.at(-1)!.end]).toEqual([Date.UTC(2027, 2, 26, 8), Date.UTC(2027, 2, 26, 16)]);
    expect([monday[0]!.start, monday.at(-1)!.end]).toEqual([Date.UTC(2027, 2, 29, 7), Date.UTC(2027, 2, 29, 15)]);
    expect(found.every((s) => new Date(s.start).getUTCDay() !== 0 && new Date(s.start).getUTCDay() !== 6)).toBe(true);
    expect(found).toHaveLength(15 * 2);
  });

  it('puts slots on the coach’s half hours in a zone with a quarter-hour offset', () => {
    const found = slots(
      [info(COACH_ADDRESS, { hours: { zone: 'Asia/Kathmandu' } }), info(SAM.address, { hours: null })],
      slotRequest({ timeZone: 'Asia/Kathmandu', maxCandidates: 2 }),
      utc(12, 1, 3, 0), // 08:45 in Kathmandu
    );
    expect(starts(found)).toEqual(['2026-12-01T03:15', '2026-12-01T03:45']); // 09:00 and 09:30 there
  });

  it('treats an attendee whose free/busy Graph could not give as free, still keeping to the coach', () => {
    const unresolved = {
      scheduleId: SAM.address,
      error: { message: `Unable to resolve e-mail address ${SAM.address} to an Active Directory object.`, responseCode: '5009' },
    };
    const coach = info(COACH_ADDRESS, { busy: [[utc(12, 1, 9), utc(12, 1, 10)]] });
    expect(starts(slots([coach, unresolved]))).toEqual(starts(slots([coach])));
    expect(starts(slots([coach]))[0]).toBe('2026-12-01T10:00');
    expect(slots([coach]).every((s) => s.end <= utc(12, 1, 16) || s.start >= utc(12, 2, 8))).toBe(true);
  });

  it('matches schedules by address in any case and order', () => {
    const found = slots([info(SAM.address.toUpperCase(), { busy: [[utc(12, 1, 9), utc(12, 1, 16)]] }), info('ALEX@contoso.example')]);
    expect(starts(found)[0]).toBe('2026-12-02T08:00');
  });

  it('fails clearly when Graph gives no free/busy for the coach’s own calendar', () => {
    const answer = scheduleAnswerSchema.parse({
      value: [
        { scheduleId: COACH_ADDRESS, error: { message: 'Mailbox is not reachable.', responseCode: 'ErrorMailboxUnavailable' } },
        info(SAM.address),
      ],
    });
    const outcome = slotsFromSchedule(answer, asked(), slotRequest());
    expect(outcome.ok ? null : outcome.failure).toMatchObject({
      kind: 'unknown',
      problem: 'ownFreeBusy',
      retryable: true,
      detail: 'Mailbox is not reachable.',
    });
    const missing = slotsFromSchedule(scheduleAnswerSchema.parse({ value: [info(SAM.address)] }), asked(), slotRequest());
    expect(missing.ok).toBe(false);
  });
});

describe('the coach address from GET /me', () => {
  it('is the mailbox address, else the sign-in name', () => {
    expect(ownAddress({ mail: 'alex@contoso.example', userPrincipalName: 'alex@contoso.onmicrosoft.com' })).toBe('alex@contoso.example');
    expect(ownAddress({ mail: null, userPrincipalName: 'alex@contoso.onmicrosoft.com' })).toBe('alex@contoso.onmicrosoft.com');
    expect(ownAddress({ mail: ' ', userPrincipalName: null })).toBeNull();
  });
});
