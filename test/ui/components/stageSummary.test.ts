import { createSession } from '../../../src/domain';
import { stageSummaryOf } from '../../../src/ui/components/StageSummary';
import {
  COACH,
  COACHEE,
  FOLLOW_UP_START,
  IDS,
  MINUTE,
  NEXT_WEEK,
  play,
  sessionCompleted,
  sessionInLearn,
  sessionInPlan,
  SESSION_ID,
  T0,
} from '../../fixtures/sessions';
import { english } from '../../fixtures/words';

describe('stageSummaryOf', () => {
  it('keeps the closure out of the way until Close, unless part of it already exists', () => {
    expect(stageSummaryOf(english, sessionInLearn()).closureStarted).toBe(false);
    expect(stageSummaryOf(english, sessionInPlan()).closureStarted).toBe(false);
    const planned = play(sessionInPlan(), COACH, {
      type: 'planFollowUp',
      kind: 'statusUpdate',
      start: FOLLOW_UP_START,
      durationMinutes: 30,
    });
    expect(stageSummaryOf(english, planned).closureStarted).toBe(true);
    expect(stageSummaryOf(english, sessionCompleted()).closureStarted).toBe(true);
  });

  it('separates the chosen option from the others and names whose words each is', () => {
    const summary = stageSummaryOf(english, sessionInPlan());
    expect(summary.chosenOption).toEqual({
      id: IDS.optionByCoachee,
      text: 'Ask for the data on Wednesday.',
      authorName: COACHEE.displayName,
    });
    expect(summary.otherOptions).toEqual([{ id: IDS.optionByCoach, text: 'Move the report to Monday.', authorName: COACH.displayName }]);
    expect(summary.steps).toEqual([
      {
        id: IDS.step,
        text: 'Agree a Wednesday hand-over with the data team.',
        ownerName: COACHEE.displayName,
        due: NEXT_WEEK,
        done: false,
      },
    ]);
  });

  it('gives each calendar its state as the closure goes on', () => {
    const completed = stageSummaryOf(english, sessionCompleted());
    expect(completed.followUp).toEqual({
      kind: 'statusUpdate',
      start: FOLLOW_UP_START,
      durationMinutes: 30,
      coachCalendar: 'created',
      coacheeCalendar: 'accepted',
    });
    expect(completed.summary?.byName).toBe(COACHEE.displayName);
    expect(completed.affirmation?.byName).toBe(COACH.displayName);
  });

  it('names nobody while nobody holds a role, so the sentences can say "the coach" in their own words', () => {
    const empty = stageSummaryOf(english, createSession({ sessionId: SESSION_ID, organizerId: null, at: T0 }));
    expect([empty.coachName, empty.coacheeName]).toEqual([null, null]);
    const coachOnly = play(
      createSession({ sessionId: SESSION_ID, organizerId: COACH.userId, at: T0 }),
      COACH,
      { type: 'join', displayName: COACH.displayName },
      MINUTE,
    );
    expect(stageSummaryOf(english, coachOnly).coachName).toBe(COACH.displayName);
    expect(stageSummaryOf(english, coachOnly).coacheeName).toBeNull();
    expect(stageSummaryOf(english, coachOnly).followUp.coacheeCalendar).toBe('notSent');
  });
});
