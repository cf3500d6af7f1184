import {
  carriedDoneInTasks,
  coacheesOf,
  openStepsOf,
  parseStepTaskKey,
  planOf,
  sessionForEvent,
  stepTaskKey,
  upcomingFollowUps,
  urgencyOf,
  type SessionState,
} from '../../src/domain';
import {
  COACH,
  COACHEE,
  DAY,
  FOLLOW_UP_START,
  IDS,
  MINUTE,
  NEXT_WEEK,
  OBSERVER,
  T0,
  TODAY,
  play,
  sessionCompleted,
  sessionWithCarryOver,
} from '../fixtures/sessions';
import { doneAsSeenBy, progressOf, sessionAsSeenBy } from '../../src/domain/plans';
import { expectRejected, run } from './helpers';

const KEY = stepTaskKey('s-fixture', IDS.step);

/** The completed fixture with a second step, owned by the coach. */
function withCoachStep(): SessionState {
  return play(
    sessionCompleted(),
    COACH,
    { type: 'addNextStep', id: 'step-2', text: 'Send Sam the data contacts', ownerId: COACH.userId, due: TODAY },
    50 * MINUTE,
  );
}

describe('step task keys', () => {
  it('name the session and the step, and read back', () => {
    expect(KEY).toBe('s-fixture/step-1');
    expect(parseStepTaskKey(KEY)).toEqual({ sessionId: 's-fixture', stepId: 'step-1' });
    expect(parseStepTaskKey('meeting/with/slashes/step-9')).toEqual({ sessionId: 'meeting/with/slashes', stepId: 'step-9' });
  });

  it('refuse what is not one of ours', () => {
    for (const key of ['', 'no-slash', '/step-1', 's/', 's/<script>']) expect(parseStepTaskKey(key)).toBeNull();
  });
});

describe('the plan between sessions', () => {
  it('shows the agreement, the follow-up and every step with its owner', () => {
    const plan = planOf(withCoachStep(), COACHEE.userId);
    expect(plan).toMatchObject({
      sessionId: 's-fixture',
      challenge: 'I keep missing the weekly report deadline.',
      chosenOption: 'Ask for the data on Wednesday.',
      coacheeSummary: 'I will agree a Wednesday hand-over by next week.',
      coach: { userId: COACH.userId, name: COACH.displayName },
      coachee: { userId: COACHEE.userId, name: COACHEE.displayName },
      followUpStart: FOLLOW_UP_START,
      followUpICalUId: 'ical-1',
    });
    expect(plan.steps.map((s) => [s.id, s.ownerName, s.due, s.done, s.mine])).toEqual([
      ['step-2', COACH.displayName, TODAY, false, false],
      [IDS.step, COACHEE.displayName, NEXT_WEEK, false, true],
    ]);
  });

  it("takes the viewer's own steps' done state from their task list, never anyone else's", () => {
    const tasks = new Map([
      [KEY, true],
      [stepTaskKey('s-fixture', 'step-2'), true],
    ]);
    const asCoachee = planOf(withCoachStep(), COACHEE.userId, tasks);
    expect(asCoachee.steps.find((s) => s.id === IDS.step)?.done).toBe(true);
    expect(asCoachee.steps.find((s) => s.id === 'step-2')?.done).toBe(false);
    // Undone in the task list wins over done in the session, for the owner.
    const ticked = play(withCoachStep(), COACHEE, { type: 'setNextStepDone', id: IDS.step, done: true }, 51 * MINUTE);
    expect(planOf(ticked, COACHEE.userId, new Map([[KEY, false]])).steps.find((s) => s.id === IDS.step)?.done).toBe(false);
    expect(planOf(ticked, COACHEE.userId).steps.find((s) => s.id === IDS.step)?.done).toBe(true);
  });

  it('finds the session of a follow-up by its iCalUId, and none for another meeting', () => {
    const s = sessionCompleted();
    expect(sessionForEvent([s], 'ical-1')).toBe(s);
    expect(sessionForEvent([s], 'ical-other')).toBeNull();
    expect(sessionForEvent([], 'ical-1')).toBeNull();
  });
});

