import { fireEvent, render, screen, within } from '@testing-library/react';
import type { SessionStore } from '../../../src/ports';
import { AppShell, PortsProvider, SidePanel } from '../../../src/ui';
import { fakeClock } from '../../fixtures/clock';
import { COACH, COACHEE, NEXT_WEEK, OBSERVER, T0 } from '../../fixtures/sessions';
import { meeting, renderPanel, session, toClose, toLearn, toPlanReady, loadPanelParts } from '../helpers';
import { english } from '../../fixtures/words';

/** A paragraph whose whole text is `text`, however it is split into styled spans. */
const sentence = (text: string) => (_: string, element: Element | null) => element?.tagName === 'P' && element.textContent === text;

describe('SidePanel', () => {
  beforeAll(loadPanelParts);

  it('says it is connecting until the session has loaded', () => {
    const snapshot = { session: null, status: 'connecting' } as const;
    const pending: SessionStore = {
      getSnapshot: () => snapshot,
      subscribe: () => () => {},
      dispatch: () => ({ ok: false, code: 'invalid', reason: { key: 'notJoined' } }),
      close: () => {},
    };
    render(
      <AppShell words={english}>
        <PortsProvider store={pending} self={COACH} clock={fakeClock(T0)}>
          <SidePanel />
        </PortsProvider>
      </AppShell>,
    );
    expect(screen.getByRole('status')).toHaveTextContent('Connecting…');
    expect(screen.queryByRole('navigation', { name: 'Coaching stages' })).not.toBeInTheDocument();
  });

  it('shows who you are and your role, the stepper and the current stage', () => {
    const m = meeting();
    renderPanel(m.coachee, COACHEE, m.clock);
    expect(screen.getByText(sentence('You are Sam Coachee · Coachee'))).toBeInTheDocument();
    expect(screen.getByRole('navigation', { name: 'Coaching stages' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Current stage: Open' })).toBeInTheDocument();
    expect(screen.getByRole('list', { name: 'Criteria for Open' })).toHaveTextContent('Challenge stated (missing)');
  });

  it('gives the coach questions to ask and the coachee hints of their own', () => {
    const m = meeting();
    const coachView = renderPanel(m.coach, COACH, m.clock);
    expect(within(coachView.container).getByText('Questions to ask')).toBeInTheDocument();
    expect(within(coachView.container).getByText('What would you like to focus on today?')).toBeInTheDocument();
    coachView.unmount();

    renderPanel(m.coachee, COACHEE, m.clock);
    expect(screen.getByText('Things to consider')).toBeInTheDocument();
    expect(screen.getByText('Bring the topic that matters most to you right now.')).toBeInTheDocument();
  });

  describe('role-based views in Close', () => {
    it('lets the coachee write the summary, which the coach then reads', async () => {
      const m = meeting();
      toClose(m);
      const coacheeView = renderPanel(m.coachee, COACHEE, m.clock);
      const coachView = renderPanel(m.coach, COACH, m.clock);

      const coachee = within(coacheeView.container);
      await coacheeView.user.type(
        coachee.getByRole('textbox', { name: 'What you will do, and by when' }),
        'I will agree a Wednesday hand-over by next week.',
      );
      await coacheeView.user.click(coachee.getByRole('button', { name: 'Save summary' }));

      expect(session(m.coach).coacheeSummary?.text).toBe('I will agree a Wednesday hand-over by next week.');
      const coach = within(coachView.container);
      expect(coach.getByRole('heading', { name: 'Sam Coachee’s summary' })).toBeInTheDocument();
      expect(coach.getByText('I will agree a Wednesday hand-over by next week.')).toBeInTheDocument();
    });

    it('gives the coach no way to write the coachee’s summary', () => {
      const m = meeting();
      toClose(m);
      renderPanel(m.coach, COACH, m.clock);
      expect(screen.queryByRole('textbox', { name: 'What you will do, and by when' })).not.toBeInTheDocument();
      expect(screen.queryByRole('button', { name: 'Save summary' })).not.toBeInTheDocument();
      expect(screen.getByText('Sam Coachee has not written their summary yet.')).toBeInTheDocument();
      // The coach's own parts of Close are there.
      expect(screen.getByRole('textbox', { name: 'Your belief in Sam Coachee' })).toBeInTheDocument();
      expect(screen.getByRole('button', { name: 'Save follow-up' })).toBeInTheDocument();
    });

    it('keeps the affirmation and the follow-up to the coach', () => {
      const m = meeting();
      toClose(m);
      renderPanel(m.coachee, COACHEE, m.clock);
      expect(screen.queryByRole('textbox', { name: /Your belief/ })).not.toBeInTheDocument();
      expect(screen.queryByRole('button', { name: 'Save follow-up' })).not.toBeInTheDocument();
      expect(screen.getByText('The coach has not given the affirmation yet.')).toBeInTheDocument();
    });
  });

  it.each([
    ['Learn', toLearn],
    ['Plan', toPlanReady],
    ['Close', toClose],
  ])('shows an observer no editing controls in %s', (stage, arrangeTo) => {
    const m = meeting();
    arrangeTo(m);
    renderPanel(m.observer(), OBSERVER, m.clock);
    expect(screen.getByText(sentence('You are Robin Observer · Observer'))).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: `Current stage: ${stage}` })).toBeInTheDocument();
    expect(screen.getByText(/You are observing this session/)).toBeInTheDocument();
    expect(screen.queryAllByRole('textbox')).toHaveLength(0);
    expect(screen.queryAllByRole('button')).toHaveLength(0);
    for (const control of [...screen.queryAllByRole('radio'), ...screen.queryAllByRole('checkbox')]) {
      expect(control).toBeDisabled();
    }
  });

  it('shows a rejection next to the control and keeps what was typed', async () => {
    const m = meeting();
    toPlanReady(m);
    const { user } = renderPanel(m.coachee, COACHEE, m.clock);

    const step = screen.getByRole('textbox', { name: 'Next step' });
    await user.type(step, 'Draft the hand-over checklist');
    // No due date: the domain's rule refuses the step, said at the date field.
    await user.click(screen.getByRole('button', { name: 'Add next step' }));

    expect(screen.getByLabelText('Due date')).toHaveAttribute('aria-invalid', 'true');
    expect(step).not.toHaveAttribute('aria-invalid', 'true');
    expect(step).toHaveValue('Draft the hand-over checklist');
    expect(Object.keys(session(m.coach).nextSteps)).toHaveLength(1);

    // Fixing the date lets the same text through, and the field clears for the next one.
    fireEvent.change(screen.getByLabelText('Due date'), { target: { value: NEXT_WEEK } });
    await user.click(screen.getByRole('button', { name: 'Add next step' }));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(step).toHaveValue('');
    expect(Object.values(session(m.coach).nextSteps).map((s) => s.text)).toContain('Draft the hand-over checklist');
  });
});
