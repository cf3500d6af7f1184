import { fireEvent, screen, within } from '@testing-library/react';
import { addDays } from '../../../src/domain';
import { COACH, COACHEE, NEXT_WEEK, TODAY } from '../../fixtures/sessions';
import { meeting, renderPanel, session, toPlan, toPlanReady, loadPanelParts } from '../helpers';

function section(name: string) {
  return within(screen.getByRole('region', { name }));
}

describe('Plan capture', () => {
  beforeAll(loadPanelParts);

  it('chooses an option with the radio group', async () => {
    const m = meeting();
    toPlan(m);
    const { user } = renderPanel(m.coachee, COACHEE, m.clock);
    const group = section('Chosen option').getByRole('radiogroup', { name: 'Option to carry out' });
    await user.click(within(group).getByRole('radio', { name: /Move the report to Monday/ }));
    expect(session(m.coach).chosenOptionId).toBe('opt-2');
    expect(within(group).getByRole('radio', { name: /Move the report to Monday\. — proposed by Alex Coach/ })).toBeChecked();
  });

  it('adds a next step with an owner and a due date, marks it done and removes it', async () => {
    const m = meeting();
    toPlan(m);
    const { user } = renderPanel(m.coach, COACH, m.clock);
    const steps = section('Next steps');
    expect(steps.getByText('No next steps yet: what, who, and by when.')).toBeInTheDocument();

    const owner = steps.getByRole('combobox', { name: 'Owner' });
    expect(
      within(owner)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['Sam Coachee (coachee)', 'Alex Coach (coach)']);
    await user.type(steps.getByRole('textbox', { name: 'Next step' }), 'Book the hand-over meeting');
    await user.selectOptions(owner, 'Alex Coach (coach)');
    fireEvent.change(steps.getByLabelText('Due date'), { target: { value: NEXT_WEEK } });
    await user.click(steps.getByRole('button', { name: 'Add next step' }));

    const [step] = Object.values(session(m.coach).nextSteps);
    expect(step).toMatchObject({ text: 'Book the hand-over meeting', ownerId: COACH.userId, due: NEXT_WEEK, done: false });
    expect(steps.getByText(/Alex Coach, by/)).toBeInTheDocument();

    await user.click(steps.getByRole('checkbox', { name: 'Book the hand-over meeting' }));
    expect(Object.values(session(m.coach).nextSteps)[0]?.done).toBe(true);
    expect(steps.getByRole('checkbox', { name: 'Book the hand-over meeting' })).toBeChecked();

    await user.click(steps.getByRole('button', { name: 'Remove next step: Book the hand-over meeting' }));
    expect(session(m.coach).nextSteps).toEqual({});
  });

  it('says at each field what is wrong with a new step, dates in the user’s own format, and adds nothing', async () => {
    const m = meeting();
    toPlan(m);
    const { user } = renderPanel(m.coach, COACH, m.clock);
    const steps = section('Next steps');
    const text = steps.getByRole('textbox', { name: 'Next step' });
    const due = steps.getByLabelText('Due date');
    const add = steps.getByRole('button', { name: 'Add next step' });

    // Nothing typed, no date: both fields say so, nothing is sent.
    await user.click(add);
    expect(text).toHaveAttribute('aria-invalid', 'true');
    expect(due).toHaveAttribute('aria-invalid', 'true');
    expect(session(m.coach).nextSteps).toEqual({});

    // A date before today: the due date field names today as the user writes dates.
    await user.type(text, 'Book the hand-over meeting');
    fireEvent.change(due, { target: { value: addDays(TODAY, -3) } });
    await user.click(add);
    expect(text).not.toHaveAttribute('aria-invalid', 'true');
    expect(due).toHaveAttribute('aria-invalid', 'true');
    const todayInWords = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeZone: 'UTC' }).format(
      new Date(`${TODAY}T00:00:00Z`),
    );
    expect(due).toHaveAccessibleDescription(expect.stringContaining(todayInWords));
    expect(due).not.toHaveAccessibleDescription(/YYYY/);
    expect(session(m.coach).nextSteps).toEqual({});

    // Fixed at the field: the message goes as the date changes, and the step is added.
    fireEvent.change(due, { target: { value: NEXT_WEEK } });
    expect(due).not.toHaveAttribute('aria-invalid', 'true');
    await user.click(add);
    expect(Object.values(session(m.coach).nextSteps)).toHaveLength(1);
  });

  it('edits a next step in place: rewording, new owner and date; an empty text is refused and kept', async () => {
    const m = meeting();
    toPlanReady(m);
    const { user } = renderPanel(m.coachee, COACHEE, m.clock);
    const steps = section('Next steps');
    await user.click(steps.getByRole('button', { name: 'Edit next step: Agree a Wednesday hand-over with the data team.' }));

    const text = steps.getByRole('textbox', { name: 'Edit next step' });
    await user.clear(text);
    await user.click(steps.getByRole('button', { name: 'Save next step' }));
    expect(steps.getByText('A next step cannot be empty.')).toBeInTheDocument();
    expect(session(m.coach).nextSteps['step-1']?.text).toBe('Agree a Wednesday hand-over with the data team.');

    await user.type(text, 'Agree a Tuesday hand-over');
    await user.selectOptions(steps.getByRole('combobox', { name: 'Owner of this step' }), 'Alex Coach (coach)');
    await user.click(steps.getByRole('button', { name: 'Save next step' }));
    expect(session(m.coach).nextSteps['step-1']).toMatchObject({
      text: 'Agree a Tuesday hand-over',
      ownerId: COACH.userId,
      due: NEXT_WEEK,
    });
    expect(steps.queryByRole('textbox', { name: 'Edit next step' })).not.toBeInTheDocument();
    expect(steps.getByRole('checkbox', { name: 'Agree a Tuesday hand-over' })).toBeInTheDocument();
  });

  it('lets the coach record confidence, and only shows the coachee whether it is recorded', async () => {
    const m = meeting();
    toPlanReady(m);
    const coachView = renderPanel(m.coach, COACH, m.clock);
    const coach = within(within(coachView.container).getByRole('region', { name: 'Confidence in the plan' }));
    await coachView.user.click(coach.getByRole('radio', { name: '5' }));
    await coachView.user.click(coach.getByRole('button', { name: 'Record confidence' }));
    expect(session(m.coach).confidence?.value).toBe(5);
    expect(coach.getByText('Recorded: 5 of 5.')).toBeInTheDocument();
    coachView.unmount();

    renderPanel(m.coachee, COACHEE, m.clock);
    const coachee = section('Confidence in the plan');
    expect(coachee.getByText('The coach has recorded their confidence.')).toBeInTheDocument();
    expect(coachee.queryByRole('radio')).not.toBeInTheDocument();
  });

  it('suggests going back to Learn when the recorded confidence is low', async () => {
    const m = meeting();
    toPlanReady(m);
    const { user } = renderPanel(m.coach, COACH, m.clock);
    const confidence = section('Confidence in the plan');
    await user.click(confidence.getByRole('radio', { name: '1' }));
    await user.click(confidence.getByRole('button', { name: 'Record confidence' }));
    expect(confidence.getByText(/Low confidence usually means something is missing/)).toBeInTheDocument();

    m.clock.advance(60_000);
    await user.click(confidence.getByRole('button', { name: 'Go back to Learn' }));
    expect(session(m.coach).stage).toBe('learn');
  });
});
