import { act, screen, within } from '@testing-library/react';
import { roleOf } from '../../../src/domain';
import { COACH, COACHEE, OBSERVER } from '../../fixtures/sessions';
import { loadPanelParts, meeting, renderPanel, session } from '../helpers';

/** The People list's entry for `name`, e.g. "Sam Coachee — Coachee · here now". */
function person(name: string) {
  const people = screen.getByRole('list', { name: /^People \(\d+\)$/ });
  return within(people)
    .getAllByRole('listitem')
    .find((li) => li.textContent?.startsWith(`${name} — `));
}

describe('ParticipantRoles', () => {
  beforeAll(loadPanelParts);

  it('lets the coach pick a different coachee in a meeting of three', async () => {
    const m = meeting();
    const observer = m.observer();
    const { user } = renderPanel(m.coach, COACH, m.clock);
    await user.click(screen.getByText('People (3)'));
    expect(person(OBSERVER.displayName)).toHaveTextContent(`${OBSERVER.displayName} — Observer`);

    await user.selectOptions(await screen.findByRole('combobox', { name: 'Coachee' }), OBSERVER.displayName);
    const s = session(observer);
    expect(roleOf(s, OBSERVER.userId)).toBe('coachee');
    expect(roleOf(s, COACHEE.userId)).toBe('observer');
    expect(person(COACHEE.displayName)).toHaveTextContent(`${COACHEE.displayName} — Observer`);
  });

  it('lets the coach hand the coach role over, taking the other role in exchange', async () => {
    const m = meeting();
    const { user } = renderPanel(m.coach, COACH, m.clock);
    await user.click(screen.getByText('People (2)'));
    const handOver = await screen.findByRole('button', { name: 'Hand over coaching' });
    expect(handOver).toBeDisabled();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Hand the coach role to' }), COACHEE.displayName);
    await user.click(handOver);
    const s = session(m.coachee);
    expect([roleOf(s, COACH.userId), roleOf(s, COACHEE.userId)]).toEqual(['coachee', 'coach']);
    // Now a coachee, the former coach sees the roles but can no longer change them.
    expect(screen.queryByRole('combobox', { name: 'Coachee' })).not.toBeInTheDocument();
    expect(person(COACH.displayName)).toHaveTextContent(`${COACH.displayName} — Coachee (you)`);
  });

  it('shows the coachee who is who, with nothing to change', async () => {
    const m = meeting();
    const { user } = renderPanel(m.coachee, COACHEE, m.clock);
    await user.click(screen.getByText('People (2)'));
    expect(person(COACHEE.displayName)).toHaveTextContent(`${COACHEE.displayName} — Coachee (you)`);
    expect(person(COACH.displayName)).toHaveTextContent(`${COACH.displayName} — Coach`);
    expect(screen.queryByRole('combobox')).not.toBeInTheDocument();
  });

  it('shows who has the panel open now, and drops someone who closed it', async () => {
    const m = meeting();
    const { user } = renderPanel(m.coach, COACH, m.clock);
    await user.click(screen.getByText('People (2)'));
    expect(screen.getByText('· 2 here now')).toBeInTheDocument();
    expect(person(COACHEE.displayName)).toHaveTextContent('here now');

    act(() => m.coachee.close());
    expect(await screen.findByText('· 1 here now')).toBeInTheDocument();
    expect(person(COACHEE.displayName)).not.toHaveTextContent('here now');
    expect(person(COACH.displayName)).toHaveTextContent('here now');
  });
});
