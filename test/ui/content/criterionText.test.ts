import { criteriaFor, STAGES, type Criterion, type SessionState } from '../../../src/domain';
import { criterionDetail, criterionLabel, criterionReader } from '../../../src/ui/content/criterionText';
import { run } from '../../domain/helpers';
import {
  COACH,
  COACHEE,
  FOLLOW_UP_START,
  newSession,
  sessionCompleted,
  sessionInClose,
  sessionInLearn,
  sessionInPlan,
  sessionWithCarryOver,
} from '../../fixtures/sessions';
import { english, wordsFor } from '../../fixtures/words';

// Each role reads criteria worded for itself: the coach is asked to ask, the
// coachee is spoken to as "you", never as "the coachee" or by their own name.

/** Sessions that between them put every criterion in each of its states. */
function sessions(): SessionState[] {
  let close = sessionInClose();
  const states = [newSession(), sessionWithCarryOver(), sessionInLearn(), sessionInPlan(), close];
  close = run(close, COACH, { type: 'planFollowUp', kind: 'statusUpdate', start: FOLLOW_UP_START, durationMinutes: 30 });
  close = run(close, COACH, { type: 'recordCoachEvent', eventId: 'e', iCalUId: 'i' });
  states.push(close, run(close, COACHEE, { type: 'recordCoacheeAcceptance' }), sessionCompleted());
  return states;
}

const everyCriterion = () => sessions().flatMap((s) => STAGES.flatMap((stage) => criteriaFor(s, stage).map((c) => ({ s, c }))));

const find = (s: SessionState, id: Criterion['id']): Criterion =>
  STAGES.flatMap((stage) => criteriaFor(s, stage)).find((c) => c.id === id)!;

describe('criteria worded per role', () => {
  it('speak to the coachee as "you", never about them', () => {
    for (const { s, c } of everyCriterion()) {
      const reader = criterionReader(english, s.participants, 'coachee', COACHEE.userId);
      const text = `${criterionLabel(english, c, reader)} ${criterionDetail(english, c, reader)}`;
      expect(text).not.toContain(english.t('guidance.reader.coachee'));
      expect(text).not.toContain(COACHEE.displayName);
      expect(text).not.toContain(english.t('guidance.criterion.coacheeSummary.label'));
    }
  });

  it('never tell the coach what only the coachee does as if the coach did it', () => {
    const coacheeOnly = [
      english.t('guidance.criterion.coacheeSummary.sumUp'),
      english.t('guidance.criterion.followUpOnBothCalendars.acceptInvite'),
      english.t('guidance.criterion.challengeStated.say'),
      english.t('guidance.criterion.optionChosen.choose'),
    ];
    for (const { s, c } of everyCriterion()) {
      const reader = criterionReader(english, s.participants, 'coach', COACH.userId);
      expect(coacheeOnly).not.toContain(criterionDetail(english, c, reader));
    }
  });

  it('differ between coach and coachee wherever something is still to do', () => {
    let differing = 0;
    for (const { s, c } of everyCriterion()) {
      if (c.met) continue;
      const forCoach = criterionDetail(english, c, criterionReader(english, s.participants, 'coach', COACH.userId));
      const forCoachee = criterionDetail(english, c, criterionReader(english, s.participants, 'coachee', COACHEE.userId));
      if (forCoach !== forCoachee) differing++;
    }
    expect(differing).toBeGreaterThan(5);
  });

  it('ask the reader who still has to agree to the statement, and name the other one', () => {
    const s = sessionInLearn();
    const c = find(s, 'definitionShared');
    expect(criterionDetail(english, c, criterionReader(english, s.participants, 'coach', COACH.userId))).toBe(
      english.t('guidance.criterion.definitionShared.agreeYourself'),
    );
    expect(criterionDetail(english, c, criterionReader(english, s.participants, 'coachee', COACHEE.userId))).toBe(
      english.t('guidance.criterion.definitionShared.waitingForOthers', { others: COACH.displayName }),
    );
  });

  it('ask the coach to ask, tell the coachee to act, and tell an observer what stands', () => {
    const s = sessionInLearn();
    const c = find(s, 'optionsGenerated');
    const detail = (role: 'coach' | 'coachee' | 'observer') =>
      criterionDetail(english, c, criterionReader(english, s.participants, role, role === 'coach' ? COACH.userId : null));
    const values = { needed: 2, count: 0 };
    expect(detail('coach')).toBe(english.t('guidance.criterion.optionsGenerated.ask', values));
    expect(detail('coachee')).toBe(english.t('guidance.criterion.optionsGenerated.think', values));
    expect(detail('observer')).toBe(english.t('guidance.criterion.optionsGenerated.needed', values));
    expect(detail('coach')).toBe('Ask for at least 2 options (0 so far).');
  });

  it('name the coachee’s summary as theirs only to the coachee', () => {
    const c = find(sessionInClose(), 'coacheeSummary');
    expect(criterionLabel(english, c, { role: 'coachee' })).toBe(english.t('guidance.criterion.coacheeSummary.labelOwn'));
    expect(criterionLabel(english, c, { role: 'coach' })).toBe(english.t('guidance.criterion.coacheeSummary.label'));
  });

  it('use neutral stand-ins before the pair has joined', () => {
    const reader = criterionReader(english, {}, 'observer', null);
    expect(reader.coachName).toBe(english.t('guidance.reader.coach'));
    expect(reader.coacheeName).toBe(english.t('guidance.reader.coachee'));
  });
});

describe('criteria in German', () => {
  const german = wordsFor('de-DE');

  it('count options and steps with German plurals', () => {
    const plan = sessionInPlan();
    const reader = criterionReader(german, plan.participants, 'coach', COACH.userId);
    const options = find(plan, 'optionsGenerated');
    expect(criterionDetail(german, options, reader)).toMatch(/^\d+ Optionen zur Auswahl\.$/);
    expect(criterionDetail(german, { ...options, count: 1, needed: 1 } as Criterion, reader)).toBe('1 Option zur Auswahl.');
    expect(criterionLabel(german, options, reader)).toBe('Optionen gesammelt');
  });

  it('name the coachee and the kind of follow-up for the coach', () => {
    const close = sessionInClose();
    const reader = criterionReader(german, close.participants, 'coach', COACH.userId);
    const followUp = find(close, 'followUpOnBothCalendars');
    expect(criterionDetail(german, followUp, reader)).toBe(
      `Tragen Sie den Folgetermin in beide Kalender ein, während ${COACHEE.displayName} zusieht.`,
    );
    const decision = { ...followUp, kind: 'decisionMeeting' } as Criterion;
    expect(criterionDetail(german, decision, reader)).toContain('das Entscheidungsgespräch');
  });
});
