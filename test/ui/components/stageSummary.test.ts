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

describe('stageSummaryOf', () => {
  it('keeps the closure out of the way until Close, unless part of it already exists', () => {
    expect(stageSummaryOf(sessionInLearn()).closureStarted).toBe(false);
    expect(stageSummaryOf(sessionInPlan()).closureStarted).toBe(false);
    const planned = play(sessionInPlan(), COACH, {
      type: 'planFollowUp',
      kind: 'statusUpdate',
      start: FOLLOW_UP_START,
      durationMinutes: 30,
    });
    expect(stageSummaryOf(planned).closureStarted).toBe(true);
    expect(stageSummaryOf(sessionCompleted()).closureStarted).toBe(true);
  });

  it('separates the chosen option from the others and names whose words each is', () => {
    const summary = stageSummaryOf(sessionInPlan());
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
    const completed = stageSummaryOf(sessionCompleted());
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

  it('names the roles in lower case, for use inside sentences, while nobody holds them', () => {
    const empty = stageSummaryOf(createSession({ sessionId: SESSION_ID, organizerId: null, at: T0 }));
    expect([empty.coachName, empty.coacheeName]).toEqual(['the coach', 'the coachee']);
    const coachOnly = play(
      createSession({ sessionId: SESSION_ID, organizerId: COACH.userId, at: T0 }),
      COACH,
      { type: 'join', displayName: COACH.displayName },
      MINUTE,
    );
    expect(stageSummaryOf(coachOnly).coacheeName).toBe('the coachee');
    expect(stageSummaryOf(coachOnly).followUp.coacheeCalendar).toBe('notSent');
  });
});
