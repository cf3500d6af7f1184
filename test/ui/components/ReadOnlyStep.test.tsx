import { screen } from '@testing-library/react';
import { ReadOnlyStep } from '../../../src/ui/components/FollowUpPlan';
import { english, wordsFor } from '../../fixtures/words';
import { renderInShell } from '../helpers';

const step = {
  id: 'n1',
  text: 'Pair with QA',
  ownerId: 'u-gone',
  ownerName: null,
  due: '2026-12-14',
  done: false,
  mine: false,
};

describe('a step whose owner left the session', () => {
  it.each([
    ['en-US', english],
    ['de-DE', wordsFor('de-DE')],
    ['ar-SA', wordsFor('ar-SA')],
  ])('names them in the reader’s words (%s)', (_tag, words) => {
    renderInShell(
      <ul>
        <ReadOnlyStep step={step} today="2026-12-07" />
      </ul>,
      words,
    );
    expect(screen.getByText(words.t('common.personLeft'))).toBeInTheDocument();
  });
});
