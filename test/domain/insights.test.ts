import fc from 'fast-check';
import {
  acrossCoachees,
  coachInsights,
  createSession,
  ownInsights,
  stepTaskKey,
  type CoacheeInsights,
  type InsightReading,
  type SessionState,
} from '../../src/domain';
import { COACH, COACHEE, DAY, MINUTE, OBSERVER, play, T0, type Actor } from '../fixtures/sessions';
import { meeting, type By, type MeetingPlan } from './helpers';

const SAM = COACHEE;
const KIM: Actor = { userId: 'u-kim', displayName: 'Kim Coachee' };

function only<T>(items: readonly T[]): T {
  expect(items).toHaveLength(1);
  return items[0] as T;
}

function insightsFor(coachee: Actor, sessions: readonly SessionState[], coachId = COACH.userId): CoacheeInsights {
  const found = coachInsights(sessions, coachId).find((c) => c.coacheeId === coachee.userId);
  if (!found) throw new Error(`no insights for ${coachee.userId}`);
  return found;
}

/** Every number anywhere in the value is finite (no NaN, no Infinity). */
function numbersAreFinite(value: unknown): boolean {
  if (typeof value === 'number') return Number.isFinite(value);
  if (value !== null && typeof value === 'object') return Object.values(value).every(numbersAreFinite);
  return true;
}

describe('coachInsights: the figures of each session', () => {
  it("counts the coachee's share of challenge statements, causes, options and next steps, and their sum", () => {
    const s = meeting({
      id: 's1',
      day: 0,
      challengeBy: ['coach', 'coachee'],
      causes: ['coachee', 'coachee', 'coach'],
      options: ['coach', 'coachee'],
      steps: ['coachee', 'coach', 'coachee'],
    });
    const { thinking } = only(insightsFor(SAM, [s]).sessions);
    expect(thinking).toEqual({
      challenge: { byCoachee: 1, total: 2 },
      causes: { byCoachee: 2, total: 3 },
      options: { byCoachee: 1, total: 2 },
      nextSteps: { byCoachee: 2, total: 3 },
      overall: { byCoachee: 6, total: 10 },
    });
  });

  it('counts a next step as the thinking of whoever wrote it, not of whoever owns it', () => {
    const s = meeting({ id: 's1', day: 0, steps: ['coachee', 'coachee', 'coach'], stepsWrittenBy: ['coach', 'coachee', 'coachee'] });
    const { thinking } = only(insightsFor(SAM, [s]).sessions);
    expect(thinking.nextSteps).toEqual({ byCoachee: 2, total: 3 });
    // The step the coach wrote for Sam is still Sam's to do.
    expect(only(ownInsights([s], SAM.userId).sessions)).toMatchObject({ stepsDone: 0, stepsTotal: 2 });
  });

  it('counts loops back and the time in each stage, ending at the last thing done (never now)', () => {
    const s = meeting({ id: 's1', day: 0, learnMinutes: 12, loopsBack: 2, steps: ['coachee'], closeMinutes: 8 });
    const insight = only(insightsFor(SAM, [s]).sessions);
    expect(insight.loopsBack).toBe(2);
    expect(insight.stageMs).toEqual({
      open: 3 * MINUTE,
      learn: (12 + 2) * MINUTE,
      plan: 2 * MINUTE + 1000 + 2 * MINUTE,
      close: 8 * MINUTE,
    });
    expect(insight.date).toBe('2026-11-25');
  });

  it('ends a session that never reached Close at its last contribution', () => {
    const s = meeting({ id: 's1', day: 0, learnMinutes: 5, steps: ['coachee', 'coachee'], confidence: null });
    const insight = only(insightsFor(SAM, [s]).sessions);
    expect(insight.stageMs).toEqual({ open: 3 * MINUTE, learn: 5 * MINUTE, plan: 2000, close: 0 });
    expect(insight).toMatchObject({ confidence: null, closedWithAllCriteria: false, loopsBack: 0 });
  });

  it('records the confidence at the gate and whether Close ended with every criterion met', () => {
    const full = meeting({ id: 'a', day: 0, confidence: 2 });
    const calendarOnly = meeting({ id: 'b', day: 7, confidence: 5, close: 'calendar' });
    const nothing = meeting({ id: 'c', day: 14, close: 'none' });
    const figures = insightsFor(SAM, [full, calendarOnly, nothing]).sessions;
    expect(figures.map((f) => [f.confidence, f.closedWithAllCriteria])).toEqual([
      [2, true],
      [5, false],
      [4, false],
    ]);
    expect(figures[2]?.stageMs.close).toBe(0);
  });
});

