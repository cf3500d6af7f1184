import { render, screen, within } from '@testing-library/react';
import { criteriaFor } from '../../../src/domain';
import { AppShell } from '../../../src/ui';
import { CriteriaList } from '../../../src/ui/components/CriteriaList';
import { sessionInLearn, sessionInPlan } from '../../fixtures/sessions';

function renderList(criteria: ReturnType<typeof criteriaFor>, label = 'Criteria for Learn') {
  render(
    <AppShell>
      <CriteriaList criteria={criteria} label={label} />
    </AppShell>,
  );
  return within(screen.getByRole('list', { name: label })).getAllByRole('listitem');
}

describe('CriteriaList', () => {
  it('says in words which criteria are met and which are missing, with the detail sentence', () => {
    // In Learn the coachee stated and agreed the challenge; the coach has not agreed, no options yet.
    const criteria = criteriaFor(sessionInLearn(), 'learn');
    const [shared, options] = renderList(criteria);
    expect(shared).toHaveTextContent('Shared definition (missing)');
    expect(shared).toHaveTextContent('Still to agree with the current statement: Alex Coach.');
    expect(options).toHaveTextContent('Options generated (missing)');
    expect(options).toHaveTextContent('Generate at least two options (0 so far).');
  });

  it('marks met criteria as met', () => {
    const items = renderList(criteriaFor(sessionInPlan(), 'learn'));
    expect(items[0]).toHaveTextContent('Shared definition (met)');
    expect(items[1]).toHaveTextContent('Options generated (met)');
    expect(items[1]).toHaveTextContent('2 options generated.');
  });

  it('keeps its icons away from assistive technology (the words carry the meaning)', () => {
    const items = renderList(criteriaFor(sessionInLearn(), 'learn'));
    for (const item of items) {
      expect(item.querySelector('svg')).toHaveAttribute('aria-hidden', 'true');
    }
  });
});