describe('one done-ness for the viewer', () => {
  const COACH_KEY = stepTaskKey('s-fixture', 'step-2');

  it('reads the viewer’s own steps from their task list, anyone else’s as the session recorded it', () => {
    const s = withCoachStep();
    const step = s.nextSteps[IDS.step]!;
    const coachStep = s.nextSteps['step-2']!;
    expect(doneAsSeenBy(s, step, COACHEE.userId, new Map([[KEY, true]]))).toBe(true);
    expect(doneAsSeenBy(s, step, COACHEE.userId, new Map())).toBe(false);
    // The coach's own task list says nothing about the coachee's step, even under its key.
    expect(doneAsSeenBy(s, step, COACH.userId, new Map([[KEY, true]]))).toBe(false);
    expect(doneAsSeenBy(s, coachStep, COACH.userId, new Map([[COACH_KEY, true]]))).toBe(true);
    // Another session's task with the same step id is another step.
    expect(doneAsSeenBy(s, step, COACHEE.userId, new Map([[stepTaskKey('s-other', IDS.step), true]]))).toBe(false);
  });

  it('gives the whole session as the viewer sees it, so notes agree with counts, and the same object when nothing differs', () => {
    const s = withCoachStep();
    const seen = sessionAsSeenBy(
      s,
      COACHEE.userId,
      new Map([
        [KEY, true],
        [COACH_KEY, true],
      ]),
    );
    expect(seen.nextSteps[IDS.step]?.done).toBe(true);
    expect(seen.nextSteps['step-2']?.done).toBe(false);
    expect(s.nextSteps[IDS.step]?.done).toBe(false); // the stored session is left as it was
    expect(sessionAsSeenBy(s, COACHEE.userId, new Map())).toBe(s);
    expect(sessionAsSeenBy(s, COACHEE.userId, new Map([[KEY, false]]))).toBe(s);
  });

  it('counts a plan’s steps done as the viewer sees them, the same in every place that counts', () => {
    const s = withCoachStep();
    const tasks = new Map([[KEY, true]]);
    expect(progressOf(planOf(s, COACHEE.userId, tasks).steps)).toEqual({ done: 1, total: 2 });
    expect(progressOf(Object.values(sessionAsSeenBy(s, COACHEE.userId, tasks).nextSteps))).toEqual({ done: 1, total: 2 });
    expect(progressOf(planOf(s, COACH.userId, tasks).steps)).toEqual({ done: 0, total: 2 });
    expect(progressOf([])).toEqual({ done: 0, total: 0 });
  });
});

describe('open steps across sessions', () => {
  it('says how soon a step is due', () => {
    expect(urgencyOf('2026-11-24', TODAY)).toBe('overdue');
    expect(urgencyOf(TODAY, TODAY)).toBe('dueSoon');
    expect(urgencyOf(NEXT_WEEK, TODAY)).toBe('dueSoon');
    expect(urgencyOf('2026-12-03', TODAY)).toBe('later');
  });

  it("lists only the user's own open steps, overdue first, leaving out what their task list says is done", () => {
    const s = withCoachStep();
    const later = '2026-12-24';
    const steps = openStepsOf([s], COACHEE.userId, new Map(), later);
    expect(steps.map((x) => [x.id, x.urgency, x.challenge])).toEqual([[IDS.step, 'overdue', 'I keep missing the weekly report deadline.']]);
    expect(openStepsOf([s], COACHEE.userId, new Map([[KEY, true]]), TODAY)).toEqual([]);
    expect(openStepsOf([s], COACH.userId, new Map(), TODAY).map((x) => x.id)).toEqual(['step-2']);
    expect(openStepsOf([s], OBSERVER.userId, new Map(), TODAY)).toEqual([]);
  });
});