describe('coachInsights: follow-through and follow-ups across sessions', () => {
  it("tallies the coachee's carried steps as reviewed at the next session, done as their own client reported it", () => {
    const first = meeting({ id: 's1', day: 0, steps: ['coachee', 'coachee', 'coachee', 'coachee', 'coach'] });
    const second = meeting({
      id: 's2',
      day: 7,
      carry: {
        from: first,
        // The coach's own step is reviewed too, but it is not the coachee's follow-through.
        reviews: { 's1-step-0': 'done', 's1-step-1': 'dropped', 's1-step-3': 'notDone', 's1-step-4': 'dropped' },
        reportedDone: ['s1-step-2'],
      },
    });
    const third = meeting({ id: 's3', day: 14, carry: { from: second } });
    const [a, b, c] = insightsFor(SAM, [third, first, second]).sessions;
    expect(a?.followThrough).toBeNull();
    expect(b?.followThrough).toEqual({ done: 2, notDone: 1, dropped: 1, unreviewed: 0 });
    expect(c?.followThrough).toEqual({ done: 0, notDone: 0, dropped: 0, unreviewed: 1 });
  });

  it('lets the review win over a done reported from the task list', () => {
    const first = meeting({ id: 's1', day: 0 });
    const second = meeting({ id: 's2', day: 7, carry: { from: first, reportedDone: ['s1-step-0'], reviews: { 's1-step-0': 'notDone' } } });
    expect(insightsFor(SAM, [first, second]).sessions[1]?.followThrough).toEqual({ done: 0, notDone: 1, dropped: 0, unreviewed: 0 });
  });

  it('holds a follow-up when it went on the calendar and a later session carried it over; the newest is open', () => {
    const s1 = meeting({ id: 's1', day: 0 });
    const s2 = meeting({ id: 's2', day: 7, carry: { from: s1 } });
    const s3 = meeting({ id: 's3', day: 14 }); // did not carry s2 over
    const s4 = meeting({ id: 's4', day: 21, close: 'none' }); // no follow-up planned
    const s5 = meeting({ id: 's5', day: 28, carry: { from: s4 } });
    const held = insightsFor(SAM, [s1, s2, s3, s4, s5]).sessions.map((s) => s.followUpHeld);
    expect(held).toEqual([true, false, false, false, null]);
  });
});

describe('coachInsights: whose sessions', () => {
  it('has nothing for a user who coached no one, or whose coachee never joined', () => {
    expect(coachInsights([], COACH.userId)).toEqual([]);
    const alone = play(
      createSession({ sessionId: 's0', organizerId: COACH.userId, at: T0 }),
      COACH,
      { type: 'join', displayName: 'Alex' },
      0,
    );
    expect(coachInsights([alone], COACH.userId)).toEqual([]);
    const observed = play(meeting({ id: 's1', day: 1 }), OBSERVER, { type: 'join', displayName: 'Robin' }, DAY + 60 * MINUTE);
    expect(coachInsights([observed], OBSERVER.userId)).toEqual([]);
    expect(only(coachInsights([alone, observed], COACH.userId)).sessions.map((s) => s.sessionId)).toEqual(['s1']);
  });

  it('lists each coachee, the most recently seen first, with the name the newest session knows', () => {
    const sam1 = meeting({ id: 'sam1', day: 0 });
    const kim1 = meeting({ id: 'kim1', day: 3, coachee: KIM });
    const sam2 = meeting({ id: 'sam2', day: 7, coachee: { ...SAM, displayName: 'Samantha Coachee' } });
    const kim2 = meeting({ id: 'kim2', day: 10, coachee: KIM });
    const all = coachInsights([sam2, kim1, sam1, kim2], COACH.userId);
    expect(all.map((c) => [c.coacheeId, c.displayName, c.sessions.map((s) => s.sessionId)])).toEqual([
      [KIM.userId, 'Kim Coachee', ['kim1', 'kim2']],
      [SAM.userId, 'Samantha Coachee', ['sam1', 'sam2']],
    ]);
  });

  it('keeps a coach who was also coached apart: their coaching in one view, their own sessions in the other', () => {
    const coaching = meeting({ id: 'c1', day: 0, options: ['coachee', 'coach'] });
    const coached = meeting({ id: 'o1', day: 1, coach: KIM, coachee: COACH, options: ['coachee'] });
    const asCoach = coachInsights([coaching, coached], COACH.userId);
    expect(asCoach.map((c) => c.coacheeId)).toEqual([SAM.userId]);
    expect(only(asCoach).sessions.map((s) => s.sessionId)).toEqual(['c1']);
    const own = ownInsights([coaching, coached], COACH.userId);
    expect(own.sessions.map((s) => s.sessionId)).toEqual(['o1']);
    expect(own.sessions[0]?.thinking.options).toEqual({ byCoachee: 1, total: 1 });
    expect(coachInsights([coaching, coached], KIM.userId).map((c) => c.coacheeId)).toEqual([COACH.userId]);
  });
});

