import { confidenceSuggestion, LOW_CONFIDENCE, orderedTimeline } from '../../src/domain';
import { COACH, sessionInPlan } from '../fixtures/sessions';
import { run } from './helpers';

describe('confidenceSuggestion', () => {
  const withConfidence = (value: number) => run(sessionInPlan(), COACH, { type: 'recordConfidence', value });

  it('is silent before confidence is recorded', () => {
    expect(confidenceSuggestion(sessionInPlan())).toBeNull();
  });

  it.each([1, 2])('suggests going back to Learn at %i', (value) => {
    expect(value).toBeLessThanOrEqual(LOW_CONFIDENCE);
    const suggestion = confidenceSuggestion(withConfidence(value));
    expect(suggestion).toEqual({ goBackTo: 'learn', value });
  });

  it.each([3, 4, 5])('is silent at %i', (value) => {
    expect(confidenceSuggestion(withConfidence(value))).toBeNull();
  });

  it('is silent in Close, once the conversation has moved on', () => {
    const s = run(withConfidence(1), COACH, { type: 'advance' });
    expect(s.stage).toBe('close');
    expect(confidenceSuggestion(s)).toBeNull();
  });

  it('still shows after going back, until a new value is recorded', () => {
    let s = run(withConfidence(2), COACH, { type: 'goBack', to: 'learn' });
    expect(confidenceSuggestion(s)?.goBackTo).toBe('learn');
    s = run(s, COACH, { type: 'advance' });
    s = run(s, COACH, { type: 'recordConfidence', value: 4 });
    expect(confidenceSuggestion(s)).toBeNull();
  });
});

describe('going on to Close at low confidence', () => {
  const lastEntry = (s: ReturnType<typeof run>) => orderedTimeline(s).at(-1);

  it.each([1, 2])('is recorded on the timeline with the confidence (%i) and the reason given', (value) => {
    const s = run(run(sessionInPlan(), COACH, { type: 'recordConfidence', value }), COACH, {
      type: 'advance',
      reason: 'We will check in on Friday instead.',
    });
    expect(lastEntry(s)).toMatchObject({
      from: 'plan',
      to: 'close',
      lowConfidence: value,
      reason: 'We will check in on Friday instead.',
      forced: false,
    });
  });

  it('is recorded even without a reason: no client can go on silently', () => {
    const s = run(run(sessionInPlan(), COACH, { type: 'recordConfidence', value: 1 }), COACH, { type: 'advance' });
    expect(lastEntry(s)).toMatchObject({ to: 'close', lowConfidence: 1 });
    expect(lastEntry(s)).not.toHaveProperty('reason');
  });

  it.each([3, 4, 5])('is not marked at confidence %i', (value) => {
    const s = run(run(sessionInPlan(), COACH, { type: 'recordConfidence', value }), COACH, { type: 'advance' });
    expect(lastEntry(s)).not.toHaveProperty('lowConfidence');
  });

  it('marks only the move to Close', () => {
    const s = run(run(sessionInPlan(), COACH, { type: 'recordConfidence', value: 1 }), COACH, { type: 'goBack', to: 'learn' });
    expect(lastEntry(s)).not.toHaveProperty('lowConfidence');
  });
});
