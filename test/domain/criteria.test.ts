import {
  createSession,
  criteriaFor,
  MIN_OPTIONS,
  stageComplete,
  type Criterion,
  type CriterionId,
  type SessionState,
  type Stage,
} from '../../src/domain';
import {
  COACH,
  COACHEE,
  FOLLOW_UP_START,
  IDS,
  NEXT_WEEK,
  newSession,
  OBSERVER,
  sessionCompleted,
  sessionInClose,
  sessionInLearn,
  sessionInPlan,
  T0,
} from '../fixtures/sessions';
import { run } from './helpers';

function criterion(state: SessionState, stage: Stage, id: CriterionId): Criterion {
  const found = criteriaFor(state, stage).find((c) => c.id === id);
  if (!found) throw new Error(`no ${id} in ${stage}`);
  return found;
}

describe('the criteria of each stage', () => {
  it.each([
    ['open', ['challengeStated']],
    ['learn', ['definitionShared', 'optionsGenerated']],
    ['plan', ['optionChosen', 'nextStepDated']],
    ['close', ['coacheeSummary', 'followUpOnBothCalendars', 'affirmationGiven']],
  ] as const)('%s', (stage, expected) => {
    const list = criteriaFor(newSession(), stage);
    expect(list.map((c) => c.id)).toEqual(expected);
    expect(list.every((c) => c.stage === stage && !c.met)).toBe(true);
  });

  it('are judged from the data whatever the current stage', () => {
    expect(sessionCompleted().stage).toBe('close');
    // In Learn, the Plan criteria already count once their data exists.
    let s = run(sessionInLearn(), COACHEE, { type: 'addOption', id: 'o', text: 'Option' });
    s = run(s, COACHEE, { type: 'chooseOption', id: 'o' });
    s = run(s, COACHEE, { type: 'addNextStep', id: 'n', text: 'Do it', ownerId: COACHEE.userId, due: NEXT_WEEK });
    expect(s.stage).toBe('learn');
    expect(stageComplete(s, 'plan')).toBe(true);
    expect(stageComplete(s, 'learn')).toBe(false);
  });
});

describe('open: challengeStated', () => {
  it('missing, then met with the statement, then missing again after removal', () => {
    expect(criterion(newSession(), 'open', 'challengeStated')).toMatchObject({ met: false, challenge: null });
    const s = run(newSession(), COACHEE, { type: 'stateChallenge', id: 'c', text: 'Deadlines slip' });
    expect(criterion(s, 'open', 'challengeStated')).toMatchObject({ met: true, challenge: 'Deadlines slip' });
    expect(criterion(run(s, COACH, { type: 'removeChallenge' }), 'open', 'challengeStated').met).toBe(false);
  });
});

describe('learn: definitionShared', () => {
  const detail = (s: SessionState) => criterion(s, 'learn', 'definitionShared');
  const pendingNames = (s: SessionState) => {
    const c = detail(s);
    return c.id === 'definitionShared' && c.status === 'pending' ? c.pending.map((p) => p.displayName) : null;
  };

  it('asks for a statement first', () => {
    expect(detail(newSession())).toMatchObject({ met: false, status: 'noStatement' });
  });

  it('waits for the missing participant', () => {
    const fresh = createSession({ sessionId: 's', organizerId: COACH.userId, at: T0 });
    const coachOnly = run(run(fresh, COACH, { type: 'join', displayName: 'Alex Coach' }), COACH, {
      type: 'stateChallenge',
      id: 'c',
      text: 't',
    });
    expect(detail(coachOnly)).toMatchObject({ met: false, status: 'waitingForCoachee' });
    const coacheeOnly = run(run(fresh, COACHEE, { type: 'join', displayName: 'Sam' }), COACHEE, {
      type: 'stateChallenge',
      id: 'c',
      text: 't',
    });
    expect(detail(coacheeOnly)).toMatchObject({ met: false, status: 'waitingForCoach' });
  });

  it('names who still has to agree', () => {
    expect(detail(sessionInLearn())).toMatchObject({ met: false, status: 'pending' });
    expect(pendingNames(sessionInLearn())).toEqual(['Alex Coach']);
    const byCoach = run(newSession(), COACH, { type: 'stateChallenge', id: 'c', text: 't' });
    expect(pendingNames(byCoach)).toEqual(['Sam Coachee']);
  });

  it('counts the people in the roles now: a new coach has to agree too', () => {
    let s = run(sessionInPlan(), OBSERVER, { type: 'join', displayName: OBSERVER.displayName });
    s = run(s, COACH, { type: 'assignRole', userId: OBSERVER.userId, role: 'coach' });
    expect(pendingNames(s)).toEqual(['Robin Observer']);
    s = run(s, COACHEE, { type: 'stateChallenge', id: 'c-2', text: 'New' });
    s = run(s, OBSERVER, { type: 'stateChallenge', id: 'c-3', text: 'Newer' });
    expect(detail(s).met).toBe(false);
    expect(pendingNames(s)).toEqual(['Sam Coachee']);
  });

  it('lists both when neither agreed with the current statement', () => {
    let s = run(sessionInLearn(), OBSERVER, { type: 'join', displayName: OBSERVER.displayName });
    s = run(s, COACH, { type: 'stateChallenge', id: 'c-2', text: 'Coach words' });
    s = run(s, COACH, { type: 'assignRole', userId: OBSERVER.userId, role: 'coach' });
    expect(pendingNames(s)).toEqual(['Robin Observer', 'Sam Coachee']);
  });

  it('is met when coach and coachee agree with the current statement', () => {
    expect(detail(sessionInPlan())).toEqual({
      id: 'definitionShared',
      stage: 'learn',
      met: true,
      status: 'agreed',
      pending: [],
    });
  });

  it('is not met after the statement is removed, whatever was agreed before', () => {
    expect(detail(run(sessionInPlan(), COACH, { type: 'removeChallenge' })).met).toBe(false);
  });
});

