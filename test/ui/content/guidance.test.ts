import { STAGES, SUGGESTED_AFFIRMATIONS } from '../../../src/domain';
import { GUIDANCE } from '../../../src/ui/content/guidance';

describe('GUIDANCE', () => {
  it.each(STAGES)('%s has a purpose, 4–6 open coach questions and 2–3 coachee hints', (stage) => {
    const g = GUIDANCE[stage];
    expect(g.purpose.coach).toMatch(/^[A-Z].+\.$/);
    expect(g.purpose.coachee).toMatch(/^[A-Z].+\.$/);
    expect(g.coachPrompts.length).toBeGreaterThanOrEqual(4);
    expect(g.coachPrompts.length).toBeLessThanOrEqual(6);
    for (const prompt of g.coachPrompts) expect(prompt).toMatch(/\?$/);
    expect(g.coacheePrompts.length).toBeGreaterThanOrEqual(2);
    expect(g.coacheePrompts.length).toBeLessThanOrEqual(3);
    const all = [g.purpose.coach, g.purpose.coachee, ...g.coachPrompts, ...g.coacheePrompts];
    expect(new Set(all).size).toBe(all.length);
  });

  it('Close covers the summary, both calendars, the decision meeting and the statement of belief', () => {
    const close = GUIDANCE.close.coachPrompts.join(' ');
    expect(close).toMatch(/what you will do and by when/);
    expect(close).toMatch(/both calendars/);
    expect(close).toMatch(/decision/);
    expect(close).toMatch(/I believe you can/);
  });

  it('Learn invites redefining the challenge', () => {
    expect(GUIDANCE.learn.coachPrompts.join(' ')).toMatch(/statement of the challenge still fit/);
  });
});

describe('SUGGESTED_AFFIRMATIONS', () => {
  it('offers 3–4 distinct, complete sentences', () => {
    expect(SUGGESTED_AFFIRMATIONS.length).toBeGreaterThanOrEqual(3);
    expect(SUGGESTED_AFFIRMATIONS.length).toBeLessThanOrEqual(4);
    expect(new Set(SUGGESTED_AFFIRMATIONS).size).toBe(SUGGESTED_AFFIRMATIONS.length);
    for (const a of SUGGESTED_AFFIRMATIONS) expect(a).toMatch(/^[A-Z].{20,}[.!]$/);
  });
});
