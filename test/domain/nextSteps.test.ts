import { addDays, LIMITS, type NextStep, type SessionState } from '../../src/domain';
import { attempt, COACH, COACHEE, IDS, MINUTE, NEXT_WEEK, OBSERVER, sessionInPlan, STRANGER, T0, TODAY } from '../fixtures/sessions';
import { expectRejected, run } from './helpers';

const step = (due: string, ownerId = COACHEE.userId) => ({ type: 'addNextStep', id: 'n-1', text: 'Book the room', ownerId, due }) as const;
const plan = () => run(sessionInPlan(), OBSERVER, { type: 'join', displayName: OBSERVER.displayName });
const LAST_DAY = addDays(TODAY, LIMITS.maxDaysAhead);

describe('addNextStep', () => {
  it('adds an open step with what, who, who wrote it, by when and the time it was written', () => {
    const s = run(plan(), COACH, step(NEXT_WEEK), 30 * MINUTE);
    expect(s.nextSteps['n-1']).toEqual({
      id: 'n-1',
      text: 'Book the room',
      ownerId: COACHEE.userId,
      authorId: COACH.userId,
      due: NEXT_WEEK,
      done: false,
      at: T0 + 30 * MINUTE,
    });
  });

  it('belongs to the coach or the coachee, never to an observer or a stranger', () => {
    expect(run(plan(), COACHEE, step(NEXT_WEEK, COACH.userId)).nextSteps['n-1']?.ownerId).toBe(COACH.userId);
    const msg = 'stepOwnerNotInPair';
    for (const owner of [OBSERVER.userId, STRANGER.userId, 'constructor']) {
      expectRejected(plan(), COACH, step(NEXT_WEEK, owner), 'invalid', msg);
    }
  });

  it("accepts today and refuses yesterday, by the sender's own date", () => {
    expect(run(plan(), COACH, step(TODAY)).nextSteps['n-1']?.due).toBe(TODAY);
    expectRejected(plan(), COACH, step(addDays(TODAY, -1)), 'invalid', { key: 'dueInPast', due: addDays(TODAY, -1) });
    // A sender whose local date is already tomorrow sees today as past.
    expectRejected(plan(), COACH, step(TODAY), 'invalid', { key: 'dueInPast', due: TODAY }, undefined, {
      today: addDays(TODAY, 1),
    });
    // ...and one still on yesterday may pick yesterday.
    expect(attempt(plan(), COACH, step(addDays(TODAY, -1)), undefined, { today: addDays(TODAY, -1) }).ok).toBe(true);
  });

  it(`accepts up to ${LIMITS.maxDaysAhead} days ahead, not one more`, () => {
    expect(run(plan(), COACH, step(LAST_DAY)).nextSteps['n-1']?.due).toBe(LAST_DAY);
    expectRejected(plan(), COACH, step(addDays(LAST_DAY, 1)), 'invalid', {
      key: 'dueTooFar',
      due: addDays(LAST_DAY, 1),
      maxDays: LIMITS.maxDaysAhead,
    });
  });

  it('handles month, year and leap-day boundaries', () => {
    const opts = (today: string) => ({ today });
    expect(attempt(plan(), COACH, step('2027-01-01'), undefined, opts('2026-12-31')).ok).toBe(true);
    expect(attempt(plan(), COACH, step('2028-02-29'), undefined, opts('2028-02-28')).ok).toBe(true);
    expect(attempt(plan(), COACH, step('2028-02-28'), undefined, opts('2028-02-29')).ok).toBe(false);
    expect(attempt(plan(), COACH, step('2027-02-29'), undefined, opts(TODAY))).toEqual({
      ok: false,
      code: 'invalid',
      reason: { key: 'invalidField', field: 'due', problem: 'noSuchDate' },
    });
  });

  it('refuses an id already used', () => {
    expectRejected(plan(), COACH, { ...step(NEXT_WEEK), id: IDS.step }, 'conflict', { key: 'alreadyExists', item: 'nextStep' });
  });

  it(`refuses more than ${LIMITS.itemsPerCollection} steps`, () => {
    const steps: Record<string, NextStep> = {};
    for (let i = 0; i < LIMITS.itemsPerCollection; i += 1) {
      steps[`s${i}`] = { id: `s${i}`, text: 't', ownerId: COACH.userId, authorId: COACH.userId, due: TODAY, done: false, at: T0 };
    }
    const full: SessionState = { ...plan(), nextSteps: steps };
    expectRejected(full, COACH, step(NEXT_WEEK), 'limit', { key: 'tooMany', collection: 'nextSteps', max: 200 });
  });
});

