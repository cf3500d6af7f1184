import { nextGridPoint } from '../../src/graph/freeSlots';
import { graphTime } from '../../src/graph/timeZones';
import { ianaZone, isKnownTimeZone } from '../../src/graph/zoneNames';
import { offsetMs, toEpoch, wallClock, weekdayOf } from '../../src/graph/zonedTime';

// The days clocks change: in Europe on the last Sundays of March and October
// (01:00 UTC), in the US on the second Sunday of March and the first of November (02:00 local).
const EU_SPRING = '2027-03-28';
const EU_FALL = '2026-10-25';
const US_SPRING = '2027-03-14';
const US_FALL = '2026-11-01';
const utc = (day: string, time: string) => Date.parse(`${day}T${time}:00Z`);

describe('zone names, as Graph writes them', () => {
  it.each([
    ['W. Europe Standard Time', 'Europe/Berlin'],
    ['Pacific Standard Time', 'America/Los_Angeles'],
    ['Eastern Standard Time', 'America/New_York'],
    ['GMT Standard Time', 'Europe/London'],
    ['Romance Standard Time', 'Europe/Paris'],
    ['Tokyo Standard Time', 'Asia/Tokyo'],
    ['w. europe standard time', 'Europe/Berlin'],
    [' Pacific Standard Time ', 'America/Los_Angeles'],
  ])('maps the Windows name %j to %s', (windows, iana) => {
    expect(ianaZone(windows)).toBe(iana);
  });

  it('keeps IANA names and UTC as they are', () => {
    expect(ianaZone('Europe/Berlin')).toBe('Europe/Berlin');
    expect(ianaZone('America/Indiana/Indianapolis')).toBe('America/Indiana/Indianapolis');
    expect(ianaZone('UTC')).toBe('UTC');
  });

  it('maps India and Nepal to zones whose offsets are theirs', () => {
    const at = utc('2026-12-01', '00:00');
    expect(offsetMs(at, ianaZone('India Standard Time')!)).toBe(5.5 * 3_600_000);
    expect(offsetMs(at, ianaZone('Nepal Standard Time')!)).toBe(5.75 * 3_600_000);
  });

  it('knows no zone for a custom one, an offset or nonsense', () => {
    for (const name of ['Customized Time Zone', 'tzone://Microsoft/Custom', '+01:00', 'Mars/Olympus', ''])
      expect(ianaZone(name)).toBeNull();
  });

  it('counts only named IANA zones as the coach’s zone', () => {
    expect(isKnownTimeZone('Europe/Berlin')).toBe(true);
    expect(isKnownTimeZone('+01:00')).toBe(false);
    expect(isKnownTimeZone('W. Europe Standard Time')).toBe(false);
  });
});

describe('wall clocks and instants', () => {
  it('reads an instant on a zone’s clock, and back', () => {
    const at = utc('2026-12-03', '13:00');
    expect(wallClock(at, 'Europe/Berlin')).toBe('2026-12-03T14:00:00');
    expect(toEpoch({ dateTime: '2026-12-03T14:00:00', timeZone: 'Europe/Berlin' })).toBe(at);
    expect(toEpoch({ dateTime: '2026-12-03T14:00:00.0000000', timeZone: 'W. Europe Standard Time' })).toBe(at);
    expect(toEpoch({ dateTime: '2026-12-03T13:00:00.5', timeZone: 'UTC' })).toBe(at + 500);
    expect(weekdayOf(at, 'Europe/Berlin')).toBe('thursday');
    expect(weekdayOf(utc('2026-12-03', '23:30'), 'Europe/Berlin')).toBe('friday');
  });

  it.each([
    ['not a time', { dateTime: 'soon', timeZone: 'UTC' }],
    ['a day that does not exist', { dateTime: '2026-02-30T10:00:00', timeZone: 'UTC' }],
    ['hour 24', { dateTime: '2026-12-01T24:00:00', timeZone: 'UTC' }],
    ['an offset in the time', { dateTime: '2026-12-01T10:00:00+01:00', timeZone: 'UTC' }],
    ['an unknown zone', { dateTime: '2026-12-01T10:00:00', timeZone: 'Mars/Olympus' }],
  ])('gives no instant for %s', (_what, value) => {
    expect(toEpoch(value)).toBeNull();
  });

  it('throws RangeError for a clock in an unknown zone', () => {
    expect(() => wallClock(0, 'Mars/Olympus')).toThrow(RangeError);
  });

  describe.each([
    ['Berlin', 'Europe/Berlin', EU_SPRING, '01:00', '02:30', '01:30', EU_FALL, '00:00', '01:00'],
    ['New York', 'America/New_York', US_SPRING, '07:00', '02:30', '07:30', US_FALL, '05:00', '06:00'],
  ])('on the days clocks change in %s', (_city, zone, spring, springUtc, gapTime, gapUtc, fall, firstUtc, secondUtc) => {
    it('keeps instants and clocks in step across the change', () => {
      const change = utc(spring, springUtc);
      // One minute before the change and the change itself: an hour apart on the clock.
      const before = wallClock(change - 60_000, zone);
      const after = wallClock(change, zone);
      expect(Date.parse(`${after}Z`) - Date.parse(`${before}Z`)).toBe(61 * 60_000);
      expect(offsetMs(change, zone) - offsetMs(change - 1, zone)).toBe(3_600_000);
      expect(toEpoch({ dateTime: after, timeZone: zone })).toBe(change);
    });

    it('reads a time the clocks skip as that long after the gap began', () => {
      expect(toEpoch({ dateTime: `${spring}T${gapTime}:00`, timeZone: zone })).toBe(utc(spring, gapUtc));
    });

    it('reads a time the clocks show twice as the first, and writes the second in UTC for Graph', () => {
      const first = utc(fall, firstUtc) + 30 * 60_000;
      const second = utc(fall, secondUtc) + 30 * 60_000;
      expect(second - first).toBe(3_600_000);
      expect(wallClock(first, zone)).toBe(wallClock(second, zone));
      expect(toEpoch({ dateTime: wallClock(second, zone), timeZone: zone })).toBe(first);
      expect(graphTime(first, zone)).toEqual({ dateTime: wallClock(first, zone), timeZone: zone });
      const written = graphTime(second, zone);
      expect(written.timeZone).toBe('UTC');
      expect(toEpoch(written)).toBe(second);
    });
  });
});

describe('the half-hour grid across a change', () => {
  it('finds the next half hour after the spring gap, on the new clock', () => {
    // Berlin 01:50 CET is followed by 03:00 CEST.
    expect(nextGridPoint(utc(EU_SPRING, '00:50'), 'Europe/Berlin')).toBe(utc(EU_SPRING, '01:00'));
    expect(wallClock(utc(EU_SPRING, '01:00'), 'Europe/Berlin')).toBe(`${EU_SPRING}T03:00:00`);
  });

  it('keeps the hour the clocks pass twice: 02:40 CEST is followed by 02:00 CET', () => {
    expect(nextGridPoint(utc(EU_FALL, '00:40'), 'Europe/Berlin')).toBe(utc(EU_FALL, '01:00'));
    // New York: 01:40 EDT, then 01:00 EST.
    expect(nextGridPoint(utc(US_FALL, '05:40'), 'America/New_York')).toBe(utc(US_FALL, '06:00'));
    expect(wallClock(utc(US_FALL, '06:00'), 'America/New_York')).toBe(`${US_FALL}T01:00:00`);
  });
});
