import { screen, within } from '@testing-library/react';
import { COACH, COACHEE, MINUTE } from '../../fixtures/sessions';
import { meeting, renderPanel, session, toLearn, loadPanelParts } from '../helpers';

function section(name: string) {
  return within(screen.getByRole('region', { name }));
}

describe('ContributionList', () => {
  beforeAll(loadPanelParts);

  it('asks the coach to ask, and invites the coachee to think, under each new item', () => {
    const m = meeting();
    toLearn(m);
    const hints = (view: ReturnType<typeof renderPanel>) =>
      ['New cause', 'New option']
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
    expect(forCoach.every((hint) => hint.startsWith('Ask'))).toBe(true);
    expect(forCoachee.some((hint) => hint.startsWith('Ask'))).toBe(false);
    expect(forCoachee).not.toEqual(forCoach);
  });

  it('adds, edits and removes causes', async () => {
    const m = meeting();
    toLearn(m);
    const { user } = renderPanel(m.coachee, COACHEE, m.clock);
    const causes = section('Causes');
    expect(causes.getByText('No causes yet.')).toBeInTheDocument();

    await user.type(causes.getByRole('textbox', { name: 'New cause' }), 'The data arrives on Thursday evening{Enter}');
    expect(Object.values(session(m.coach).causes).map((c) => c.text)).toEqual(['The data arrives on Thursday evening']);
    expect(causes.getByRole('textbox', { name: 'New cause' })).toHaveValue('');

    await user.click(causes.getByRole('button', { name: 'Edit cause: The data arrives on Thursday evening' }));
    const edit = causes.getByRole('textbox', { name: 'Edit cause' });
    expect(edit).toHaveValue('The data arrives on Thursday evening');
    await user.clear(edit);
    await user.type(edit, 'The data arrives late on Thursdays');
    await user.click(causes.getByRole('button', { name: 'Save cause' }));
    expect(Object.values(session(m.coach).causes).map((c) => c.text)).toEqual(['The data arrives late on Thursdays']);

    await user.click(causes.getByRole('button', { name: 'Remove cause: The data arrives late on Thursdays' }));
    expect(session(m.coach).causes).toEqual({});
    expect(causes.getByText('No causes yet.')).toBeInTheDocument();
  });

  it('shows who proposed each option, in their own words', async () => {
    const m = meeting();
    toLearn(m);
    const coachee = renderPanel(m.coachee, COACHEE, m.clock);
    await coachee.user.type(within(coachee.container).getByRole('textbox', { name: 'New option' }), 'Ask for the data on Wednesday{Enter}');
    coachee.unmount();
    // Lists follow the order things were said; the fake clock must move for that order to exist.
    m.clock.advance(MINUTE);

    const { user } = renderPanel(m.coach, COACH, m.clock);
    await user.type(section('Options').getByRole('textbox', { name: 'New option' }), 'Move the report to Monday');
    await user.click(section('Options').getByRole('button', { name: 'Add option' }));

    const items = within(section('Options').getByRole('list')).getAllByRole('listitem');
    expect(items.map((li) => li.textContent)).toEqual([
      'Ask for the data on Wednesday — proposed by Sam Coachee',
      'Move the report to Monday — proposed by Alex Coach',
    ]);
  });

  it('shows a rejected edit inline and keeps the edited text', async () => {
    const m = meeting();
    toLearn(m);
    const { user } = renderPanel(m.coachee, COACHEE, m.clock);
    const options = section('Options');
    await user.type(options.getByRole('textbox', { name: 'New option' }), 'Ask for the data on Wednesday{Enter}');
    await user.click(options.getByRole('button', { name: 'Edit option: Ask for the data on Wednesday' }));
    const edit = options.getByRole('textbox', { name: 'Edit option' });
    await user.clear(edit);
    await user.type(edit, '   ');
    await user.click(options.getByRole('button', { name: 'Save option' }));

    expect(options.getByRole('alert')).toHaveTextContent('An option cannot be empty.');
    expect(edit).toHaveValue('   ');
    expect(Object.values(session(m.coach).options).map((o) => o.text)).toEqual(['Ask for the data on Wednesday']);
  });
});
