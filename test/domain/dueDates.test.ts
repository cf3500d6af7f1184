import { addDays, dueDateProblem, latestDue, LIMITS } from '../../src/domain';
import { COACH, sessionInPlan, TODAY } from '../fixtures/sessions';
import { attempt } from '../fixtures/sessions';

describe('dueDateProblem', () => {
  it.each([
    ['', 'missing'],
    ['2026-13-01', 'malformed'],
    ['2026-02-30', 'malformed'],
    ['26-11-25', 'malformed'],
    ['11/25/2026', 'malformed'],
    [addDays(TODAY, -1), 'past'],
    [addDays(TODAY, LIMITS.maxDaysAhead + 1), 'tooFar'],
  ])('%j is %s', (due, problem) => {
    expect(dueDateProblem(due, TODAY)).toBe(problem);
  });

  it.each([TODAY, addDays(TODAY, 1), latestDue(TODAY)])('%s is fine', (due) => {
    expect(dueDateProblem(due, TODAY)).toBeNull();
  });

  it('is the rule the handler refuses by: a date it finds fine is added, one it flags is refused', () => {
    for (const due of [addDays(TODAY, -1), TODAY, latestDue(TODAY), addDays(latestDue(TODAY), 1)]) {
      const result = attempt(sessionInPlan(), COACH, { type: 'addNextStep', id: 'n-due', text: 'Step', ownerId: COACH.userId, due });
      expect(result.ok).toBe(dueDateProblem(due, TODAY) === null);
    }
  });
});
