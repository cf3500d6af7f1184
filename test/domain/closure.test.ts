import { LIMITS } from '../../src/domain';
import {
  attempt,
  COACH,
  COACHEE,
  DAY,
  deepFreeze,
  FOLLOW_UP_START,
  MINUTE,
  newSession,
  sessionInClose,
  sessionInLearn,
  sessionInPlan,
  T0,
} from '../fixtures/sessions';
import { expectRejected, run } from './helpers';

const NOW = 60 * MINUTE;
const follow = (start: number | null, kind: 'statusUpdate' | 'decisionMeeting' = 'statusUpdate', durationMinutes = 30) =>
  ({ type: 'planFollowUp', kind, start, durationMinutes }) as const;
const planned = () => run(sessionInClose(), COACH, follow(FOLLOW_UP_START), NOW);
const onCoachCalendar = () => run(planned(), COACH, { type: 'recordCoachEvent', eventId: 'evt-1', iCalUId: 'ical-1' }, NOW + MINUTE);

describe('recordConfidence', () => {
  it('is recorded in Plan and in Close', () => {
    expect(run(sessionInPlan(), COACH, { type: 'recordConfidence', value: 3 }, NOW).confidence).toEqual({ value: 3, at: T0 + NOW });
    expect(run(sessionInClose(), COACH, { type: 'recordConfidence', value: 5 }, NOW).confidence).toEqual({ value: 5, at: T0 + NOW });
  });

  it('is refused before there is a plan', () => {
    const msg = 'confidenceNeedsPlan';
    expectRejected(newSession(), COACH, { type: 'recordConfidence', value: 4 }, 'conflict', msg);
    expectRejected(sessionInLearn(), COACH, { type: 'recordConfidence', value: 4 }, 'conflict', msg);
  });
});

describe('writeCoacheeSummary and giveAffirmation', () => {
  it('the coachee writes the summary, in any stage', () => {
    for (const s of [newSession(), sessionInLearn(), sessionInClose()]) {
      expect(run(s, COACHEE, { type: 'writeCoacheeSummary', text: ' I will do X by Friday. ' }, NOW).coacheeSummary).toEqual({
        text: 'I will do X by Friday.',
        authorId: COACHEE.userId,
        at: T0 + NOW,
      });
    }
  });

  it('the coach gives the affirmation', () => {
    expect(run(sessionInClose(), COACH, { type: 'giveAffirmation', text: 'I believe in you.' }, NOW).affirmation).toEqual({
      text: 'I believe in you.',
      at: T0 + NOW,
    });
  });
});

describe('planFollowUp', () => {
  it('sets kind, start and length and leaves the calendar state alone', () => {
    const s = run(sessionInClose(), COACH, follow(FOLLOW_UP_START, 'decisionMeeting', 45), NOW);
    expect(s.followUp).toEqual({
      kind: 'decisionMeeting',
      start: FOLLOW_UP_START,
      durationMinutes: 45,
      coachEvent: null,
      coacheeAcceptedAt: null,
      chatSummary: null,
    });
  });

  it('accepts no time yet', () => {
    expect(run(sessionInClose(), COACH, follow(null, 'decisionMeeting'), NOW).followUp).toMatchObject({
      start: null,
      kind: 'decisionMeeting',
    });
  });

  it('must be in the future, measured from the command time', () => {
    expectRejected(sessionInClose(), COACH, follow(T0 + NOW), 'invalid', { key: 'followUpInPast', start: T0 + NOW }, NOW);
    expectRejected(sessionInClose(), COACH, follow(T0 + NOW - MINUTE), 'invalid', 'followUpInPast', NOW);
    expectRejected(sessionInClose(), COACH, follow(0), 'invalid', 'followUpInPast', NOW);
    expect(run(sessionInClose(), COACH, follow(T0 + NOW + 1), NOW).followUp.start).toBe(T0 + NOW + 1);
  });

  it(`must be within ${LIMITS.maxDaysAhead} days`, () => {
    const limit = T0 + NOW + LIMITS.maxDaysAhead * DAY;
    expect(run(sessionInClose(), COACH, follow(limit), NOW).followUp.start).toBe(limit);
    expectRejected(
      sessionInClose(),
      COACH,
      follow(limit + 1),
      'invalid',
      {
        key: 'followUpTooFar',
        start: limit + 1,
        maxDays: LIMITS.maxDaysAhead,
      },
      NOW,
    );
  });

  it('checks the length in the schema', () => {
    expect(attempt(sessionInClose(), COACH, follow(FOLLOW_UP_START, 'statusUpdate', 4), NOW)).toEqual({
      ok: false,
      code: 'invalid',
      reason: { key: 'invalidField', field: 'durationMinutes', problem: 'tooSmall', min: 5 },
    });
    expect(attempt(sessionInClose(), COACH, follow(FOLLOW_UP_START, 'statusUpdate', 481), NOW)).toMatchObject({ code: 'invalid' });
  });

  it('is refused once the event is on the calendar', () => {
    expectRejected(onCoachCalendar(), COACH, follow(FOLLOW_UP_START + DAY), 'conflict', 'followUpOnCalendar', NOW + 2 * MINUTE);
  });
});