describe('readings', () => {
  const plans = (...specs: Omit<MeetingPlan, 'id' | 'day'>[]) => specs.map((spec, i) => meeting({ id: `s${i}`, day: 7 * i, ...spec }));
  const mostly = (coachee: number, coach: number): By[] => [...Array<By>(coachee).fill('coachee'), ...Array<By>(coach).fill('coach')];

  it("reads the coachee's rising share of the options first, then the time Learn lost", () => {
    const sessions = plans(
      { options: mostly(0, 2), learnMinutes: 20 },
      { options: mostly(1, 1), learnMinutes: 20 },
      { options: [], learnMinutes: 20 },
      { options: mostly(2, 0), learnMinutes: 12 },
      { options: mostly(1, 1), learnMinutes: 12 },
      { options: mostly(1, 0), learnMinutes: 12 },
    );
    const readings = insightsFor(SAM, sessions).readings;
    expect(readings).toEqual<InsightReading[]>([
      {
        kind: 'thinkingShare',
        area: 'options',
        recent: { byCoachee: 4, total: 5 },
        earlier: { byCoachee: 1, total: 4 },
        recentSessions: 3,
        earlierSessions: 3,
      },
      { kind: 'stageTime', stage: 'learn', recentMs: 12 * MINUTE, earlierMs: 20 * MINUTE, recentSessions: 3, earlierSessions: 3 },
    ]);
  });

  it('reads follow-through when fewer carried steps get done', () => {
    const s0 = meeting({ id: 's0', day: 0, steps: mostly(3, 0) });
    const s1 = meeting({
      id: 's1',
      day: 7,
      steps: mostly(3, 0),
      carry: { from: s0, reviews: { 's0-step-0': 'done', 's0-step-1': 'done', 's0-step-2': 'done' } },
    });
    const s2 = meeting({
      id: 's2',
      day: 14,
      carry: { from: s1, reviews: { 's1-step-0': 'dropped', 's1-step-1': 'notDone', 's1-step-2': 'done' } },
    });
    const s3 = meeting({ id: 's3', day: 21, carry: { from: s2, reviews: { 's2-step-0': 'dropped' } } });
    const [first] = insightsFor(SAM, [s0, s1, s2, s3]).readings;
    expect(first).toEqual({
      kind: 'followThrough',
      recent: { done: 1, notDone: 1, dropped: 2, unreviewed: 0 },
      earlier: { done: 3, notDone: 0, dropped: 0, unreviewed: 0 },
      recentSessions: 2,
      earlierSessions: 2,
    });
  });

  it('falls back to the overall share alone when nothing changed much, or there is nothing to compare', () => {
    const steady = plans({ options: mostly(1, 1) }, { options: mostly(1, 1) });
    expect(insightsFor(SAM, steady).readings).toEqual([
      {
        kind: 'thinkingShare',
        area: 'overall',
        recent: { byCoachee: 3, total: 4 },
        earlier: { byCoachee: 3, total: 4 },
        recentSessions: 1,
        earlierSessions: 1,
      },
    ]);
    const single = plans({ options: mostly(1, 1) });
    expect(insightsFor(SAM, single).readings).toEqual([
      {
        kind: 'thinkingShare',
        area: 'overall',
        recent: { byCoachee: 3, total: 4 },
        earlier: null,
        recentSessions: 1,
        earlierSessions: 0,
      },
    ]);
  });

  it('does not read a trend into one item either way', () => {
    const sessions = plans({ options: mostly(0, 1), steps: [] }, { options: mostly(1, 0), steps: [] });
    const readings = insightsFor(SAM, sessions).readings;
    expect(readings.map((r) => r.kind === 'thinkingShare' && r.area)).toEqual(['overall']);
  });
});