describe('follow-ups and coachees', () => {
  it('lists the follow-ups still to come with the other person, soonest first', () => {
    const s = sessionCompleted();
    expect(upcomingFollowUps([s], COACHEE.userId, T0)).toEqual([
      { sessionId: 's-fixture', start: FOLLOW_UP_START, withName: COACH.displayName, iCalUId: 'ical-1' },
    ]);
    expect(upcomingFollowUps([s], COACH.userId, T0)[0]?.withName).toBe(COACHEE.displayName);
    expect(upcomingFollowUps([s], COACHEE.userId, FOLLOW_UP_START)).toEqual([]);
    expect(upcomingFollowUps([s], OBSERVER.userId, T0)).toEqual([]);
  });

  it("gives the coach each coachee's latest session, next follow-up and plan as agreed", () => {
    const s = withCoachStep();
    const [sam, ...others] = coacheesOf([s], COACH.userId, T0);
    expect(others).toEqual([]);
    expect(sam).toMatchObject({ userId: COACHEE.userId, name: COACHEE.displayName, nextFollowUp: FOLLOW_UP_START });
    expect(sam?.plan.steps.map((x) => x.done)).toEqual([false, false]);
    expect(coacheesOf([s], COACH.userId, FOLLOW_UP_START + DAY)[0]?.nextFollowUp).toBeNull();
    expect(coacheesOf([s], COACHEE.userId, T0)).toEqual([]);
  });

  it('shows the coach’s own steps in a coachee’s plan as the coach’s task list says, the coachee’s as agreed', () => {
    const s = withCoachStep();
    const tasks = new Map([
      [stepTaskKey('s-fixture', 'step-2'), true],
      [KEY, true],
    ]);
    const [sam] = coacheesOf([s], COACH.userId, T0, tasks);
    expect(sam?.plan.steps.map((x) => [x.id, x.mine, x.done])).toEqual([
      ['step-2', true, true],
      [IDS.step, false, false],
    ]);
  });
});

describe('carried steps done in the task list', () => {
  const previous = (stepId: string) => stepTaskKey('s-previous', stepId);

  it("names the owner's carried steps their tasks say are done and the session does not know", () => {
    const s = sessionWithCarryOver();
    const tasks = new Map([
      [previous('prev-step-1'), true],
      [previous('prev-step-2'), true],
    ]);
    expect(carriedDoneInTasks(s, COACHEE.userId, tasks)).toEqual(['prev-step-2']);
    expect(carriedDoneInTasks(s, COACH.userId, tasks)).toEqual([]);
    expect(carriedDoneInTasks(s, COACHEE.userId, new Map([[previous('prev-step-2'), false]]))).toEqual([]);
  });

  it('is reported by the owner only, once', () => {
    const s = run(sessionWithCarryOver(), COACHEE, { type: 'reportCarriedDone', ids: ['prev-step-2'] }, 3 * MINUTE);
    expect(s.carriedOver?.steps['prev-step-2']?.doneBefore).toBe(true);
    expect(s.carriedOver?.steps['prev-step-2']?.review).toBeNull();
    expectRejected(sessionWithCarryOver(), COACH, { type: 'reportCarriedDone', ids: ['prev-step-2'] }, 'forbidden', 'onlyOwnerReportsDone');
    expectRejected(s, COACHEE, { type: 'reportCarriedDone', ids: ['prev-step-1', 'prev-step-2'] }, 'conflict', 'alreadyKnownDone');
    expectRejected(sessionWithCarryOver(), COACHEE, { type: 'reportCarriedDone', ids: ['nope'] }, 'notFound');
  });
});

describe('the notes link recorded at closure', () => {
  const inClose = () => {
    let s = sessionCompleted();
    s = { ...s, followUp: { ...s.followUp, coachEvent: null } };
    return s;
  };

  it('travels with the event into the plan, and only as a web address', () => {
    const notesUrl = 'https://teams.microsoft.com/l/entity/app-id/stagecoach?context=%7B%7D';
    const s = run(inClose(), COACH, { type: 'recordCoachEvent', eventId: 'evt-1', iCalUId: 'ical-1', notesUrl }, 60 * MINUTE);
    expect(planOf(s, COACHEE.userId).notesUrl).toBe(notesUrl);
    expect(planOf(sessionCompleted(), COACHEE.userId).notesUrl).toBeNull();
    expectRejected(
      inClose(),
      COACH,
      { type: 'recordCoachEvent', eventId: 'evt-1', iCalUId: 'ical-1', notesUrl: 'javascript:alert(1)' },
      'invalid',
      { key: 'invalidField', field: 'notesUrl', problem: 'format', format: 'webAddress' },
    );
  });
});
