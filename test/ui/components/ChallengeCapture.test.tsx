import { screen, within } from '@testing-library/react';
import { COACH, COACHEE } from '../../fixtures/sessions';
import { meeting, renderPanel, session, toLearn, loadPanelParts } from '../helpers';

describe('ChallengeCapture', () => {
  beforeAll(loadPanelParts);

  it('states the challenge in Open, then offers to restate it', async () => {
    const m = meeting();
    const { user } = renderPanel(m.coachee, COACHEE, m.clock);
    expect(screen.getByText('No challenge or opportunity stated yet.')).toBeInTheDocument();

    await user.type(
      screen.getByRole('textbox', { name: 'State the challenge or opportunity' }),
      'I keep missing the weekly report deadline.',
    );
    await user.click(screen.getByRole('button', { name: 'State challenge' }));

    const s = session(m.coach);
    expect(s.challenge.versions[s.challenge.currentId!]?.text).toBe('I keep missing the weekly report deadline.');
    expect(screen.getByText('I keep missing the weekly report deadline.')).toBeInTheDocument();
    expect(screen.getByText(/Stated by Sam Coachee/)).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Restate the challenge' })).toHaveValue('');
    expect(screen.getByRole('list', { name: 'Criteria for Open' })).toHaveTextContent('Challenge stated (met)');
  });

  it('in Learn, keeps earlier versions visible and lets each person agree to the current one', async () => {
    const m = meeting();
    toLearn(m);
    const coachView = renderPanel(m.coach, COACH, m.clock);
    const coach = within(coachView.container);
    const { user } = coachView;

    expect(coach.getByRole('heading', { name: 'Definition of the challenge' })).toBeInTheDocument();
    expect(coach.getByText(/Agreed by Sam Coachee\./)).toBeInTheDocument();

    await user.type(coach.getByRole('textbox', { name: 'Restate the challenge' }), 'The data for the weekly report arrives too late.');
    await user.click(coach.getByRole('button', { name: 'Restate challenge' }));

    const earlier = coach.getByRole('list', { name: 'Earlier versions of the challenge' });
    expect(earlier).toHaveTextContent('I keep missing the weekly report deadline.');
    expect(coach.getByText('The data for the weekly report arrives too late.')).toBeInTheDocument();
    // The author of a new statement agrees to it by stating it; the coachee has not yet.
    expect(coach.getByText(/Agreed by Alex Coach\./)).toBeInTheDocument();
    expect(coach.getByText('You agreed to this definition.')).toBeInTheDocument();

    const coacheeView = renderPanel(m.coachee, COACHEE, m.clock);
    await coacheeView.user.click(within(coacheeView.container).getByRole('button', { name: 'Agree to this definition' }));
    expect(coach.getByText(/Agreed by (Alex Coach and Sam Coachee|Sam Coachee and Alex Coach)\./)).toBeInTheDocument();
    expect(coach.getByRole('list', { name: 'Criteria for Learn' })).toHaveTextContent('Shared definition (met)');
  });
});