describe('ownInsights', () => {
  it('counts the steps the coachee owns, done as their own task list says, and reads the trend', () => {
    const s0 = meeting({ id: 's0', day: 0, steps: ['coachee', 'coachee', 'coach'], stepsDone: [0, 2] });
    const s1 = meeting({ id: 's1', day: 7, steps: ['coachee', 'coachee', 'coachee'] });
    const taskList = new Map([
      [stepTaskKey('s0', 's0-step-0'), false],
      [stepTaskKey('s1', 's1-step-0'), true],
      [stepTaskKey('s1', 's1-step-1'), true],
      [stepTaskKey('s1', 's1-step-2'), true],
    ]);
    const own = ownInsights([s1, s0], SAM.userId, taskList);
    expect(own.sessions.map((s) => [s.sessionId, s.stepsDone, s.stepsTotal])).toEqual([
      ['s0', 0, 2],
      ['s1', 3, 3],
    ]);
    expect(own.readings[0]).toEqual({
      kind: 'stepsDone',
      recent: { count: 3, total: 3 },
      earlier: { count: 0, total: 2 },
      recentSessions: 1,
      earlierSessions: 1,
    });
    expect(ownInsights([s0], SAM.userId).sessions[0]).toMatchObject({ stepsDone: 1, stepsTotal: 2 });
  });

  it('is empty for someone never coached', () => {
    expect(ownInsights([], SAM.userId)).toEqual({ sessions: [], readings: [] });
    expect(ownInsights([meeting({ id: 's', day: 0 })], COACH.userId)).toEqual({ sessions: [], readings: [] });
  });
});

describe('acrossCoachees', () => {
  it('has zeros and no NaN with no coachees, or a coachee with no sessions', () => {
    const empty = acrossCoachees([]);
    expect(empty).toMatchObject({ coachees: 0, sessions: 0, byMonth: [], bySessionIndex: [], meanConfidence: null, meanLoopsBack: 0 });
    expect(numbersAreFinite(empty)).toBe(true);
    const withNone = acrossCoachees([{ coacheeId: 'x', displayName: null, sessions: [], readings: [] }]);
    expect(withNone).toEqual(empty);
  });

  it('pools the coachees by month and by their nth session, with follow-through, follow-ups and closure', () => {
    const sam0 = meeting({ id: 'sam0', day: 0, options: ['coachee', 'coach'], steps: ['coachee', 'coachee'], confidence: 2 }); // 2026-11: 3 of 4 + challenge
    const sam1 = meeting({
      id: 'sam1',
      day: 7,
      steps: [],
      carry: { from: sam0, reviews: { 'sam0-step-0': 'done', 'sam0-step-1': 'dropped' } },
    });
    const kim0 = meeting({ id: 'kim0', day: 8, coachee: KIM, challengeBy: ['coach'], steps: ['coach'], close: 'calendar', loopsBack: 2 });
    const across = acrossCoachees(coachInsights([sam0, sam1, kim0], COACH.userId));
    expect(across).toMatchObject({
      coachees: 2,
      sessions: 3,
      followThrough: { done: 1, notDone: 0, dropped: 1, unreviewed: 0 },
      followUpsHeld: { count: 1, total: 1 },
      closedWithAllCriteria: { count: 2, total: 3 },
      meanConfidence: 10 / 3,
      meanLoopsBack: 2 / 3,
    });
    expect(across.byMonth).toEqual([
      { month: '2026-11', sessions: 1, thinking: { byCoachee: 4, total: 5 }, meanShare: 0.8 },
      { month: '2026-12', sessions: 2, thinking: { byCoachee: 1, total: 3 }, meanShare: 0.5 },
    ]);
    expect(across.bySessionIndex).toEqual([
      { index: 0, sessions: 2, thinking: { byCoachee: 4, total: 7 }, meanShare: 0.4 },
      { index: 1, sessions: 1, thinking: { byCoachee: 1, total: 1 }, meanShare: 1 },
    ]);
  });
});

