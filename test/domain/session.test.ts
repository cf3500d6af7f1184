import { createSession, criteriaFor, LIMITS, pathTaken, roleOf, stageComplete, STAGES, timelineFrom } from '../../src/domain';
import {
  bigSession,
  COACH,
  COACHEE,
  IDS,
  newSession,
  sessionCompleted,
  sessionInClose,
  sessionInLearn,
  sessionInPlan,
  sessionReadyToClose,
  T0,
} from '../fixtures/sessions';

describe('createSession', () => {
  it('starts in Open with the timeline started by the organizer and nothing captured', () => {
    const s = createSession({ sessionId: 's-1', organizerId: 'u-org', at: T0 });
    expect(s).toEqual({
      sessionId: 's-1',
      createdAt: T0,
      organizerId: 'u-org',
      participants: {},
      stage: 'open',
      timeline: timelineFrom([{ id: 'start', seq: 0, at: T0, actorId: 'u-org', from: null, to: 'open', forced: false }]),
      challenge: { versions: {}, currentId: null, agreedBy: {} },
      causes: {},
      options: {},
      chosenOptionId: null,
      nextSteps: {},
      confidence: null,
      coacheeSummary: null,
      affirmation: null,
      followUp: { kind: 'statusUpdate', start: null, durationMinutes: 30, coachEvent: null, coacheeAcceptedAt: null, chatSummary: null },
      carriedOver: null,
    });
  });

  it('gives each session its own objects', () => {
    const a = createSession({ sessionId: 'a', organizerId: 'u', at: 1 });
    const b = createSession({ sessionId: 'b', organizerId: 'u', at: 1 });
    expect(a.timeline).not.toBe(b.timeline);
    expect(a.followUp).not.toBe(b.followUp);
  });
});

describe('fixtures hold what they promise', () => {
  it('newSession: coach and coachee joined, in Open', () => {
    const s = newSession();
    expect(s.stage).toBe('open');
    expect(roleOf(s, COACH.userId)).toBe('coach');
    expect(roleOf(s, COACHEE.userId)).toBe('coachee');
  });

  it('sessionInLearn: in Learn with a statement only the coachee agreed to', () => {
    const s = sessionInLearn();
    expect(s.stage).toBe('learn');
    expect(s.challenge.currentId).toBe(IDS.challenge);
    expect(s.challenge.agreedBy).toEqual({ [COACHEE.userId]: IDS.challenge });
  });

  it('sessionInPlan: Learn and Plan complete, no confidence yet', () => {
    const s = sessionInPlan();
    expect(s.stage).toBe('plan');
    expect(stageComplete(s, 'learn')).toBe(true);
    expect(stageComplete(s, 'plan')).toBe(true);
    expect(s.confidence).toBeNull();
    expect(s.chosenOptionId).toBe(IDS.optionByCoachee);
  });

  it('sessionReadyToClose and sessionInClose', () => {
    expect(sessionReadyToClose().confidence?.value).toBe(4);
    const close = sessionInClose();
    expect(close.stage).toBe('close');
    expect(pathTaken(close)).toEqual(['open', 'learn', 'plan', 'close']);
    expect(criteriaFor(close, 'close').every((c) => !c.met)).toBe(true);
  });

  it('sessionCompleted meets every criterion of every stage', () => {
    const s = sessionCompleted();
    expect(STAGES.every((st) => stageComplete(s, st))).toBe(true);
  });

  it('bigSession has the requested size, within the limits, with loops', () => {
    const s = bigSession({ timelineEntries: 1000, items: 300 });
    expect(s.timeline.size).toBe(1000);
    expect(pathTaken(s)).toHaveLength(1000);
    const items = Object.keys(s.causes).length + Object.keys(s.options).length + Object.keys(s.nextSteps).length;
    expect(items).toBe(300);
    for (const c of [s.causes, s.options, s.nextSteps]) {
      expect(Object.keys(c).length).toBeLessThanOrEqual(LIMITS.itemsPerCollection);
    }
    const path = pathTaken(s);
    expect(path.filter((st) => st === 'open').length).toBeGreaterThan(100);
    expect(path).not.toContain('close');
  });

  it('bigSession refuses sizes beyond the limits', () => {
    expect(() => bigSession({ timelineEntries: LIMITS.timelineEntries + 1 })).toThrow();
    expect(() => bigSession({ items: 3 * LIMITS.itemsPerCollection + 1 })).toThrow();
  });
});
