import fc from 'fast-check';
import {
  acrossCoachees,
  coachInsights,
  coachInsightsFromFacts,
  ownInsights,
  ownInsightsFromFacts,
  readSessionFacts,
  sessionFacts,
  stepTaskKey,
  type SessionFacts,
  type SessionState,
  type StepReview,
} from '../../src/domain';
import { COACH, COACHEE, sessionCompleted, type Actor } from '../fixtures/sessions';
import { meeting, type By } from './helpers';

const SAM = COACHEE;
const KIM: Actor = { userId: 'u-kim', displayName: 'Kim Coachee' };

/** Facts as the history index keeps them: JSON, read back through the schema. */
function throughIndex(facts: readonly SessionFacts[]): SessionFacts[] {
  return facts.map((f) => {
    const read = readSessionFacts(JSON.parse(JSON.stringify(f)));
    if (!read) throw new Error(`the facts of ${f.sessionId} do not read back`);
    return read;
  });
}

describe('sessionFacts', () => {
  it('round-trips through JSON and the schema', () => {
    const facts = sessionFacts(sessionCompleted());
    expect(throughIndex([facts])).toEqual([facts]);
  });

  it('holds counts, times, ids and dates, and no text of the session but the coachee’s name', () => {
    const s = meeting({ id: 's1', day: 0, causes: ['coachee', 'coach'], options: ['coachee'], steps: ['coachee', 'coach'] });
    const text = JSON.stringify(sessionFacts(s));
    for (const said of ['Challenge 0', 'Cause 0', 'Option 0', 'Step 0', 'My plan in my words.']) expect(text).not.toContain(said);
    expect(sessionFacts(s)).toMatchObject({ coachId: COACH.userId, coacheeId: SAM.userId, coacheeName: SAM.displayName });
    expect(sessionFacts(s).coacheeSteps.map((step) => step.id)).toEqual(['s1-step-0']);
  });
});

describe('insights from facts', () => {
  it('equal the insights from the sessions over 50 sessions with two coachees, carried steps and loops', () => {
    const sessions: SessionState[] = [];
    const reviews: StepReview[] = ['done', 'notDone', 'dropped'];
    for (let i = 0; i < 50; i++) {
      const coachee = i % 2 ? KIM : SAM;
      const previous = sessions[i - 2];
      const carry = previous ? { from: previous, reviews: { [`s${i - 2}-step-0`]: reviews[i % 3]! } } : undefined;
      sessions.push(
        meeting({
          id: `s${i}`,
          day: 7 * i,
          coachee,
          causes: i % 3 ? ['coachee', 'coach'] : ['coach'],
          options: i % 4 ? ['coachee', 'coachee', 'coach'] : ['coach'],
          steps: ['coachee', 'coach'],
          loopsBack: i % 5 === 0 ? 1 : 0,
          learnMinutes: 5 + (i % 7),
          close: i % 6 === 0 ? 'calendar' : 'full',
          ...(carry ? { carry } : {}),
        }),
      );
    }
    const facts = throughIndex(sessions.map(sessionFacts));
    const coach = coachInsightsFromFacts(facts, COACH.userId);
    expect(coach).toEqual(coachInsights(sessions, COACH.userId));
    expect(coach.map((c) => c.sessions.length)).toEqual([25, 25]);
    expect(acrossCoachees(coach)).toEqual(acrossCoachees(coachInsights(sessions, COACH.userId)));
    const done = new Map([[stepTaskKey('s4', 's4-step-0'), true]]);
    expect(ownInsightsFromFacts(facts, SAM.userId, done)).toEqual(ownInsights(sessions, SAM.userId, done));
  });

  it('are empty for no facts', () => {
    expect(coachInsightsFromFacts([], COACH.userId)).toEqual([]);
    expect(ownInsightsFromFacts([], SAM.userId)).toEqual({ sessions: [], readings: [] });
  });

  describe('for any history', () => {
    const by = fc.constantFrom<By>('coach', 'coachee');
    const plan = fc.record({
      pair: fc.constantFrom<[Actor, Actor]>([COACH, SAM], [COACH, KIM], [KIM, SAM]),
      challengeBy: fc.array(by, { maxLength: 2 }),
      causes: fc.array(by, { maxLength: 4 }),
      options: fc.array(by, { maxLength: 4 }),
      steps: fc.array(by, { maxLength: 3 }),
      stepsDone: fc.array(fc.nat({ max: 2 }), { maxLength: 2 }),
      loopsBack: fc.nat({ max: 2 }),
      learnMinutes: fc.integer({ min: 1, max: 30 }),
      confidence: fc.constantFrom(null, 2, 4),
      close: fc.constantFrom('full', 'calendar', 'none'),
      carry: fc.boolean(),
      review: fc.constantFrom<StepReview | null>('done', 'notDone', 'dropped', null),
      reported: fc.boolean(),
    });
    const history = fc.array(plan, { maxLength: 7 }).map((specs) => {
      const sessions: SessionState[] = [];
      specs.forEach(({ pair: [coach, coachee], carry, review, reported, steps, stepsDone, ...spec }, i) => {
        const previous = sessions[i - 1];
        const step = `s${i - 1}-step-0`;
        const carried = carry && previous ? previous : null;
        const has = carried?.nextSteps[step] !== undefined;
        // Only the step's owner reports it done, and only a step not ticked done already.
        const owns = carried?.nextSteps[step]?.ownerId === coachee.userId && !carried.nextSteps[step]?.done;
        sessions.push(
          meeting({
            id: `s${i}`,
            day: 9 * i,
            coach,
            coachee,
            ...spec,
            steps,
            stepsDone: stepsDone.filter((n) => n < steps.length),
            ...(carried
              ? { carry: { from: carried, reviews: review && has ? { [step]: review } : {}, reportedDone: reported && owns ? [step] : [] } }
              : {}),
          }),
        );
      });
      return sessions;
    });

    it('equal the insights from the sessions, after a trip through the index, whoever views them', () => {
      fc.assert(
        fc.property(history, fc.array(fc.tuple(fc.nat({ max: 7 }), fc.nat({ max: 3 }), fc.boolean())), (sessions, ticks) => {
          const facts = throughIndex(sessions.map(sessionFacts));
          const done = new Map(ticks.map(([s, step, isDone]) => [stepTaskKey(`s${s}`, `s${s}-step-${step}`), isDone]));
          for (const viewer of [COACH, SAM, KIM]) {
            expect(coachInsightsFromFacts(facts, viewer.userId)).toEqual(coachInsights(sessions, viewer.userId));
            expect(ownInsightsFromFacts(facts, viewer.userId, done)).toEqual(ownInsights(sessions, viewer.userId, done));
          }
        }),
        { numRuns: 40 },
      );
    });
  });
});
