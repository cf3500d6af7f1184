import { screen, waitFor, within } from '@testing-library/react';
import { orderedTimeline } from '../../../src/domain';
import { COACH, COACHEE, OBSERVER } from '../../fixtures/sessions';
import { arrange, meeting, renderPanel, session, toLearn, toPlanReady, loadPanelParts } from '../helpers';

describe('StageControls', () => {
  beforeAll(loadPanelParts);

  it('advances straight on when the stage’s criteria are met', async () => {
    const m = meeting();
    arrange(m, m.coachee, { type: 'stateChallenge', id: 'ch-1', text: 'Our releases slip.' });
    const { user } = renderPanel(m.coach, COACH, m.clock);

    await user.click(screen.getByRole('button', { name: 'Advance to Learn' }));

    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(session(m.coach).stage).toBe('learn');
    expect(orderedTimeline(session(m.coach)).at(-1)).toMatchObject({ from: 'open', to: 'learn', forced: false });
    expect(screen.getByRole('heading', { name: 'Current stage: Learn' })).toBeInTheDocument();
  });

  it('lists what is missing before advancing, and records an "advance anyway" as forced', async () => {
    const m = meeting();
    toLearn(m);
    const { user } = renderPanel(m.coachee, COACHEE, m.clock);

    await user.click(screen.getByRole('button', { name: 'Advance to Plan' }));
    const dialog = await screen.findByRole('dialog', { name: 'Learn is not finished yet' });
    const missing = within(dialog).getByRole('list', { name: 'Missing criteria of Learn' });
    expect(
      within(missing)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([expect.stringContaining('Shared definition (missing)'), expect.stringContaining('Options generated (missing)')]);

    m.clock.advance(60_000);
    await user.type(within(dialog).getByRole('textbox', { name: 'Reason (optional)' }), 'Options will come up while planning');
    await user.click(within(dialog).getByRole('button', { name: 'Advance anyway' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    const s = session(m.coach);
    expect(s.stage).toBe('plan');
    expect(orderedTimeline(s).at(-1)).toMatchObject({
      from: 'learn',
      to: 'plan',
      forced: true,
      reason: 'Options will come up while planning',
    });
  });

  it('stays put when the user chooses to stay', async () => {
    const m = meeting();
    const { user } = renderPanel(m.coach, COACH, m.clock);
    await user.click(screen.getByRole('button', { name: 'Advance to Learn' }));
    await user.click(await screen.findByRole('button', { name: 'Stay in Open' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(session(m.coach).stage).toBe('open');
  });

  describe('the confidence gate before Close', () => {
    it('asks the coach for confidence; low confidence suggests going back to Learn', async () => {
      const m = meeting();
      toPlanReady(m);
      m.clock.advance(60_000);
      const { user } = renderPanel(m.coach, COACH, m.clock);

      await user.click(screen.getByRole('button', { name: 'Advance to Close' }));
      const dialog = await screen.findByRole('dialog', { name: 'Before Close: your confidence' });
      const scale = within(dialog).getByRole('radiogroup', {
        name: 'How confident are you that Sam Coachee can carry out the plan?',
      });
      await user.click(within(scale).getByRole('radio', { name: '2' }));
      await user.click(within(dialog).getByRole('button', { name: 'Record confidence' }));

      expect(session(m.coach).confidence?.value).toBe(2);
      const verdict = await screen.findByRole('dialog', { name: 'Something may be missing' });
      expect(verdict).toHaveTextContent(/Low confidence usually means something is missing from the plan/);

      m.clock.advance(60_000);
      await user.click(within(verdict).getByRole('button', { name: 'Go back to Learn' }));
      await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
      const s = session(m.coach);
      expect(s.stage).toBe('learn');
      expect(orderedTimeline(s).at(-1)).toMatchObject({ from: 'plan', to: 'learn', reason: expect.stringMatching(/confidence/i) });
    });

    it('carries on to Close once a good confidence is recorded', async () => {
      const m = meeting();
      toPlanReady(m);
      m.clock.advance(60_000);
      const { user } = renderPanel(m.coach, COACH, m.clock);

      await user.click(screen.getByRole('button', { name: 'Advance to Close' }));
      const dialog = await screen.findByRole('dialog', { name: 'Before Close: your confidence' });
      await user.click(within(dialog).getByRole('radio', { name: '4' }));
      await user.click(within(dialog).getByRole('button', { name: 'Record confidence' }));
      const verdict = await screen.findByRole('dialog', { name: 'Confidence recorded' });
      expect(within(verdict).queryByRole('button', { name: 'Go back to Learn' })).not.toBeInTheDocument();
      await user.click(within(verdict).getByRole('button', { name: 'Continue to Close' }));

      await waitFor(() => expect(session(m.coach).stage).toBe('close'));
    });

    it('leaves the move to Close to the coach', () => {
      const m = meeting();
      toPlanReady(m);
      renderPanel(m.coachee, COACHEE, m.clock);
      expect(screen.queryByRole('button', { name: 'Advance to Close' })).not.toBeInTheDocument();
      expect(screen.getByText('Only the coach moves the conversation to Close.')).toBeInTheDocument();
      expect(screen.getByRole('button', { name: 'Go back…' })).toBeInTheDocument();
    });
  });

  it('offers observers no stage changes, only a note', () => {
    const m = meeting();
    toLearn(m);
    const store = m.observer();
    renderPanel(store, OBSERVER, m.clock);
    expect(screen.queryByRole('button', { name: /Advance to/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Go back…' })).not.toBeInTheDocument();
    expect(screen.getByText(/You are observing: the coach and coachee move between stages/)).toBeInTheDocument();
  });
});
