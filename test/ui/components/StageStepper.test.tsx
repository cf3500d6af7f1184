import { act, render, screen, within } from '@testing-library/react';
import { StageStepper } from '../../../src/ui/components/StageStepper';
import { AppShell } from '../../../src/ui';
import { COACH, COACHEE, MINUTE, play, sessionInPlan, T0 } from '../../fixtures/sessions';
import { meeting, renderPanel, toLearn, loadPanelParts } from '../helpers';

/** sessionInPlan (Open 0–5 min, Learn 5–20, Plan from 20), then back to Learn at 30 and on to Plan at 34. */
function sessionWithLoopBack() {
  let s = sessionInPlan();
  s = play(s, COACHEE, { type: 'goBack', to: 'learn', reason: 'The challenge needs redefining.' }, 30 * MINUTE);
  s = play(s, COACH, { type: 'advance' }, 34 * MINUTE);
  return s;
}

function stageItems() {
  return within(screen.getByRole('list', { name: 'Stages' })).getAllByRole('listitem');
}

describe('StageStepper', () => {
  beforeAll(loadPanelParts);

  it('lists the four stages in order and marks the current one', () => {
    render(
      <AppShell>
        <StageStepper session={sessionWithLoopBack()} now={T0 + 40 * MINUTE} />
      </AppShell>,
    );
    expect(screen.getByRole('navigation', { name: 'Coaching stages' })).toBeInTheDocument();
    const items = stageItems();
    expect(items).toHaveLength(4);
    expect(items.map((li) => li.getAttribute('aria-current'))).toEqual([null, null, 'step', null]);
    expect(items[2]).toHaveTextContent('Plan, current stage');
  });

  it('shows criteria met per stage and the time spent in each, summed over visits', () => {
    render(
      <AppShell>
        <StageStepper session={sessionWithLoopBack()} now={T0 + 40 * MINUTE} />
      </AppShell>,
    );
    const [open, learn, plan, close] = stageItems();
    expect(open).toHaveTextContent('Open, 1 of 1 criteria met, time spent 5 min');
    // Learn: 5–20 and 30–34.
    expect(learn).toHaveTextContent('Learn, 2 of 2 criteria met, time spent 19 min');
    // Plan: 20–30 and 34–40.
    expect(plan).toHaveTextContent('Plan, current stage, 2 of 2 criteria met, time spent 16 min');
    expect(close).toHaveTextContent('Close, 0 of 3 criteria met, not visited yet');
  });

  it('shows the path taken, loops back included', () => {
    render(
      <AppShell>
        <StageStepper session={sessionWithLoopBack()} now={T0 + 40 * MINUTE} />
      </AppShell>,
    );
    const path = screen.getByRole('list', { name: 'Path taken' });
    expect(path.textContent).toBe('Open → Learn → Plan → Learn → Plan');
    expect(within(path).getAllByRole('listitem')).toHaveLength(5);
    expect(screen.getByText(/1 loop back/)).toBeInTheDocument();
  });

  it('shortens a long path to its latest steps and says how many came before', () => {
    let s = sessionWithLoopBack();
    // Eight more loops Plan → Learn → Plan: the path grows to 21 steps.
    for (let i = 0; i < 8; i++) {
      s = play(s, COACHEE, { type: 'goBack', to: 'learn' });
      s = play(s, COACH, { type: 'advance' });
    }
    render(
      <AppShell>
        <StageStepper session={s} now={T0 + 90 * MINUTE} />
      </AppShell>,
    );
    const path = screen.getByRole('list', { name: 'Path taken' });
    const items = within(path).getAllByRole('listitem');
    expect(items).toHaveLength(13);
    expect(items[0]).toHaveTextContent('9 earlier steps');
    expect(items[12]).toHaveTextContent('Plan');
    expect(screen.getByText(/9 loops back/)).toBeInTheDocument();
  });

  describe('in the side panel, on a fake clock', () => {
    beforeEach(() => jest.useFakeTimers());
    afterEach(() => jest.useRealTimers());

    it('keeps the time in the current stage ticking', () => {
      const m = meeting();
      toLearn(m); // Learn entered at T0 + 3 min
      renderPanel(m.coach, COACH, m.clock);
      expect(stageItems()[1]).toHaveTextContent('Learn, current stage, 0 of 2 criteria met, time spent <1 min');

      m.clock.advance(4 * MINUTE);
      act(() => jest.advanceTimersByTime(15_000));
      expect(stageItems()[1]).toHaveTextContent('time spent 4 min');
      expect(stageItems()[0]).toHaveTextContent('Open, 1 of 1 criteria met, time spent 3 min');

      m.clock.advance(61 * MINUTE);
      act(() => jest.advanceTimersByTime(15_000));
      expect(stageItems()[1]).toHaveTextContent('time spent 1 h 5 min');
    });
  });
});
