import { render, screen, within } from '@testing-library/react';
import { criteriaFor, type Role } from '../../../src/domain';
import { AppShell } from '../../../src/ui';
import { criterionReader } from '../../../src/ui/content/criterionText';
import { CriteriaList } from '../../../src/ui/components/CriteriaList';
import { COACH, COACHEE, sessionInLearn, sessionInPlan } from '../../fixtures/sessions';
import { english } from '../../fixtures/words';

function renderList(session: ReturnType<typeof sessionInLearn>, role: Role = 'coach', label = 'Criteria for Learn') {
  const selfId = role === 'coachee' ? COACHEE.userId : COACH.userId;
  render(
    <AppShell words={english}>
      <CriteriaList
        criteria={criteriaFor(session, 'learn')}
        reader={criterionReader(english, session.participants, role, selfId)}
        label={label}
      />
    </AppShell>,
  );
  return within(screen.getByRole('list', { name: label })).getAllByRole('listitem');
}

describe('CriteriaList', () => {
  it('says in words which criteria are met and which are missing', () => {
    // In Learn the coachee stated and agreed the challenge; the coach has not agreed, no options yet.
    const [shared, options] = renderList(sessionInLearn());
    expect(shared).toHaveAttribute('data-criterion', 'definitionShared');
    expect(shared).toHaveAttribute('data-met', 'false');
    expect(shared).toHaveTextContent('Shared definition (missing)');
    expect(options).toHaveAttribute('data-met', 'false');
    expect(options).toHaveTextContent('Options generated (missing)');
  });

  it('marks met criteria as met', () => {
    const items = renderList(sessionInPlan());
    expect(items.map((i) => i.getAttribute('data-met'))).toEqual(['true', 'true']);
    expect(items[0]).toHaveTextContent('Shared definition (met)');
  });

  it('words what is missing for the reader: the coach and the coachee read different sentences', () => {
    const forCoach = renderList(sessionInLearn(), 'coach', 'As coach').map((i) => i.textContent);
    const forCoachee = renderList(sessionInLearn(), 'coachee', 'As coachee').map((i) => i.textContent);
    expect(forCoach[1]).not.toEqual(forCoachee[1]);
  });

  it('keeps its icons away from assistive technology (the words carry the meaning)', () => {
    const items = renderList(sessionInLearn());
    for (const item of items) {
      expect(item.querySelector('svg')).toHaveAttribute('aria-hidden', 'true');
    }
  });
});
