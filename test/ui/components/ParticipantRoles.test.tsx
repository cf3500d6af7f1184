import { screen, within } from '@testing-library/react';
import { roleOf } from '../../../src/domain';
import { COACH, COACHEE, OBSERVER } from '../../fixtures/sessions';
import { loadPanelParts, meeting, renderPanel, session } from '../helpers';

describe('ParticipantRoles', () => {
  beforeAll(loadPanelParts);

  it('lets the coach pick a different coachee in a meeting of three', async () => {
    const m = meeting();
    const observer = m.observer();
    const { user } = renderPanel(m.coach, COACH, m.clock);
    await user.click(screen.getByText('People (3)'));
    const people = screen.getByRole('list', { name: 'People (3)' });
    expect(within(people).getByText(`${OBSERVER.displayName} — Observer`)).toBeInTheDocument();

    await user.selectOptions(await screen.findByRole('combobox', { name: 'Coachee' }), OBSERVER.displayName);
    const s = session(observer);
    expect(roleOf(s, OBSERVER.userId)).toBe('coachee');
    expect(roleOf(s, COACHEE.userId)).toBe('observer');
    expect(within(people).getByText(`${COACHEE.displayName} — Observer`)).toBeInTheDocument();
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
    expect(screen.getByText(`${COACH.displayName} — Coachee (you)`)).toBeInTheDocument();
  });

  it('shows the coachee who is who, with nothing to change', async () => {
    const m = meeting();
    const { user } = renderPanel(m.coachee, COACHEE, m.clock);
    await user.click(screen.getByText('People (2)'));
    expect(screen.getByText(`${COACHEE.displayName} — Coachee (you)`)).toBeInTheDocument();
    expect(screen.getByText(`${COACH.displayName} — Coach`)).toBeInTheDocument();
    expect(screen.queryByRole('combobox')).not.toBeInTheDocument();
  });
});