describe('insights at scale', () => {
  it('reads 50 sessions of 200 items each, every one carrying the last over', () => {
    const items = (n: number): By[] => Array.from({ length: n }, (_, i) => (i % 3 === 0 ? 'coach' : 'coachee'));
    const sessions: SessionState[] = [];
    for (let i = 0; i < 50; i += 1) {
      const previous = sessions[i - 1];
      const carry = previous && { from: previous, reviews: { [`s${i - 1}-step-1`]: 'done' as const } };
      sessions.push(
        meeting({
          id: `s${i}`,
          day: 7 * i,
          causes: items(67),
          options: items(67),
          steps: items(66),
          learnMinutes: 30,
          ...(carry ? { carry } : {}),
        }),
      );
    }
    const coachee = insightsFor(SAM, sessions.reverse());
    expect(coachee.sessions).toHaveLength(50);
    expect(coachee.sessions[49]?.thinking.overall).toEqual({ byCoachee: 1 + 3 * 44, total: 201 });
    expect(coachee.sessions[49]?.followThrough).toEqual({ done: 1, notDone: 0, dropped: 0, unreviewed: 43 });
    expect(coachee.sessions.slice(0, 49).every((s) => s.followUpHeld === true)).toBe(true);
    expect(acrossCoachees([coachee]).bySessionIndex).toHaveLength(50);
    expect(ownInsights(sessions, SAM.userId).sessions).toHaveLength(50);
  });
});

describe('insights hold for any history', () => {
  const by = fc.constantFrom<By>('coach', 'coachee');
  const plan = fc.record({
    challengeBy: fc.array(by, { minLength: 0, maxLength: 2 }),
    causes: fc.array(by, { maxLength: 4 }),
    options: fc.array(by, { maxLength: 4 }),
    steps: fc.array(by, { maxLength: 3 }),
    loopsBack: fc.nat({ max: 2 }),
    learnMinutes: fc.integer({ min: 1, max: 30 }),
    close: fc.constantFrom('full', 'calendar', 'none'),
    carry: fc.boolean(),
    review: fc.constantFrom('done', 'notDone', 'dropped', null),
  });
  const history = fc.array(plan, { minLength: 0, maxLength: 6 }).map((specs) => {
    const sessions: SessionState[] = [];
    specs.forEach(({ carry, review, ...spec }, i) => {
      const previous = sessions[i - 1];
      const reviews = review && previous?.nextSteps[`s${i - 1}-step-0`] ? { [`s${i - 1}-step-0`]: review } : {};
      sessions.push(meeting({ id: `s${i}`, day: 9 * i, ...spec, ...(carry && previous ? { carry: { from: previous, reviews } } : {}) }));
    });
    return sessions;
  });

  it('never gives a share over its total, never a NaN, and does not depend on the order of the sessions', () => {
    fc.assert(
      fc.property(history, fc.func(fc.integer()), (sessions, key) => {
        const coach = coachInsights(sessions, COACH.userId);
        const shuffled = [...sessions].sort((a, b) => key(a.sessionId) - key(b.sessionId));
        expect(coachInsights(shuffled, COACH.userId)).toEqual(coach);
        expect(ownInsights(shuffled, SAM.userId)).toEqual(ownInsights(sessions, SAM.userId));
        const across = acrossCoachees(coach);
        expect(numbersAreFinite([coach, across, ownInsights(sessions, SAM.userId)])).toBe(true);
        for (const s of coach.flatMap((c) => c.sessions)) {
          for (const share of Object.values(s.thinking)) expect(share.byCoachee).toBeLessThanOrEqual(share.total);
          expect(s.thinking.overall.total).toBe(
            s.thinking.challenge.total + s.thinking.causes.total + s.thinking.options.total + s.thinking.nextSteps.total,
          );
        }
        expect(coach.every((c) => c.readings.length <= 2 && (c.sessions.length === 0) === (c.readings.length === 0))).toBe(true);
        expect(across.sessions).toBe(sessions.length);
      }),
      { numRuns: 40 },
    );
  });
});
