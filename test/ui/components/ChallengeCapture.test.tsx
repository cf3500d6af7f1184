import { screen, within } from '@testing-library/react';
import { ChallengeCapture } from '../../../src/ui/components/ChallengeCapture';
import { COACH, COACHEE } from '../../fixtures/sessions';
import { english, wordsFor } from '../../fixtures/words';
import { meeting, renderInShell, renderPanel, session, toLearn, loadPanelParts } from '../helpers';

const t = english.t;

describe('ChallengeCapture', () => {
  beforeAll(loadPanelParts);

  it('lets what is typed run in its own direction (English in an Arabic panel keeps its full stop)', () => {
    const m = meeting();
    renderPanel(m.coachee, COACHEE, m.clock);
    expect(screen.getByRole('textbox', { name: t('forms.challenge.stateLabel') })).toHaveAttribute('dir', 'auto');
  });

  it('states the challenge in Open, then offers to restate it', async () => {
    const m = meeting();
    const { user } = renderPanel(m.coachee, COACHEE, m.clock);
    expect(screen.getByText(t('forms.challenge.none'))).toBeInTheDocument();

    await user.type(screen.getByRole('textbox', { name: t('forms.challenge.stateLabel') }), 'I keep missing the weekly report deadline.');
    await user.click(screen.getByRole('button', { name: t('forms.challenge.stateButton') }));

    const s = session(m.coach);
    expect(s.challenge.versions[s.challenge.currentId!]?.text).toBe('I keep missing the weekly report deadline.');
    expect(screen.getByText('I keep missing the weekly report deadline.')).toBeInTheDocument();
    expect(screen.getByText(t('forms.challenge.statedBy', { name: COACHEE.displayName }))).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: t('forms.challenge.restateLabel') })).toHaveValue('');
    expect(screen.getByRole('list', { name: 'Criteria for Open' })).toHaveTextContent('Challenge stated (met)');
  });

  it('in Learn, keeps earlier versions visible and lets each person agree to the current one', async () => {
    const m = meeting();
    toLearn(m);
    const coachView = renderPanel(m.coach, COACH, m.clock);
    const coach = within(coachView.container);
    const { user } = coachView;
    const agreedBy = (...names: string[]) => t('forms.challenge.agreedBy', { names: english.list(names) });

    expect(coach.getByRole('heading', { name: t('forms.challenge.heading.learn') })).toBeInTheDocument();
    expect(coach.getByText(agreedBy(COACHEE.displayName), { exact: false })).toBeInTheDocument();

    await user.type(
      coach.getByRole('textbox', { name: t('forms.challenge.restateLabel') }),
      'The data for the weekly report arrives too late.',
    );
    await user.click(coach.getByRole('button', { name: t('forms.challenge.restateButton') }));

    const earlier = coach.getByRole('list', { name: t('forms.challenge.earlierList') });
    expect(earlier).toHaveTextContent('I keep missing the weekly report deadline.');
    expect(coach.getByText('The data for the weekly report arrives too late.')).toBeInTheDocument();
    // The author of a new statement agrees to it by stating it; the coachee has not yet.
    expect(coach.getByText(agreedBy(COACH.displayName), { exact: false })).toBeInTheDocument();
    expect(coach.getByText(t('forms.challenge.youAgreed'))).toBeInTheDocument();

    const coacheeView = renderPanel(m.coachee, COACHEE, m.clock);
    await coacheeView.user.click(within(coacheeView.container).getByRole('button', { name: t('forms.challenge.agree') }));
    const byBoth = [agreedBy(COACH.displayName, COACHEE.displayName), agreedBy(COACHEE.displayName, COACH.displayName)];
    expect(coach.getByText((content) => byBoth.some((text) => content.includes(text)))).toBeInTheDocument();
    expect(coach.getByRole('list', { name: 'Criteria for Learn' })).toHaveTextContent('Shared definition (met)');
  });

  it('names both who agreed as German joins a list, and words the hint for the coach', () => {
    const m = meeting();
    toLearn(m);
    const s = session(m.coach);
    const agreed = { ...s.challenge, agreedBy: { [COACH.userId]: 'ch-1', [COACHEE.userId]: 'ch-1' } };
    const ok = () => ({ ok: true as const });
    renderInShell(
      <ChallengeCapture
        mode="learn"
        challenge={agreed}
        participants={s.participants}
        selfId={COACH.userId}
        role="coach"
        onState={ok}
        onAgree={ok}
      />,
      wordsFor('de-DE'),
    );
    expect(screen.getByRole('heading', { name: 'Definition der Herausforderung' })).toBeInTheDocument();
    expect(screen.getByText(/Zustimmung von (Alex Coach und Sam Coachee|Sam Coachee und Alex Coach)\./)).toBeInTheDocument();
    expect(screen.getByText('Sie haben dieser Definition zugestimmt.')).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Herausforderung neu formulieren' })).toHaveAccessibleDescription(
      'Frühere Formulierungen bleiben sichtbar.',
    );
  });
});