describe('editNextStep', () => {
  it('changes only the fields given', () => {
    const before = sessionInPlan().nextSteps[IDS.step] as NextStep;
    const text = run(plan(), COACH, { type: 'editNextStep', id: IDS.step, text: '  Reworded ' });
    expect(text.nextSteps[IDS.step]).toEqual({ ...before, text: 'Reworded' });
    const owner = run(plan(), COACH, { type: 'editNextStep', id: IDS.step, ownerId: COACH.userId });
    expect(owner.nextSteps[IDS.step]).toEqual({ ...before, ownerId: COACH.userId });
    const due = run(plan(), COACHEE, { type: 'editNextStep', id: IDS.step, due: TODAY });
    expect(due.nextSteps[IDS.step]).toEqual({ ...before, due: TODAY });
  });

  it('keeps who wrote the step when the other rewords it or takes it on', () => {
    const written = run(plan(), COACH, step(NEXT_WEEK, COACH.userId));
    const reworded = run(written, COACHEE, { type: 'editNextStep', id: 'n-1', text: 'Book the big room', ownerId: COACHEE.userId });
    expect(reworded.nextSteps['n-1']).toMatchObject({ text: 'Book the big room', ownerId: COACHEE.userId, authorId: COACH.userId });
  });

  it('refuses an empty change', () => {
    expectRejected(plan(), COACH, { type: 'editNextStep', id: IDS.step }, 'invalid', 'nothingToChange');
  });

  it('checks the owner and the date it is given', () => {
    expectRejected(plan(), COACH, { type: 'editNextStep', id: IDS.step, ownerId: OBSERVER.userId }, 'invalid', 'stepOwnerNotInPair');
    expectRejected(plan(), COACH, { type: 'editNextStep', id: IDS.step, due: '2026-11-24' }, 'invalid', 'dueInPast');
    expectRejected(plan(), COACH, { type: 'editNextStep', id: IDS.step, due: addDays(LAST_DAY, 1) }, 'invalid', 'dueTooFar');
    expectRejected(plan(), COACH, { type: 'editNextStep', id: IDS.step, text: 'ok', due: '2026-01-01' }, 'invalid');
  });

  it('lets an overdue step be reworded without moving its date', () => {
    const old = attempt(plan(), COACH, step('2026-11-10'), undefined, { today: '2026-11-01' });
    if (!old.ok) throw new Error(old.reason.key);
    const s = run(old.state, COACHEE, { type: 'editNextStep', id: 'n-1', text: 'Book the big room' });
    expect(s.nextSteps['n-1']).toMatchObject({ text: 'Book the big room', due: '2026-11-10' });
  });

  it('refuses an unknown step', () => {
    expectRejected(plan(), COACH, { type: 'editNextStep', id: 'nope', text: 'x' }, 'notFound', { key: 'gone', item: 'nextStep' });
  });
});

describe('setNextStepDone and removeNextStep', () => {
  it('marks a step done and open again', () => {
    const done = run(plan(), COACHEE, { type: 'setNextStepDone', id: IDS.step, done: true });
    expect(done.nextSteps[IDS.step]?.done).toBe(true);
    expect(run(done, COACH, { type: 'setNextStepDone', id: IDS.step, done: false }).nextSteps[IDS.step]?.done).toBe(false);
  });

  it('removes a step', () => {
    expect(run(plan(), COACH, { type: 'removeNextStep', id: IDS.step }).nextSteps).toEqual({});
  });

  it('refuses an unknown step', () => {
    const msg = { key: 'gone', item: 'nextStep' } as const;
    expectRejected(plan(), COACH, { type: 'setNextStepDone', id: 'nope', done: true }, 'notFound', msg);
    expectRejected(plan(), COACH, { type: 'removeNextStep', id: 'nope' }, 'notFound', msg);
    expectRejected(plan(), COACH, { type: 'removeNextStep', id: 'valueOf' }, 'notFound', msg);
  });
});