describe('learn: optionsGenerated', () => {
  it(`needs ${MIN_OPTIONS} options and counts them`, () => {
    expect(MIN_OPTIONS).toBe(2);
    let s = sessionInLearn();
    expect(criterion(s, 'learn', 'optionsGenerated')).toMatchObject({ met: false, count: 0, needed: 2 });
    s = run(s, COACHEE, { type: 'addOption', id: 'a', text: 'A' });
    expect(criterion(s, 'learn', 'optionsGenerated')).toMatchObject({ met: false, count: 1, needed: 2 });
    s = run(s, COACH, { type: 'addOption', id: 'b', text: 'B' });
    expect(criterion(s, 'learn', 'optionsGenerated')).toMatchObject({ met: true, count: 2 });
    s = run(s, COACH, { type: 'removeOption', id: 'b' });
    expect(criterion(s, 'learn', 'optionsGenerated').met).toBe(false);
  });
});

describe('plan criteria', () => {
  it('optionChosen names the chosen option', () => {
    expect(criterion(sessionInPlan(), 'plan', 'optionChosen')).toMatchObject({ met: true, chosen: 'Ask for the data on Wednesday.' });
    const none = run(sessionInPlan(), COACH, { type: 'chooseOption', id: null });
    expect(criterion(none, 'plan', 'optionChosen')).toMatchObject({ met: false, chosen: null });
  });

  it('nextStepDated counts the steps', () => {
    expect(criterion(sessionInPlan(), 'plan', 'nextStepDated')).toMatchObject({ met: true, count: 1 });
    const two = run(sessionInPlan(), COACH, { type: 'addNextStep', id: 'n2', text: 'Two', ownerId: COACH.userId, due: NEXT_WEEK });
    expect(criterion(two, 'plan', 'nextStepDated')).toMatchObject({ count: 2 });
    const none = run(sessionInPlan(), COACH, { type: 'removeNextStep', id: IDS.step });
    expect(criterion(none, 'plan', 'nextStepDated')).toMatchObject({ met: false, count: 0 });
  });
});

describe('close criteria', () => {
  it('coacheeSummary', () => {
    expect(criterion(sessionInClose(), 'close', 'coacheeSummary').met).toBe(false);
    const s = run(sessionInClose(), COACHEE, { type: 'writeCoacheeSummary', text: 'I will.' });
    expect(criterion(s, 'close', 'coacheeSummary')).toMatchObject({ met: true });
  });

  it('followUpOnBothCalendars tells not scheduled, waiting for the coachee, and on both calendars apart', () => {
    let s = sessionInClose();
    const f = () => criterion(s, 'close', 'followUpOnBothCalendars');
    expect(f()).toMatchObject({ met: false, kind: 'statusUpdate', calendar: 'notScheduled' });
    s = run(s, COACH, { type: 'planFollowUp', kind: 'statusUpdate', start: FOLLOW_UP_START, durationMinutes: 30 });
    expect(f()).toMatchObject({ met: false, calendar: 'notScheduled' });
    s = run(s, COACH, { type: 'recordCoachEvent', eventId: 'e', iCalUId: 'i' });
    expect(f()).toMatchObject({ met: false, calendar: 'awaitingAcceptance' });
    s = run(s, COACHEE, { type: 'recordCoacheeAcceptance' });
    expect(f()).toMatchObject({ met: true, calendar: 'onBoth' });
  });

  it('followUpOnBothCalendars speaks of the decision meeting when that is the kind', () => {
    const s = run(sessionInClose(), COACH, { type: 'planFollowUp', kind: 'decisionMeeting', start: null, durationMinutes: 30 });
    expect(criterion(s, 'close', 'followUpOnBothCalendars')).toMatchObject({ kind: 'decisionMeeting', calendar: 'notScheduled' });
  });

  it('affirmationGiven', () => {
    expect(criterion(sessionInClose(), 'close', 'affirmationGiven').met).toBe(false);
    const s = run(sessionInClose(), COACH, { type: 'giveAffirmation', text: 'I have confidence in you.' });
    expect(criterion(s, 'close', 'affirmationGiven').met).toBe(true);
  });

  it('all three met in a completed session', () => {
    expect(criteriaFor(sessionCompleted(), 'close').map((c) => c.met)).toEqual([true, true, true]);
    expect(stageComplete(sessionCompleted(), 'close')).toBe(true);
  });
});
