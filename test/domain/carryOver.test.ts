import { criteriaFor, stageComplete } from '../../src/domain';
import { CARRY_OVER, COACH, COACHEE, MINUTE, newSession, sessionInLearn, sessionWithCarryOver } from '../fixtures/sessions';
import { expectRejected, run } from './helpers';

describe('carrying the previous plan over', () => {
  it('brings the previous steps and causes in, unreviewed, with who owned and said them', () => {
    const s = sessionWithCarryOver();
    expect(s.carriedOver).toEqual({
      fromSessionId: 's-previous',
      fromDate: '2026-11-11',
      challenge: 'I keep missing the weekly report deadline.',
      chosenOption: 'Ask for the data on Wednesday.',
      steps: {
        'prev-step-1': expect.objectContaining({
          text: 'Agree a Wednesday hand-over',
          doneBefore: true,
          review: null,
          ownerId: COACHEE.userId,
        }),
        'prev-step-2': expect.objectContaining({ text: 'Draft the report template', doneBefore: false, review: null }),
      },
      causes: {
        'prev-cause-1': { id: 'prev-cause-1', text: 'The data arrives on Thursday evening.', authorName: 'Sam Coachee', review: null },
      },
    });
  });

  it('happens once, in Open, and never from the session itself', () => {
    expectRejected(sessionWithCarryOver(), COACHEE, CARRY_OVER, 'conflict', 'previousPlanHere');
    expectRejected(sessionInLearn(), COACH, CARRY_OVER, 'conflict', 'previousPlanOnlyInOpen');
    expectRejected(newSession(), COACH, { ...CARRY_OVER, fromSessionId: 's-fixture' }, 'invalid', 'carryOverSelf');
    const twice = { ...CARRY_OVER, causes: [...CARRY_OVER.causes, ...CARRY_OVER.causes] };
    expectRejected(newSession(), COACH, twice, 'invalid', 'previousPlanRepeats');
  });

  it('each step is reviewed done, not done or dropped, and each cause right, wrong or unsure; reviews can change', () => {
    let s = sessionWithCarryOver();
    s = run(s, COACHEE, { type: 'reviewCarriedStep', id: 'prev-step-1', review: 'done' }, 3 * MINUTE);
    s = run(s, COACH, { type: 'reviewCarriedStep', id: 'prev-step-2', review: 'notDone' }, 4 * MINUTE);
    s = run(s, COACHEE, { type: 'reviewCarriedStep', id: 'prev-step-2', review: 'dropped' }, 5 * MINUTE);
    s = run(s, COACHEE, { type: 'reviewCarriedCause', id: 'prev-cause-1', review: 'wrong' }, 6 * MINUTE);
    expect(Object.values(s.carriedOver!.steps).map((x) => x.review)).toEqual(['done', 'dropped']);
    expect(s.carriedOver!.causes['prev-cause-1']!.review).toBe('wrong');
  });

  it('refuses reviews of what is not in the previous plan', () => {
    expectRejected(newSession(), COACH, { type: 'reviewCarriedStep', id: 'prev-step-1', review: 'done' }, 'notFound', {
      key: 'notInPreviousPlan',
      item: 'step',
    });
    expectRejected(sessionWithCarryOver(), COACH, { type: 'reviewCarriedCause', id: 'nope', review: 'right' }, 'notFound', {
      key: 'notInPreviousPlan',
      item: 'cause',
    });
  });

  it('Open asks for the previous plan to be reviewed, only when there is one', () => {
    expect(criteriaFor(newSession(), 'open').map((c) => c.id)).toEqual(['challengeStated']);
    let s = sessionWithCarryOver();
    const [review] = criteriaFor(s, 'open');
    expect(review).toMatchObject({ id: 'previousPlanReviewed', met: false, open: 2, fromDate: '2026-11-11' });
    s = run(s, COACHEE, { type: 'stateChallenge', id: 'ch-new', text: 'Keep the report on time' }, 3 * MINUTE);
    expect(stageComplete(s, 'open')).toBe(false);
    s = run(s, COACHEE, { type: 'reviewCarriedStep', id: 'prev-step-1', review: 'done' }, 4 * MINUTE);
    s = run(s, COACHEE, { type: 'reviewCarriedStep', id: 'prev-step-2', review: 'notDone' }, 5 * MINUTE);
    expect(criteriaFor(s, 'open')[0]).toMatchObject({ met: true });
    expect(stageComplete(s, 'open')).toBe(true);
  });
});
