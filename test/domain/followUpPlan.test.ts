import { addDays, DEFAULT_FOLLOW_UP_WINDOW_DAYS, followUpPlan, followUpWindowEnd } from '../../src/domain';
import { COACH, COACHEE, IDS, MINUTE, NEXT_WEEK, newSession, sessionCompleted, sessionInPlan, TODAY } from '../fixtures/sessions';
import { run } from './helpers';

describe('followUpPlan', () => {
  it('carries the shared plan and the two people, and nothing else', () => {
    const plan = followUpPlan(sessionCompleted());
    expect(plan).toEqual({
      kind: 'statusUpdate',
      challenge: 'I keep missing the weekly report deadline.',
      chosenOption: 'Ask for the data on Wednesday.',
      nextSteps: [{ text: 'Agree a Wednesday hand-over with the data team.', ownerName: 'Sam Coachee', due: NEXT_WEEK, done: false }],
      coacheeSummary: 'I will agree a Wednesday hand-over by next week.',
      coach: expect.objectContaining({ userId: COACH.userId, role: 'coach' }),
      coachee: expect.objectContaining({ userId: COACHEE.userId, role: 'coachee' }),
      earliestDue: NEXT_WEEK,
    });
    // Causes and the options not chosen stay out of the invite.
    expect(JSON.stringify(plan)).not.toContain('Thursday evening');
    expect(JSON.stringify(plan)).not.toContain('Move the report to Monday');
  });

  it('orders steps by due date and takes the earliest open one as the window', () => {
    let s = sessionInPlan();
    s = run(
      s,
      COACH,
      { type: 'addNextStep', id: 'early', text: 'Book the room', ownerId: COACH.userId, due: addDays(TODAY, 2) },
      30 * MINUTE,
    );
    s = run(s, COACH, { type: 'addNextStep', id: 'earliest', text: 'Call Jo', ownerId: COACH.userId, due: addDays(TODAY, 1) }, 31 * MINUTE);
    s = run(s, COACH, { type: 'setNextStepDone', id: 'earliest', done: true }, 32 * MINUTE);
    const plan = followUpPlan(s);
    expect(plan.nextSteps.map((step) => step.text)).toEqual([
      'Call Jo',
      'Book the room',
      'Agree a Wednesday hand-over with the data team.',
    ]);
    expect(plan.nextSteps[0]).toMatchObject({ ownerName: 'Alex Coach', done: true });
    expect(plan.earliestDue).toBe(addDays(TODAY, 2));
    expect(followUpWindowEnd(plan, TODAY)).toBe(addDays(TODAY, 2));
  });

  it('with no open steps the window is a fortnight, and an empty session gives an empty plan', () => {
    const plan = followUpPlan(newSession());
    expect(plan).toMatchObject({ challenge: '', chosenOption: null, nextSteps: [], coacheeSummary: null, earliestDue: null });
    expect(followUpWindowEnd(plan, TODAY)).toBe(addDays(TODAY, DEFAULT_FOLLOW_UP_WINDOW_DAYS));
  });

  it('names a step whose owner is no longer in the session', () => {
    const s = sessionInPlan();
    const gone = { ...s, nextSteps: { [IDS.step]: { ...s.nextSteps[IDS.step]!, ownerId: 'u-gone' } } };
    // The UI words someone no longer in the roster, in the reader's language.
    expect(followUpPlan(gone).nextSteps[0]?.ownerName).toBeNull();
  });
});
