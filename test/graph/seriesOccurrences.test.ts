import { nextOccurrenceOf, occurrenceWindow, type ViewEvent } from '../../src/graph/seriesOccurrences';
import { DAY, HOUR, NOW } from './helpers';

const ALEX = 'alex@contoso.example';
const SAM = 'sam@contoso.example';
const utc = (ms: number) => ({ dateTime: new Date(ms).toISOString().slice(0, 19), timeZone: 'UTC' });
const WINDOW = { from: NOW, until: NOW + 9 * DAY };

/** An occurrence of Alex's weekly 1:1 with Sam, `days` after now, an hour long. */
function occurrence(days: number, overrides: Partial<ViewEvent> = {}): ViewEvent {
  const start = NOW + days * DAY;
  return {
    id: `occ-${days}`,
    iCalUId: `ical-${days}`,
    type: 'occurrence',
    isOrganizer: true,
    isCancelled: false,
    start: utc(start),
    end: utc(start + HOUR),
    organizer: { emailAddress: { address: ALEX, name: 'Alex' } },
    attendees: [{ type: 'required', emailAddress: { address: SAM, name: 'Sam' }, status: { response: 'accepted' } }],
    ...overrides,
  };
}

/** The same series as Sam organizes it, on Alex's calendar. */
const samsOccurrence = (days: number, overrides: Partial<ViewEvent> = {}) =>
  occurrence(days, {
    isOrganizer: false,
    organizer: { emailAddress: { address: SAM, name: 'Sam <b>S</b>' } },
    attendees: [{ type: 'required', emailAddress: { address: ALEX }, status: { response: 'accepted' } }],
    ...overrides,
  });

describe('the next occurrence of the pair’s 1:1', () => {
  it('is the earliest occurrence or exception the coach organizes, with its own ids, start and length', () => {
    const next = nextOccurrenceOf([occurrence(7), occurrence(2, { type: 'exception' }), null], 'SAM@contoso.example', WINDOW);
    expect(next).toEqual({
      kind: 'usable',
      occurrence: { eventId: 'occ-2', iCalUId: 'ical-2', start: NOW + 2 * DAY, durationMinutes: 60 },
    });
  });

  it('leaves out what is not a later occurrence of the pair’s own series within the window', () => {
    const others = [
      occurrence(1, { type: 'seriesMaster' }),
      occurrence(1, { type: 'singleInstance' }),
      occurrence(1, { type: null }),
      occurrence(1, { isCancelled: true }),
      occurrence(0), // under way now: this very meeting
      occurrence(10), // after the window
      occurrence(1, { iCalUId: null }),
      occurrence(1, { start: null }),
      // A team meeting: the plan must reach no one else.
      occurrence(1, { attendees: [...occurrence(1).attendees!, { type: 'optional', emailAddress: { address: 'kim@contoso.example' } }] }),
      // Another coachee's 1:1.
      occurrence(1, { attendees: [{ type: 'required', emailAddress: { address: 'kim@contoso.example' } }] }),
      // Sam said no to this one.
      occurrence(1, { attendees: [{ type: 'required', emailAddress: { address: SAM }, status: { response: 'declined' } }] }),
      // Lengths the session does not take.
      occurrence(1, { end: utc(NOW + DAY + 9 * HOUR) }),
      occurrence(1, { end: utc(NOW + DAY + 90_000) }),
    ];
    expect(nextOccurrenceOf(others, SAM, WINDOW)).toEqual({ kind: 'none' });
  });

  it('counts a room as no one', () => {
    const withRoom = occurrence(3, {
      attendees: [...occurrence(3).attendees!, { type: 'resource', emailAddress: { address: 'room-4@contoso.example' } }],
    });
    expect(nextOccurrenceOf([withRoom], SAM, WINDOW)).toMatchObject({ kind: 'usable', occurrence: { eventId: 'occ-3' } });
  });

  it('says when the series is someone else’s, naming its organizer as Graph gives it', () => {
    expect(nextOccurrenceOf([samsOccurrence(2)], SAM, WINDOW)).toEqual({
      kind: 'notOrganizer',
      occurrence: { eventId: 'occ-2', iCalUId: 'ical-2', start: NOW + 2 * DAY, durationMinutes: 60 },
      organizerName: 'Sam <b>S</b>',
    });
    expect(nextOccurrenceOf([samsOccurrence(2, { organizer: { emailAddress: { address: SAM } } })], SAM, WINDOW)).toMatchObject({
      organizerName: null,
    });
  });

  it('prefers a later occurrence the coach organizes to an earlier one they do not', () => {
    expect(nextOccurrenceOf([samsOccurrence(1), occurrence(5)], SAM, WINDOW)).toMatchObject({
      kind: 'usable',
      occurrence: { eventId: 'occ-5' },
    });
  });

  it('does not count a 1:1 someone else organizes for the two of them', () => {
    const assistants = samsOccurrence(2, {
      organizer: { emailAddress: { address: 'pa@contoso.example' } },
      attendees: [{ emailAddress: { address: ALEX } }, { emailAddress: { address: SAM } }],
    });
    expect(nextOccurrenceOf([assistants], SAM, WINDOW)).toEqual({ kind: 'none' });
  });
});

describe('the window looked at', () => {
  const attendee = { address: SAM, displayName: 'Sam' };

  it('runs from now until the date begins in the coach’s zone', () => {
    expect(occurrenceWindow({ attendee, timeZone: 'Europe/Berlin', before: '2026-12-10' }, NOW)).toEqual({
      ok: true,
      window: { from: NOW, until: Date.UTC(2026, 11, 9, 23, 0) },
    });
  });

  it('is empty when the date has begun, and refused for what the free-time search refuses', () => {
    expect(occurrenceWindow({ attendee, timeZone: 'Europe/Berlin', before: '2026-12-01' }, NOW)).toEqual({ ok: true, window: null });
    expect(occurrenceWindow({ attendee, timeZone: 'Mars/Olympus', before: '2026-12-10' }, NOW)).toMatchObject({
      ok: false,
      failure: { kind: 'invalid', problem: 'unknownTimeZone' },
    });
    expect(
      occurrenceWindow({ attendee: { address: 'not an address', displayName: 'Sam' }, timeZone: 'UTC', before: '2026-12-10' }, NOW),
    ).toMatchObject({
      ok: false,
      failure: { kind: 'invalid', problem: 'notAnAddress' },
    });
  });
});
