import { screen } from '@testing-library/react';
import { NotesView } from '../../../src/ui';
import { COACH, COACHEE } from '../../fixtures/sessions';
import { meeting, renderPanel, toLearn } from '../helpers';

// No loadPanelParts here: this file meets the panel before its split parts have arrived.
describe('SidePanel, before its split parts have loaded', () => {
  it('paints the stage at once and brings in the stage’s forms and the dialogs when they arrive', async () => {
    const m = meeting();
    toLearn(m);
    const { user } = renderPanel(m.coachee, COACHEE, m.clock);

    // Stepper, guidance, criteria and controls are there from the first paint.
    expect(screen.getByRole('heading', { name: 'Current stage: Learn' })).toBeInTheDocument();
    expect(screen.getByRole('list', { name: 'Criteria for Learn' })).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('Loading the Learn tools…');

    expect(await screen.findByRole('textbox', { name: 'New cause' })).toBeInTheDocument();
    expect(screen.queryByText('Loading the Learn tools…')).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Advance to Plan' }));
    expect(await screen.findByRole('dialog', { name: 'Learn is not finished yet' })).toBeInTheDocument();
  });
});

describe('NotesView, before its chunk has loaded', () => {
  it('says the notes are loading, then shows them', async () => {
    const m = meeting();
    toLearn(m);
    renderPanel(m.coach, COACH, m.clock, <NotesView />);
    expect(screen.getByRole('status')).toHaveTextContent('Loading the notes…');
    expect(await screen.findByRole('heading', { level: 1, name: 'Session notes' })).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Challenge' })).toHaveTextContent('I keep missing the weekly report deadline.');
  });
});
