import { fireEvent, screen, within } from '@testing-library/react';
import { addDays } from '../../../src/domain';
import { NextSteps } from '../../../src/ui/components/NextSteps';
import { COACH, COACHEE, NEXT_WEEK, TODAY } from '../../fixtures/sessions';
import { english, wordsFor } from '../../fixtures/words';
import { meeting, renderInShell, renderPanel, session, toPlan, toPlanReady, loadPanelParts } from '../helpers';

const t = english.t;

function section(name: string) {
  return within(screen.getByRole('region', { name }));
}

describe('Plan capture', () => {
  beforeAll(loadPanelParts);

  it('chooses an option with the radio group', async () => {
    const m = meeting();
    toPlan(m);
    const { user } = renderPanel(m.coachee, COACHEE, m.clock);
    const group = section(t('forms.chooser.heading')).getByRole('radiogroup', { name: t('forms.chooser.label') });
    await user.click(within(group).getByRole('radio', { name: /Move the report to Monday/ }));
    expect(session(m.coach).chosenOptionId).toBe('opt-2');
    const name = `Move the report to Monday. ${t('forms.options.proposedBy', { name: COACH.displayName })}`;
    expect(within(group).getByRole('radio', { name })).toBeChecked();
  });

  it('adds a next step with an owner and a due date, marks it done and removes it', async () => {
    const m = meeting();
    toPlan(m);
    const { user } = renderPanel(m.coach, COACH, m.clock);
    const steps = section(t('forms.nextSteps.heading'));
    expect(steps.getByText(t('forms.nextSteps.none'))).toBeInTheDocument();

    const owner = steps.getByRole('combobox', { name: t('forms.nextSteps.ownerLabel') });
    expect(
      within(owner)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['Sam Coachee (coachee)', 'Alex Coach (coach)']);
    await user.type(steps.getByRole('textbox', { name: t('forms.nextSteps.textLabel') }), 'Book the hand-over meeting');
    await user.selectOptions(owner, 'Alex Coach (coach)');
    fireEvent.change(steps.getByLabelText(t('forms.nextSteps.dueLabel')), { target: { value: NEXT_WEEK } });
    await user.click(steps.getByRole('button', { name: t('forms.nextSteps.add') }));

    const [step] = Object.values(session(m.coach).nextSteps);
    expect(step).toMatchObject({ text: 'Book the hand-over meeting', ownerId: COACH.userId, due: NEXT_WEEK, done: false });
    expect(steps.getByText(t('forms.nextSteps.meta', { owner: COACH.displayName, due: english.date(NEXT_WEEK) }))).toBeInTheDocument();

    await user.click(steps.getByRole('checkbox', { name: 'Book the hand-over meeting' }));
    expect(Object.values(session(m.coach).nextSteps)[0]?.done).toBe(true);
    expect(steps.getByRole('checkbox', { name: 'Book the hand-over meeting' })).toBeChecked();
    expect(steps.getByText(t('forms.nextSteps.metaDone', { owner: COACH.displayName, due: english.date(NEXT_WEEK) }))).toBeInTheDocument();

    await user.click(steps.getByRole('button', { name: t('forms.nextSteps.removeItem', { text: 'Book the hand-over meeting' }) }));
    expect(session(m.coach).nextSteps).toEqual({});
  });

  it('says at each field what is wrong with a new step, dates in the user’s own format, and adds nothing', async () => {
    const m = meeting();
    toPlan(m);
    const { user } = renderPanel(m.coach, COACH, m.clock);
    const steps = section(t('forms.nextSteps.heading'));
    const text = steps.getByRole('textbox', { name: t('forms.nextSteps.textLabel') });
    const due = steps.getByLabelText(t('forms.nextSteps.dueLabel'));
    const add = steps.getByRole('button', { name: t('forms.nextSteps.add') });

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
    expect(due).toHaveAccessibleDescription(expect.stringContaining(english.date(TODAY)));
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
    const steps = section(t('forms.nextSteps.heading'));
    await user.click(
      steps.getByRole('button', { name: t('forms.nextSteps.editItem', { text: 'Agree a Wednesday hand-over with the data team.' }) }),
    );

    const text = steps.getByRole('textbox', { name: t('forms.nextSteps.editLabel') });
    await user.clear(text);
    await user.click(steps.getByRole('button', { name: t('forms.nextSteps.save') }));
    expect(text).toHaveAttribute('aria-invalid', 'true');
    expect(session(m.coach).nextSteps['step-1']?.text).toBe('Agree a Wednesday hand-over with the data team.');

    await user.type(text, 'Agree a Tuesday hand-over');
    await user.selectOptions(steps.getByRole('combobox', { name: t('forms.nextSteps.editOwnerLabel') }), 'Alex Coach (coach)');
    await user.click(steps.getByRole('button', { name: t('forms.nextSteps.save') }));
    expect(session(m.coach).nextSteps['step-1']).toMatchObject({
      text: 'Agree a Tuesday hand-over',
      ownerId: COACH.userId,
      due: NEXT_WEEK,
    });
    expect(steps.queryByRole('textbox', { name: t('forms.nextSteps.editLabel') })).not.toBeInTheDocument();
    expect(steps.getByRole('checkbox', { name: 'Agree a Tuesday hand-over' })).toBeInTheDocument();
  });

  it('lets the coach record confidence, and only shows the coachee whether it is recorded', async () => {
    const m = meeting();
    toPlanReady(m);
    const coachView = renderPanel(m.coach, COACH, m.clock);
    const coach = within(within(coachView.container).getByRole('region', { name: t('forms.confidence.heading') }));
    expect(coach.getByRole('radiogroup', { name: t('forms.confidence.questionNamed', { name: COACHEE.displayName }) })).toBeInTheDocument();
    await coachView.user.click(coach.getByRole('radio', { name: '5' }));
    await coachView.user.click(coach.getByRole('button', { name: t('forms.confidence.record') }));
    expect(session(m.coach).confidence?.value).toBe(5);
    expect(coach.getByText(t('forms.confidence.recorded', { value: '5', max: '5' }))).toBeInTheDocument();
    coachView.unmount();

    renderPanel(m.coachee, COACHEE, m.clock);
    const coachee = section(t('forms.confidence.heading'));
    expect(coachee.getByText(t('forms.confidence.coachRecorded'))).toBeInTheDocument();
    expect(coachee.queryByRole('radio')).not.toBeInTheDocument();
  });

  it('suggests going back to Learn when the recorded confidence is low', async () => {
    const m = meeting();
    toPlanReady(m);
    const { user } = renderPanel(m.coach, COACH, m.clock);
    const confidence = section(t('forms.confidence.heading'));
    expect(confidence.queryByText(t('forms.confidence.lowSuggestion'))).not.toBeInTheDocument();
    await user.click(confidence.getByRole('radio', { name: '1' }));
    await user.click(confidence.getByRole('button', { name: t('forms.confidence.record') }));
    expect(confidence.getByText(t('forms.confidence.lowSuggestion'))).toBeInTheDocument();

    m.clock.advance(60_000);
    await user.click(confidence.getByRole('button', { name: t('forms.confidence.goBackToLearn') }));
    expect(session(m.coach).stage).toBe('learn');
  });

  it('names each owner by role in German, and dates in the German way', () => {
    const m = meeting();
    toPlanReady(m);
    const s = session(m.coach);
    const ok = () => ({ ok: true as const });
    const german = wordsFor('de-DE');
    renderInShell(
      <NextSteps
        steps={s.nextSteps}
        participants={s.participants}
        role="coach"
        today={TODAY}
        onAdd={ok}
        onEdit={ok}
        onSetDone={ok}
        onRemove={ok}
      />,
      german,
    );
    const steps = within(screen.getByRole('region', { name: 'Nächste Schritte' }));
    expect(
      within(steps.getByRole('combobox', { name: 'Verantwortlich' }))
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['Sam Coachee (Coachee)', 'Alex Coach (Coach)']);
    expect(steps.getByText(`Sam Coachee, bis ${german.date(NEXT_WEEK)}`)).toBeInTheDocument();
    expect(german.date(NEXT_WEEK)).toBe('02.12.2026');
  });
});
