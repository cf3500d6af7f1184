import { STAGES, type Role } from '../../../src/domain';
import { GUIDANCE, guidanceFor, guidanceReader } from '../../../src/ui/content/guidance';
import { stagePurpose } from '../../../src/ui/components/Guidance';
import { english, wordsFor } from '../../fixtures/words';

const ROLES: readonly Role[] = ['coach', 'coachee', 'observer'];
const german = wordsFor('de-DE');
const arabic = wordsFor('ar-SA');

describe('GUIDANCE', () => {
  it.each(STAGES)('%s has a purpose per reader, 4–6 coach questions and 2–3 coachee hints, all distinct', (stage) => {
    const g = GUIDANCE[stage];
    expect(g.prompts.coach.length).toBeGreaterThanOrEqual(4);
    expect(g.prompts.coach.length).toBeLessThanOrEqual(6);
    expect(g.prompts.coachee.length).toBeGreaterThanOrEqual(2);
    expect(g.prompts.coachee.length).toBeLessThanOrEqual(3);
    const ids = [g.purpose.coach, g.purpose.coachee, ...g.prompts.coach, ...g.prompts.coachee];
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id.startsWith(`guidance.${stage}.`)).toBe(true);
  });

  it.each(STAGES)('%s: the coach is given open questions to ask, in every language', (stage) => {
    for (const words of [english, german, arabic]) {
      // Arabic ends a question with its own question mark.
      for (const id of GUIDANCE[stage].prompts.coach) expect(words.t(id)).toMatch(/[?؟]$/);
      for (const id of [GUIDANCE[stage].purpose.coach, GUIDANCE[stage].purpose.coachee]) expect(words.t(id)).toMatch(/\.$/);
    }
  });

  it('Close covers the summary, both calendars, the decision meeting and the statement of belief', () => {
    expect(GUIDANCE.close.prompts.coach).toEqual(
      expect.arrayContaining([
        'guidance.close.ask.sumUp',
        'guidance.close.ask.calendars',
        'guidance.close.ask.decision',
        'guidance.close.ask.belief',
      ]),
    );
  });

  it('Learn invites redefining the challenge, to the coach and to the coachee', () => {
    expect(GUIDANCE.learn.prompts.coach).toContain('guidance.learn.ask.restate');
    expect(GUIDANCE.learn.prompts.coachee).toContain('guidance.learn.hint.restate');
  });
});

describe('guidanceFor', () => {
  it('gives the coach and observers questions to ask, the coachee hints of their own', () => {
    expect(ROLES.map(guidanceReader)).toEqual(['coach', 'coachee', 'coach']);
    for (const stage of STAGES) {
      const coach = guidanceFor(english, stage, 'coach');
      const coachee = guidanceFor(english, stage, 'coachee');
      expect(guidanceFor(english, stage, 'observer')).toEqual(coach);
      expect(coach.title).toBe(english.t('guidance.prompts.questions'));
      expect(coachee.title).toBe(english.t('guidance.prompts.hints'));
      expect(coach.prompts).toEqual(GUIDANCE[stage].prompts.coach.map((id) => english.t(id)));
      expect(coachee.prompts).toEqual(GUIDANCE[stage].prompts.coachee.map((id) => english.t(id)));
      expect(coach.purpose).not.toBe(coachee.purpose);
    }
  });

  it('speaks German to a German reader, formally', () => {
    const open = guidanceFor(german, 'open', 'coach');
    expect(open.title).toBe('Fragen, die Sie stellen können');
    expect(open.prompts[0]).toBe('Worauf möchten Sie sich heute konzentrieren?');
    expect(stagePurpose(german, 'plan', 'coachee')).toBe(german.t('guidance.plan.purpose.coachee'));
    for (const stage of STAGES) {
      const all = [...guidanceFor(german, stage, 'coach').prompts, ...guidanceFor(german, stage, 'coachee').prompts];
      for (const sentence of all) expect(sentence).not.toMatch(/\b(du|dich|dir|dein\w*)\b/i);
    }
  });

  it('says what a stage is for, per role', () => {
    expect(stagePurpose(english, 'close', 'coach')).toBe(english.t('guidance.close.purpose.coach'));
    expect(stagePurpose(english, 'close', 'observer')).toBe(english.t('guidance.close.purpose.coach'));
    expect(stagePurpose(english, 'close', 'coachee')).toBe(english.t('guidance.close.purpose.coachee'));
  });
});
