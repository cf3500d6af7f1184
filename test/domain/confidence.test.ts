import { confidenceSuggestion, LOW_CONFIDENCE } from '../../src/domain';
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
    expect(suggestion?.goBackTo).toBe('learn');
    expect(suggestion?.message).toMatch(/missing from the plan/);
    expect(suggestion?.message).toMatch(/Learn/);
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
