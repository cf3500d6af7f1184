import { criteriaFor, STAGES, type SessionState } from '../../../src/domain';
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
} from '../../fixtures/sessions';

// Each role reads criteria worded for itself: the coach is asked to ask, the
// coachee is spoken to as "you", never as "the coachee" or by their own name.

/** Sessions that between them put every criterion in each of its states. */
function sessions(): SessionState[] {
  let close = sessionInClose();
  const states = [newSession(), sessionInLearn(), sessionInPlan(), close];
  close = run(close, COACH, { type: 'planFollowUp', kind: 'statusUpdate', start: FOLLOW_UP_START, durationMinutes: 30 });
  close = run(close, COACH, { type: 'recordCoachEvent', eventId: 'e', iCalUId: 'i' });
  states.push(close, run(close, COACHEE, { type: 'recordCoacheeAcceptance' }), sessionCompleted());
  return states;
}

const everyCriterion = () => sessions().flatMap((s) => STAGES.flatMap((stage) => criteriaFor(s, stage).map((c) => ({ s, c }))));

describe('criteria worded per role', () => {
  it('speak to the coachee as "you", never about them', () => {
    for (const { s, c } of everyCriterion()) {
      const reader = criterionReader(s.participants, 'coachee', COACHEE.userId);
      const text = `${criterionLabel(c, reader)} ${criterionDetail(c, reader)}`;
      expect(text).not.toMatch(/the coachee|Sam Coachee|Coachee summary/i);
    }
  });

  it('never tell the coach what only the coachee does as if the coach did it', () => {
    for (const { s, c } of everyCriterion()) {
      const reader = criterionReader(s.participants, 'coach', COACH.userId);
      expect(criterionDetail(c, reader)).not.toMatch(/^(Summarise|Sum up|Accept the invite|Say what you want)/);
    }
  });

  it('differ between coach and coachee wherever something is still to do', () => {
    let differing = 0;
    for (const { s, c } of everyCriterion()) {
      if (c.met) continue;
      const forCoach = criterionDetail(c, criterionReader(s.participants, 'coach', COACH.userId));
      const forCoachee = criterionDetail(c, criterionReader(s.participants, 'coachee', COACHEE.userId));
      if (forCoach !== forCoachee) differing++;
    }
    expect(differing).toBeGreaterThan(5);
  });

  it('ask the reader who still has to agree to the statement, and name the other one', () => {
    const s = sessionInLearn();
    const c = criteriaFor(s, 'learn').find((x) => x.id === 'definitionShared')!;
    expect(criterionDetail(c, criterionReader(s.participants, 'coach', COACH.userId))).toMatch(/^Agree/);
    expect(criterionDetail(c, criterionReader(s.participants, 'coachee', COACHEE.userId))).toContain(COACH.displayName);
  });
});
