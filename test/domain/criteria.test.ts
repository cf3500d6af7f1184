import { createSession, criteriaFor, MIN_OPTIONS, stageComplete, type Criterion, type CriterionId, type SessionState, type Stage } from '../../src/domain';
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
    ['open', [['challengeStated', 'Challenge stated']]],
    ['learn', [['definitionShared', 'Shared definition'], ['optionsGenerated', 'Options generated']]],
    ['plan', [['optionChosen', 'Option chosen'], ['nextStepDated', 'Next step with a date']]],
    ['close', [['coacheeSummary', 'Coachee summary'], ['followUpOnBothCalendars', 'Follow-up on both calendars'], ['affirmationGiven', 'Affirmation given']]],
  ] as const)('%s', (stage, expected) => {
    const list = criteriaFor(newSession(), stage);
    expect(list.map((c) => [c.id, c.label])).toEqual(expected);
    expect(list.every((c) => c.stage === stage && !c.met && c.detail.length > 0)).toBe(true);
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
    expect(criterion(newSession(), 'open', 'challengeStated').detail).toMatch(/write a first statement/);
    const s = run(newSession(), COACHEE, { type: 'stateChallenge', id: 'c', text: 'Deadlines slip' });
    expect(criterion(s, 'open', 'challengeStated')).toMatchObject({ met: true, detail: expect.stringContaining('Deadlines slip') });
    expect(criterion(run(s, COACH, { type: 'removeChallenge' }), 'open', 'challengeStated').met).toBe(false);
  });
});

