import { act, screen, within } from '@testing-library/react';
import { PathTaken, StageStepper } from '../../../src/ui/components/StageStepper';
import { english, wordsFor } from '../../fixtures/words';
import { COACH, COACHEE, MINUTE, play, sessionInPlan, T0 } from '../../fixtures/sessions';
import { meeting, renderInShell, renderPanel, toLearn, loadPanelParts } from '../helpers';

/** sessionInPlan (Open 0–5 min, Learn 5–20, Plan from 20), then back to Learn at 30 and on to Plan at 34. */
function sessionWithLoopBack() {
  let s = sessionInPlan();
  s = play(s, COACHEE, { type: 'goBack', to: 'learn', reason: 'The challenge needs redefining.' }, 30 * MINUTE);
  s = play(s, COACH, { type: 'advance' }, 34 * MINUTE);
  return s;
}

function stageItems() {
  return within(screen.getByRole('list', { name: english.t('panel.stepper.stages') })).getAllByRole('listitem');
}

describe('StageStepper', () => {
  beforeAll(loadPanelParts);

  it('lists the four stages in order and marks the current one', () => {
    renderInShell(<StageStepper session={sessionWithLoopBack()} now={T0 + 40 * MINUTE} />);
    expect(screen.getByRole('navigation', { name: english.t('panel.stepper.label') })).toBeInTheDocument();
    const items = stageItems();
    expect(items).toHaveLength(4);
    expect(items.map((li) => li.getAttribute('aria-current'))).toEqual([null, null, 'step', null]);
    expect(items[2]).toHaveTextContent('Plan, current stage');
  });

  it('shows criteria met per stage and the time spent in each, summed over visits', () => {
    renderInShell(<StageStepper session={sessionWithLoopBack()} now={T0 + 40 * MINUTE} />);
    const [open, learn, plan, close] = stageItems();
    expect(open).toHaveTextContent('Open, 1 of 1 criteria met, time spent 5 min');
    // Learn: 5–20 and 30–34.
    expect(learn).toHaveTextContent('Learn, 2 of 2 criteria met, time spent 19 min');
    // Plan: 20–30 and 34–40.
    expect(plan).toHaveTextContent('Plan, current stage, 2 of 2 criteria met, time spent 16 min');
    expect(close).toHaveTextContent('Close, 0 of 3 criteria met, not visited yet');
  });

  it('shows the path taken, loops back included', () => {
    renderInShell(<StageStepper session={sessionWithLoopBack()} now={T0 + 40 * MINUTE} />);
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
    renderInShell(<StageStepper session={s} now={T0 + 90 * MINUTE} />);
    const path = screen.getByRole('list', { name: 'Path taken' });
    const items = within(path).getAllByRole('listitem');
    expect(items).toHaveLength(13);
    expect(items[0]).toHaveTextContent('9 earlier steps');
    expect(items[12]).toHaveTextContent('Plan');
    expect(screen.getByText(/9 loops back/)).toBeInTheDocument();
  });

  it('says one earlier step in the singular', () => {
    let s = sessionWithLoopBack();
    // Four more loops: 13 steps, one more than the path shows.
    for (let i = 0; i < 4; i++) {
      s = play(s, COACHEE, { type: 'goBack', to: 'learn' });
      s = play(s, COACH, { type: 'advance' });
    }
    renderInShell(<StageStepper session={s} now={T0 + 90 * MINUTE} />);
    const items = within(screen.getByRole('list', { name: 'Path taken' })).getAllByRole('listitem');
    expect(items[0]).toHaveTextContent(/^1 earlier step$/);
  });

  describe('in Arabic', () => {
    const arabic = wordsFor('ar-SA');

    it('names the stages in Arabic and points the path’s arrows right to left', () => {
      const { container } = renderInShell(<StageStepper session={sessionWithLoopBack()} now={T0 + 40 * MINUTE} />, arabic);
      // The shell sets the direction; the stepper is inside it.
      expect(container.querySelector('[dir="rtl"]')).toContainElement(screen.getByRole('navigation'));
      expect(screen.getByRole('navigation', { name: arabic.t('panel.stepper.label') })).toBeInTheDocument();

      const names = within(screen.getByRole('list', { name: arabic.t('panel.stepper.stages') }))
        .getAllByRole('listitem')
        .map((li) => li.querySelector('span')?.textContent);
      expect(names).toEqual([
        arabic.t('common.stage.open'),
        arabic.t('common.stage.learn'),
        arabic.t('common.stage.plan'),
        arabic.t('common.stage.close'),
      ]);
      for (const name of names) expect(name).toMatch(/^[\u0600-\u06FF ]+$/);
      // Counts and times in Arabic-Indic digits throughout, for the eye and for the screen reader alike.
      for (const item of within(screen.getByRole('list', { name: arabic.t('panel.stepper.stages') })).getAllByRole('listitem')) {
        expect(item.textContent).not.toMatch(/[0-9]/);
        expect(item.textContent).toMatch(/[٠-٩]/);
      }

      const path = screen.getByRole('list', { name: arabic.t('panel.path.label') });
      expect(path.textContent).toBe(['الافتتاح', 'الفهم', 'التخطيط', 'الفهم', 'التخطيط'].join(' ← '));
      expect(path.textContent).not.toContain('→');
      expect(screen.getByText(/رجوع واحد/)).toBeInTheDocument();
    });

    it('keeps the arrows pointing right in a left-to-right language', () => {
      renderInShell(<PathTaken session={sessionWithLoopBack()} />, wordsFor('de-DE'));
      expect(screen.getByRole('list', { name: 'Bisheriger Weg' }).textContent).toBe('Öffnen → Verstehen → Planen → Verstehen → Planen');
    });
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
