import { render, screen, within } from '@testing-library/react';
import { AppShell, PortsProvider, StageView } from '../../../src/ui';
import { COACHEE } from '../../fixtures/sessions';
import { arrange, meeting, toLearn } from '../helpers';

describe('StageView', () => {
  it('shows the shared session large and read-only: stage, challenge, options', () => {
    const m = meeting();
    toLearn(m);
    arrange(m, m.coachee, { type: 'addOption', id: 'op-1', text: 'Block an hour on Thursdays' });
    render(
      <AppShell>
        <PortsProvider store={m.coachee} self={COACHEE} clock={m.clock}>
          <StageView />
        </PortsProvider>
      </AppShell>,
    );
    expect(screen.getByRole('heading', { level: 2, name: 'Current stage: Learn' })).toBeInTheDocument();
    const challenge = screen.getByRole('region', { name: 'Challenge' });
    expect(challenge).toHaveTextContent('I keep missing the weekly report deadline.');
    expect(within(screen.getByRole('region', { name: 'Options' })).getByRole('listitem')).toHaveTextContent(
      'Block an hour on Thursdays',
    );
    expect(screen.getByRole('region', { name: 'Next steps' })).toHaveTextContent('No next steps yet.');
    expect(screen.queryByRole('textbox')).not.toBeInTheDocument();
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
  });
});
