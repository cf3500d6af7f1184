import { followUpLengthProblem, followUpTimeProblem, LIMITS } from '../../src/domain';
import { COACH, DAY, HOUR, sessionInClose, T0 } from '../fixtures/sessions';
import { attempt } from '../fixtures/sessions';

describe('follow-up checks', () => {
  it.each([
    [30, null],
    [LIMITS.minFollowUpMinutes, null],
    [LIMITS.maxFollowUpMinutes, null],
    [22.5, 'notWhole'],
    [Number.NaN, 'notWhole'],
    [LIMITS.minFollowUpMinutes - 1, 'tooShort'],
    [LIMITS.maxFollowUpMinutes + 1, 'tooLong'],
  ])('a length of %s minutes: %s', (minutes, problem) => {
    expect(followUpLengthProblem(minutes)).toBe(problem);
  });

  it.each([
    [null, 'missing'],
    [T0, 'past'],
    [T0 - HOUR, 'past'],
    [T0 + HOUR, null],
    [T0 + LIMITS.maxDaysAhead * DAY, null],
    [T0 + LIMITS.maxDaysAhead * DAY + 1, 'tooFar'],
  ])('a time at %s: %s', (start, problem) => {
    expect(followUpTimeProblem(start, T0)).toBe(problem);
  });

  it('is the rule planFollowUp refuses a time by', () => {
    for (const start of [T0 - HOUR, T0 + HOUR, T0 + LIMITS.maxDaysAhead * DAY + HOUR]) {
      const result = attempt(sessionInClose(), COACH, { type: 'planFollowUp', kind: 'statusUpdate', start, durationMinutes: 30 }, 0);
      const problem = followUpTimeProblem(start, T0);
      expect(result.ok).toBe(problem === null);
    }
  });
});
