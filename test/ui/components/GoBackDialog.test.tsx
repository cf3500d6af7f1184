import { screen, waitFor, within } from '@testing-library/react';
import { orderedTimeline } from '../../../src/domain';
import { COACHEE, MINUTE } from '../../fixtures/sessions';
import { meeting, renderPanel, session, toPlan, loadPanelParts } from '../helpers';

describe('GoBackDialog', () => {
  beforeAll(loadPanelParts);

  // Keyboard alone, Escape and where focus goes are the browser's <dialog>: test/e2e/sidePanelFocus.spec.ts.
  it('goes back to the stage picked, and the timeline records the reason', async () => {
    const m = meeting();
    toPlan(m);
    m.clock.advance(MINUTE);
    const { user } = renderPanel(m.coachee, COACHEE, m.clock);

    await user.click(screen.getByRole('button', { name: 'Go back…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Go back to an earlier stage' });
    // The usual step back is preselected: the stage just before Plan.
    expect(within(dialog).getByRole('radio', { name: 'Learn' })).toBeChecked();

    await user.click(within(dialog).getByRole('radio', { name: 'Open' }));
    await user.type(within(dialog).getByRole('textbox', { name: 'Reason (optional)' }), 'We are solving the wrong problem{Enter}');

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    const s = session(m.coach);
    expect(s.stage).toBe('open');
    const last = orderedTimeline(s).at(-1);
    expect(last).toMatchObject({ from: 'plan', to: 'open', reason: 'We are solving the wrong problem', forced: false });
    expect(await screen.findByRole('heading', { name: 'Current stage: Open' })).toBeInTheDocument();
    expect(screen.getByRole('list', { name: 'Path taken' }).textContent).toBe('Open → Learn → Plan → Open');
  });

  it('cancels without changing anything', async () => {
    const m = meeting();
    toPlan(m);
    const { user } = renderPanel(m.coachee, COACHEE, m.clock);
    await user.click(screen.getByRole('button', { name: 'Go back…' }));
    await user.click(await screen.findByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(session(m.coach).stage).toBe('plan');
  });

  it('is not offered in Open, where there is nowhere to go back to', () => {
    const m = meeting();
    renderPanel(m.coachee, COACHEE, m.clock);
    expect(screen.queryByRole('button', { name: 'Go back…' })).not.toBeInTheDocument();
  });

  it('records no reason when the reason is left blank', async () => {
    const m = meeting();
    toPlan(m);
    const { user } = renderPanel(m.coachee, COACHEE, m.clock);
    await user.click(screen.getByRole('button', { name: 'Go back…' }));
    const dialog = await screen.findByRole('dialog');
    await user.type(within(dialog).getByRole('textbox', { name: 'Reason (optional)' }), '   ');
    await user.click(within(dialog).getByRole('button', { name: 'Go back' }));
    await waitFor(() => expect(session(m.coach).stage).toBe('learn'));
    expect(orderedTimeline(session(m.coach)).at(-1)?.reason).toBeUndefined();
  });
});
