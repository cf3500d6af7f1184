import { act, screen, waitFor, within } from '@testing-library/react';
import { reportCarriedDoneFromTasks } from '../../../src/app';
import { PreviousPlanReview } from '../../../src/ui/components/PreviousPlan';
import { CARRY_OVER, COACH, COACHEE, OBSERVER, sessionWithCarryOver } from '../../fixtures/sessions';
import { fakeTasks } from '../../fixtures/fakeTasks';
import { english, wordsFor } from '../../fixtures/words';
import { arrange, loadPanelParts, meeting, renderInShell, renderPanel, session } from '../helpers';

const t = english.t;
const lastTime = () =>
  within(screen.getByRole('region', { name: t('forms.previousPlan.heading', { date: english.date(CARRY_OVER.fromDate) }) }));

describe('Previous plan review (status update)', () => {
  beforeAll(loadPanelParts);

  it('shows last time’s plan in Open, and both people say what happened to each step and cause', async () => {
    const m = meeting();
    arrange(m, m.coach, CARRY_OVER);
    const { user } = renderPanel(m.coachee, COACHEE, m.clock);
    const region = lastTime();
    expect(region.getByText('I keep missing the weekly report deadline.')).toBeInTheDocument();
    expect(region.getByText(t('forms.previousPlan.chosenOption', { option: 'Ask for the data on Wednesday.' }))).toBeInTheDocument();
    const steps = region.getByRole('list', { name: t('forms.previousPlan.stepsList') });
    const [first, second] = CARRY_OVER.steps.map((step) => ({ text: step.text, owner: step.ownerName, due: english.date(step.due) }));
    const firstGroup = within(steps).getByRole('radiogroup', { name: t('forms.previousPlan.stepNameTicked', first!) });
    expect(firstGroup.closest('li')).toHaveTextContent(t('forms.previousPlan.tickedMeta'));
    await user.click(within(firstGroup).getByRole('radio', { name: t('forms.previousPlan.step.done') }));
    const secondGroup = within(steps).getByRole('radiogroup', { name: t('forms.previousPlan.stepName', second!) });
    expect(secondGroup.closest('li')).not.toHaveTextContent(t('forms.previousPlan.tickedMeta'));
    await user.click(within(secondGroup).getByRole('radio', { name: t('forms.previousPlan.step.dropped') }));
    const cause = region.getByRole('radiogroup', {
      name: t('forms.previousPlan.causeName', { text: 'The data arrives on Thursday evening.', name: COACHEE.displayName }),
    });
    await user.click(within(cause).getByRole('radio', { name: t('forms.previousPlan.cause.wrong') }));

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
    const steps = lastTime().getByRole('list', { name: t('forms.previousPlan.stepsList') });
    const ticked = t('forms.previousPlan.stepNameTicked', {
      text: 'Draft the report template',
      owner: COACHEE.displayName,
      due: english.date('2026-11-20'),
    });
    await waitFor(() => expect(within(steps).getByRole('radiogroup', { name: ticked })).toBeInTheDocument());
    stop();
  });

  it('is absent without a previous plan', () => {
    const m = meeting();
    renderPanel(m.coach, COACH, m.clock);
    expect(screen.queryByText(t('forms.previousPlan.stepsHeading'))).not.toBeInTheDocument();
  });

  it('is read-only for an observer', () => {
    const m = meeting();
    arrange(m, m.coach, CARRY_OVER);
    renderPanel(m.observer(), OBSERVER, m.clock);
    for (const radio of lastTime().getAllByRole('radio')) expect(radio).toBeDisabled();
  });

  it('reads in Arabic, right to left, with the date as Arabic readers write it', () => {
    const carriedOver = sessionWithCarryOver().carriedOver!;
    const arabic = wordsFor('ar-SA');
    const ok = () => ({ ok: true as const });
    renderInShell(<PreviousPlanReview carriedOver={carriedOver} role="coach" onReviewStep={ok} onReviewCause={ok} />, arabic);
    const region = screen.getByRole('region', { name: `المرة الماضية (${arabic.date(carriedOver.fromDate)})` });
    expect(region.closest('[dir]')).toHaveAttribute('dir', 'rtl');
    expect(arabic.date(carriedOver.fromDate)).not.toBe(english.date(carriedOver.fromDate));
    expect(within(region).getAllByRole('radio', { name: 'منجزة' })).toHaveLength(2);
    expect(within(region).getByRole('radio', { name: 'تبيّن أنه خاطئ' })).toBeInTheDocument();
  });
});
