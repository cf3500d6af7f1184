import { act, screen, waitFor, within } from '@testing-library/react';
import { reportCarriedDoneFromTasks } from '../../../src/app';
import { CARRY_OVER, COACH, COACHEE, OBSERVER } from '../../fixtures/sessions';
import { fakeTasks } from '../../fixtures/fakeTasks';
import { arrange, loadPanelParts, meeting, renderPanel, session } from '../helpers';

const lastTime = () => within(screen.getByRole('region', { name: /^Last time/ }));

describe('Previous plan review (status update)', () => {
  beforeAll(loadPanelParts);

  it('shows last time’s plan in Open, and both people say what happened to each step and cause', async () => {
    const m = meeting();
    arrange(m, m.coach, CARRY_OVER);
    const { user } = renderPanel(m.coachee, COACHEE, m.clock);
    const region = lastTime();
    expect(region.getByText('I keep missing the weekly report deadline.')).toBeInTheDocument();
    const steps = region.getByRole('list', { name: 'Next steps from last time' });
    const first = within(steps).getByRole('radiogroup', { name: /^Agree a Wednesday hand-over — Sam Coachee/ });
    expect(first).toHaveAccessibleName(/, already ticked done \(last time, or since in To Do\)$/);
    expect(first.closest('li')).toHaveTextContent('· already ticked done (last time, or since in To Do)');
    await user.click(within(first).getByRole('radio', { name: 'Done' }));
    const second = within(steps).getByRole('radiogroup', { name: /^Draft the report template/ });
    await user.click(within(second).getByRole('radio', { name: 'Dropped' }));
    const cause = region.getByRole('radiogroup', { name: /The data arrives on Thursday evening/ });
    await user.click(within(cause).getByRole('radio', { name: 'Turned out wrong' }));

    const carried = session(m.coach).carriedOver!;
    expect(carried.steps['prev-step-1']!.review).toBe('done');
    expect(carried.steps['prev-step-2']!.review).toBe('dropped');
    expect(carried.causes['prev-cause-1']!.review).toBe('wrong');
    expect(screen.getByRole('list', { name: 'Criteria for Open' })).toHaveTextContent('Previous plan reviewed (met)');
  });

  it('shows the coach a step the coachee ticked in their own To Do since, as their client reports it', async () => {
    const m = meeting();
    const todo = fakeTasks({ sessions: ['s-previous'] });
    todo.seed({ sessionId: 's-previous', stepId: 'prev-step-2', text: 'Draft the report template', due: '2026-11-20', done: true });
    const stop = reportCarriedDoneFromTasks({ store: m.coachee, userId: COACHEE.userId, tasks: async () => todo.gateway });
    renderPanel(m.coach, COACH, m.clock);
    act(() => arrange(m, m.coach, CARRY_OVER));
    const steps = lastTime().getByRole('list', { name: 'Next steps from last time' });
    await waitFor(() =>
      expect(within(steps).getByRole('radiogroup', { name: /^Draft the report template/ })).toHaveAccessibleName(/already ticked done/),
    );
    stop();
  });

  it('is absent without a previous plan', () => {
    const m = meeting();
    renderPanel(m.coach, COACH, m.clock);
    expect(screen.queryByRole('region', { name: /^Last time/ })).not.toBeInTheDocument();
  });

  it('is read-only for an observer', () => {
    const m = meeting();
    arrange(m, m.coach, CARRY_OVER);
    renderPanel(m.observer(), OBSERVER, m.clock);
    for (const radio of lastTime().getAllByRole('radio')) expect(radio).toBeDisabled();
  });
});
