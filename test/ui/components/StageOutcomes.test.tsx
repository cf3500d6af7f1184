import { screen, within } from '@testing-library/react';
import { StageOutcomes, stageOutcome } from '../../../src/ui/components/StageOutcomes';
import { english, wordsFor } from '../../fixtures/words';
import { sessionInPlan } from '../../fixtures/sessions';
import { renderInShell } from '../helpers';

// sessionInPlan: the challenge agreed, one cause, two options, the coachee's option chosen, one next step.
describe('StageOutcomes', () => {
  it('folds each finished stage to one line, counting in the singular and the plural', () => {
    renderInShell(<StageOutcomes session={sessionInPlan()} />);
    const items = within(screen.getByRole('list', { name: english.t('panel.outcomes.label') })).getAllByRole('listitem');
    expect(items.map((li) => li.getAttribute('data-stage'))).toEqual(['open', 'learn']);
    // The typed text is isolated, so its own direction holds inside any sentence of ours.
    expect(items[0]).toHaveTextContent('Open“\u2068I keep missing the weekly report deadline.\u2069”');
    expect(items[1]).toHaveTextContent('LearnDefinition agreed · 1 cause · 2 options');
  });

  it('speaks German, with German plurals and quotation marks', () => {
    const german = wordsFor('de-DE');
    const session = sessionInPlan();
    expect(stageOutcome(german, session, 'learn')).toBe('Definition vereinbart · 1 Ursache · 2 Optionen');
    expect(stageOutcome(german, session, 'plan')).toBe('„\u2068Ask for the data on Wednesday.\u2069“ · 1 Schritt');
  });

  it('counts in Arabic with its dual', () => {
    expect(stageOutcome(wordsFor('ar-SA'), sessionInPlan(), 'learn')).toBe('تم الاتفاق على التعريف · سبب واحد · خياران');
  });
});