describe('learn: definitionShared', () => {
  const detail = (s: SessionState) => criterion(s, 'learn', 'definitionShared');

  it('asks for a statement first', () => {
    expect(detail(newSession())).toMatchObject({ met: false, detail: 'State the challenge, then both agree on the statement.' });
  });

  it('waits for the missing participant', () => {
    const fresh = createSession({ sessionId: 's', organizerId: COACH.userId, at: T0 });
    const coachOnly = run(run(fresh, COACH, { type: 'join', displayName: 'Alex Coach' }), COACH, { type: 'stateChallenge', id: 'c', text: 't' });
    expect(detail(coachOnly)).toMatchObject({ met: false, detail: 'Waiting for a coachee to join.' });
    const coacheeOnly = run(run(fresh, COACHEE, { type: 'join', displayName: 'Sam' }), COACHEE, { type: 'stateChallenge', id: 'c', text: 't' });
    expect(detail(coacheeOnly)).toMatchObject({ met: false, detail: 'Waiting for a coach to join.' });
  });

  it('names who still has to agree', () => {
    expect(detail(sessionInLearn())).toMatchObject({ met: false, detail: 'Still to agree with the current statement: Alex Coach.' });
    const byCoach = run(newSession(), COACH, { type: 'stateChallenge', id: 'c', text: 't' });
    expect(detail(byCoach).detail).toBe('Still to agree with the current statement: Sam Coachee.');
  });

  it('counts the people in the roles now: a new coach has to agree too', () => {
    let s = run(sessionInPlan(), OBSERVER, { type: 'join', displayName: OBSERVER.displayName });
    s = run(s, COACH, { type: 'assignRole', userId: OBSERVER.userId, role: 'coach' });
    expect(detail(s).detail).toBe('Still to agree with the current statement: Robin Observer.');
    s = run(s, COACHEE, { type: 'stateChallenge', id: 'c-2', text: 'New' });
    s = run(s, OBSERVER, { type: 'stateChallenge', id: 'c-3', text: 'Newer' });
    expect(detail(s)).toMatchObject({ met: false, detail: 'Still to agree with the current statement: Sam Coachee.' });
  });

  it('lists both when neither agreed with the current statement', () => {
    let s = run(sessionInLearn(), OBSERVER, { type: 'join', displayName: OBSERVER.displayName });
    s = run(s, COACH, { type: 'stateChallenge', id: 'c-2', text: 'Coach words' });
    s = run(s, COACH, { type: 'assignRole', userId: OBSERVER.userId, role: 'coach' });
    expect(detail(s).detail).toBe('Still to agree with the current statement: Robin Observer and Sam Coachee.');
  });

  it('is met when coach and coachee agree with the current statement', () => {
    expect(detail(sessionInPlan())).toEqual({
      id: 'definitionShared',
      stage: 'learn',
      label: 'Shared definition',
      met: true,
      detail: 'Alex Coach and Sam Coachee agree on the current statement.',
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
    expect(criterion(s, 'learn', 'optionsGenerated')).toMatchObject({ met: false, detail: 'Generate at least two options (0 so far).' });
    s = run(s, COACHEE, { type: 'addOption', id: 'a', text: 'A' });
    expect(criterion(s, 'learn', 'optionsGenerated')).toMatchObject({ met: false, detail: 'Generate at least two options (1 so far).' });
    s = run(s, COACH, { type: 'addOption', id: 'b', text: 'B' });
    expect(criterion(s, 'learn', 'optionsGenerated')).toMatchObject({ met: true, detail: '2 options generated.' });
    s = run(s, COACH, { type: 'removeOption', id: 'b' });
    expect(criterion(s, 'learn', 'optionsGenerated').met).toBe(false);
  });
});

describe('plan criteria', () => {
  it('optionChosen names the chosen option', () => {
    expect(criterion(sessionInPlan(), 'plan', 'optionChosen')).toMatchObject({ met: true, detail: 'Chosen: "Ask for the data on Wednesday."' });
    const none = run(sessionInPlan(), COACH, { type: 'chooseOption', id: null });
    expect(criterion(none, 'plan', 'optionChosen')).toMatchObject({ met: false, detail: 'Choose one of the options to act on.' });
  });

  it('nextStepDated counts the steps', () => {
    expect(criterion(sessionInPlan(), 'plan', 'nextStepDated')).toMatchObject({ met: true, detail: '1 next step with an owner and a due date.' });
    const two = run(sessionInPlan(), COACH, { type: 'addNextStep', id: 'n2', text: 'Two', ownerId: COACH.userId, due: NEXT_WEEK });
    expect(criterion(two, 'plan', 'nextStepDated').detail).toBe('2 next steps with an owner and a due date.');
    const none = run(sessionInPlan(), COACH, { type: 'removeNextStep', id: IDS.step });
    expect(criterion(none, 'plan', 'nextStepDated')).toMatchObject({ met: false, detail: 'List at least one next step: what, who, and by when.' });
  });
});

describe('close criteria', () => {
  it('coacheeSummary', () => {
    expect(criterion(sessionInClose(), 'close', 'coacheeSummary').detail).toMatch(/Ask the coachee to summarise/);
    const s = run(sessionInClose(), COACHEE, { type: 'writeCoacheeSummary', text: 'I will.' });
    expect(criterion(s, 'close', 'coacheeSummary')).toMatchObject({ met: true, detail: 'The coachee summarised what they will do and by when.' });
  });

  it('followUpOnBothCalendars tells not scheduled, waiting for the coachee, and on both calendars apart', () => {
    let s = sessionInClose();
    const f = () => criterion(s, 'close', 'followUpOnBothCalendars');
    expect(f()).toMatchObject({ met: false, detail: expect.stringMatching(/^The follow-up is not scheduled yet/) });
    s = run(s, COACH, { type: 'planFollowUp', kind: 'statusUpdate', start: FOLLOW_UP_START, durationMinutes: 30 });
    expect(f()).toMatchObject({ met: false, detail: expect.stringMatching(/not scheduled yet/) });
    s = run(s, COACH, { type: 'recordCoachEvent', eventId: 'e', iCalUId: 'i' });
    expect(f()).toMatchObject({ met: false, detail: "The follow-up is on the coach's calendar, waiting for the coachee to accept." });
    s = run(s, COACHEE, { type: 'recordCoacheeAcceptance' });
    expect(f()).toMatchObject({ met: true, detail: 'The follow-up is on both calendars.' });
  });

  it('followUpOnBothCalendars speaks of the decision meeting when that is the kind', () => {
    const s = run(sessionInClose(), COACH, { type: 'planFollowUp', kind: 'decisionMeeting', start: null, durationMinutes: 30 });
    expect(criterion(s, 'close', 'followUpOnBothCalendars').detail).toMatch(/^The decision meeting is not scheduled yet/);
  });

  it('affirmationGiven', () => {
    expect(criterion(sessionInClose(), 'close', 'affirmationGiven').detail).toMatch(/State your belief/);
    const s = run(sessionInClose(), COACH, { type: 'giveAffirmation', text: 'I have confidence in you.' });
    expect(criterion(s, 'close', 'affirmationGiven').met).toBe(true);
  });

  it('all three met in a completed session', () => {
    expect(criteriaFor(sessionCompleted(), 'close').map((c) => c.met)).toEqual([true, true, true]);
    expect(stageComplete(sessionCompleted(), 'close')).toBe(true);
  });
});
