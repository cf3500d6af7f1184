import { screen, within } from '@testing-library/react';
import { ContributionList } from '../../../src/ui/components/ContributionList';
import { COACH, COACHEE, MINUTE } from '../../fixtures/sessions';
import { english, wordsFor } from '../../fixtures/words';
import { meeting, renderInShell, renderPanel, session, toLearn, toPlan, loadPanelParts } from '../helpers';

const t = english.t;

function section(name: string) {
  return within(screen.getByRole('region', { name }));
}

describe('ContributionList', () => {
  beforeAll(loadPanelParts);

  it('asks the coach to ask, and invites the coachee to think, under each new item', () => {
    const m = meeting();
    toLearn(m);
    const hints = (view: ReturnType<typeof renderPanel>) =>
      [t('forms.causes.new'), t('forms.options.new')]
        .map((name) => within(view.container).getByRole('textbox', { name }).getAttribute('aria-describedby') ?? '')
        .map((ids) =>
          ids
            .split(' ')
            .map((id) => view.container.ownerDocument.getElementById(id)?.textContent ?? '')
            .join(' '),
        );
    const coachView = renderPanel(m.coach, COACH, m.clock);
    const forCoach = hints(coachView);
    coachView.unmount();
    const forCoachee = hints(renderPanel(m.coachee, COACHEE, m.clock));
    expect(forCoach).toEqual([t('forms.causes.hint.coach'), t('forms.options.hint.coach')]);
    expect(forCoachee).toEqual([t('forms.causes.hint.coachee'), t('forms.options.hint.coachee')]);
    expect(forCoach.every((hint) => hint.startsWith('Ask'))).toBe(true);
    expect(forCoachee.some((hint) => hint.startsWith('Ask'))).toBe(false);
  });

  it('adds, edits and removes causes', async () => {
    const m = meeting();
    toLearn(m);
    const { user } = renderPanel(m.coachee, COACHEE, m.clock);
    const causes = section(t('forms.causes.title'));
    expect(causes.getByText(t('forms.causes.none'))).toBeInTheDocument();

    await user.type(causes.getByRole('textbox', { name: t('forms.causes.new') }), 'The data arrives on Thursday evening{Enter}');
    expect(Object.values(session(m.coach).causes).map((c) => c.text)).toEqual(['The data arrives on Thursday evening']);
    expect(causes.getByRole('textbox', { name: t('forms.causes.new') })).toHaveValue('');

    await user.click(causes.getByRole('button', { name: t('forms.causes.editItem', { text: 'The data arrives on Thursday evening' }) }));
    const edit = causes.getByRole('textbox', { name: t('forms.causes.edit') });
    expect(edit).toHaveValue('The data arrives on Thursday evening');
    await user.clear(edit);
    await user.type(edit, 'The data arrives late on Thursdays');
    await user.click(causes.getByRole('button', { name: t('forms.causes.save') }));
    expect(Object.values(session(m.coach).causes).map((c) => c.text)).toEqual(['The data arrives late on Thursdays']);

    await user.click(causes.getByRole('button', { name: t('forms.causes.removeItem', { text: 'The data arrives late on Thursdays' }) }));
    expect(session(m.coach).causes).toEqual({});
    expect(causes.getByText(t('forms.causes.none'))).toBeInTheDocument();
  });

  it('shows who proposed each option, in their own words', async () => {
    const m = meeting();
    toLearn(m);
    const coachee = renderPanel(m.coachee, COACHEE, m.clock);
    await coachee.user.type(
      within(coachee.container).getByRole('textbox', { name: t('forms.options.new') }),
      'Ask for the data on Wednesday{Enter}',
    );
    coachee.unmount();
    // Lists follow the order things were said; the fake clock must move for that order to exist.
    m.clock.advance(MINUTE);

    const { user } = renderPanel(m.coach, COACH, m.clock);
    const options = section(t('forms.options.title'));
    await user.type(options.getByRole('textbox', { name: t('forms.options.new') }), 'Move the report to Monday');
    await user.click(options.getByRole('button', { name: t('forms.options.add') }));

    const items = within(options.getByRole('list')).getAllByRole('listitem');
    expect(items.map((li) => li.textContent)).toEqual([
      `Ask for the data on Wednesday ${t('forms.options.proposedBy', { name: COACHEE.displayName })}`,
      `Move the report to Monday ${t('forms.options.proposedBy', { name: COACH.displayName })}`,
    ]);
  });

  it('shows a rejected edit inline and keeps the edited text', async () => {
    const m = meeting();
    toLearn(m);
    const { user } = renderPanel(m.coachee, COACHEE, m.clock);
    const options = section(t('forms.options.title'));
    await user.type(options.getByRole('textbox', { name: t('forms.options.new') }), 'Ask for the data on Wednesday{Enter}');
    await user.click(options.getByRole('button', { name: t('forms.options.editItem', { text: 'Ask for the data on Wednesday' }) }));
    const edit = options.getByRole('textbox', { name: t('forms.options.edit') });
    await user.clear(edit);
    await user.type(edit, '   ');
    await user.click(options.getByRole('button', { name: t('forms.options.save') }));

    expect(options.getByRole('alert')).not.toBeEmptyDOMElement();
    expect(edit).toHaveAttribute('aria-invalid', 'true');
    expect(edit).toHaveValue('   ');
    expect(Object.values(session(m.coach).options).map((o) => o.text)).toEqual(['Ask for the data on Wednesday']);
  });

  it('speaks Arabic, right to left, naming who proposed each option', () => {
    const m = meeting();
    toPlan(m);
    const s = session(m.coach);
    const ok = () => ({ ok: true as const });
    renderInShell(
      <ContributionList kind="option" items={s.options} participants={s.participants} role="coach" onAdd={ok} onEdit={ok} onRemove={ok} />,
      wordsFor('ar-SA'),
    );
    const options = within(screen.getByRole('region', { name: 'الخيارات' }));
    // The panel reads right to left; the field takes the direction of what is typed.
    const field = options.getByRole('textbox', { name: 'خيار جديد' });
    expect(field).toHaveAttribute('dir', 'auto');
    expect(field.parentElement?.closest('[dir]')).toHaveAttribute('dir', 'rtl');
    expect(within(options.getByRole('list')).getAllByRole('listitem')[0]).toHaveTextContent('— اقترحه Sam Coachee');
    expect(options.getByRole('button', { name: 'تعديل الخيار: Ask for the data on Wednesday.' })).toBeInTheDocument();
  });
});