describe('recordCoachEvent', () => {
  it('needs a follow-up time first', () => {
    expectRejected(sessionInClose(), COACH, { type: 'recordCoachEvent', eventId: 'e', iCalUId: 'i' }, 'conflict', 'followUpNeedsTime');
  });

  it('records the event once', () => {
    expect(onCoachCalendar().followUp.coachEvent).toEqual({ eventId: 'evt-1', iCalUId: 'ical-1', at: T0 + NOW + MINUTE });
  });

  it('a retry with the same iCalUId changes nothing', () => {
    const s = deepFreeze(onCoachCalendar());
    const again = attempt(s, COACH, { type: 'recordCoachEvent', eventId: 'evt-1-retry', iCalUId: 'ical-1' }, NOW + 5 * MINUTE);
    expect(again).toEqual({ ok: true, state: s });
  });

  it('a different event is refused: it would be a second invite', () => {
    expectRejected(
      onCoachCalendar(),
      COACH,
      { type: 'recordCoachEvent', eventId: 'evt-2', iCalUId: 'ical-2' },
      'conflict',
      'otherFollowUpEvent',
    );
  });
});

describe('recordCoacheeAcceptance', () => {
  it('needs an invite first', () => {
    expectRejected(planned(), COACHEE, { type: 'recordCoacheeAcceptance' }, 'conflict', 'noInviteYet');
  });

  it('records when the coachee accepted, and keeps the first time on a retry', () => {
    const s = run(onCoachCalendar(), COACHEE, { type: 'recordCoacheeAcceptance' }, NOW + 3 * MINUTE);
    expect(s.followUp.coacheeAcceptedAt).toBe(T0 + NOW + 3 * MINUTE);
    const again = run(s, COACHEE, { type: 'recordCoacheeAcceptance' }, NOW + 9 * MINUTE);
    expect(again.followUp.coacheeAcceptedAt).toBe(T0 + NOW + 3 * MINUTE);
  });
});

describe('recordChatSummary', () => {
  it('keeps posted once posted: a later lost answer elsewhere does not make it uncertain again', () => {
    const uncertain = run(onCoachCalendar(), COACH, { type: 'recordChatSummary', state: 'uncertain' }, NOW + 2 * MINUTE);
    expect(uncertain.followUp.chatSummary?.state).toBe('uncertain');
    const posted = run(uncertain, COACH, { type: 'recordChatSummary', state: 'posted' }, NOW + 3 * MINUTE);
    expect(posted.followUp.chatSummary).toEqual({ state: 'posted', at: T0 + NOW + 3 * MINUTE });
    const again = run(posted, COACH, { type: 'recordChatSummary', state: 'uncertain' }, NOW + 4 * MINUTE);
    expect(again.followUp.chatSummary).toEqual(posted.followUp.chatSummary);
  });

  it('is the coach’s alone', () => {
    expectRejected(onCoachCalendar(), COACHEE, { type: 'recordChatSummary', state: 'posted' }, 'forbidden', {
      key: 'roleMayNot',
      command: 'recordChatSummary',
    });
  });
});
