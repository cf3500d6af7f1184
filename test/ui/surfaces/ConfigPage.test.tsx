import { screen } from '@testing-library/react';
import { ConfigPage } from '../../../src/ui';
import { english, wordsFor } from '../../fixtures/words';
import { renderInShell } from '../helpers';

// The page Teams shows when Stagecoach is added to a meeting: nothing to choose, only what it is and what Save does.

it('says what Stagecoach is, and to select Save, until the host has saved it', () => {
  renderInShell(<ConfigPage />);
  expect(screen.getByRole('heading', { level: 1, name: english.t('setup.config.title') })).toBeInTheDocument();
  expect(screen.getByRole('status')).toHaveTextContent(english.t('setup.config.selectSave'));
});

it('says when it has been added', () => {
  renderInShell(<ConfigPage saved />);
  expect(screen.getByRole('status')).toHaveTextContent(english.t('setup.config.added'));
});

it('says it in German once saved', () => {
  renderInShell(<ConfigPage saved />, wordsFor('de-DE'));
  expect(screen.getByRole('heading', { level: 1, name: 'Stagecoach zu dieser Besprechung hinzufügen' })).toBeInTheDocument();
  expect(screen.getByRole('status')).toHaveTextContent('Stagecoach wurde zu dieser Besprechung hinzugefügt.');
});
