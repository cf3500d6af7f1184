import { fireEvent, screen, within } from '@testing-library/react';
import { SUGGESTED_AFFIRMATION_IDS } from '../../../src/ui/components/CloseChecklist/AffirmationCapture';
import { AffirmationCapture, CoacheeSummaryCapture } from '../../../src/ui/components/CloseChecklist';
import { english, wordsFor } from '../../fixtures/words';
import { COACH, COACHEE } from '../../fixtures/sessions';
import { meeting, renderInShell, renderPanel, session, toClose, loadPanelParts } from '../helpers';

const t = english.t;
const SUGGESTED_AFFIRMATIONS = SUGGESTED_AFFIRMATION_IDS.map((id) => t(id));

function section(name: string) {
  return within(screen.getByRole('region', { name }));
}

describe('Close checklist', () => {
  beforeAll(loadPanelParts);

  it('lets the coach plan a decision meeting, and keeps the inputs when the time is refused', async () => {
    const m = meeting();
    toClose(m);
    const { user } = renderPanel(m.coach, COACH, m.clock);
    const followUp = section('Follow-up');

    await user.click(followUp.getByRole('radio', { name: 'Decision meeting' }));
    const when = followUp.getByLabelText('Date and time');
    // Before the fixture's "now" (25 Nov 2026) in every time zone.
    fireEvent.change(when, { target: { value: '2026-11-20T10:00' } });
    const length = followUp.getByRole('spinbutton', { name: 'Length in minutes' });
    await user.clear(length);
    await user.type(length, '45');
    await user.click(followUp.getByRole('button', { name: 'Save follow-up' }));

    // Said at the time field; the length was fine.
    expect(when).toHaveAttribute('aria-invalid', 'true');
    expect(length).not.toHaveAttribute('aria-invalid', 'true');
    expect(session(m.coach).followUp.start).toBeNull();
    expect(when).toHaveValue('2026-11-20T10:00');
    expect(length).toHaveValue(45);

    fireEvent.change(when, { target: { value: '2026-12-02T10:00' } });
    await user.click(followUp.getByRole('button', { name: 'Save follow-up' }));
    expect(session(m.coach).followUp).toMatchObject({
      kind: 'decisionMeeting',
      start: new Date('2026-12-02T10:00').getTime(),
      durationMinutes: 45,
      coachEvent: null,
    });
    expect(followUp.getByRole('status')).toHaveTextContent('Follow-up saved.');
  });

  it('shows the calendar state, not scheduled yet, with where scheduling comes from', () => {
    const m = meeting();
    toClose(m);
    renderPanel(m.coachee, COACHEE, m.clock);
    const followUp = section('Follow-up');
    const status = followUp.getByRole('list', { name: 'Calendar status' });
    expect(status).toHaveTextContent('On Alex Coach’s calendar: not yet');
    expect(status).toHaveTextContent('Accepted by Sam Coachee: not yet');
    expect(followUp.getByText(/Not scheduled yet\. Once the invite is on Alex Coach’s calendar/)).toBeInTheDocument();
  });

  it('offers suggested affirmations as wording to adapt before giving it', async () => {
    const m = meeting();
    toClose(m);
    const { user } = renderPanel(m.coach, COACH, m.clock);
    const affirmation = section(t('forms.affirmation.heading'));
    const suggestions = affirmation.getByRole('group', { name: t('forms.affirmation.suggestionsGroup') });
    expect(
      within(suggestions)
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual(SUGGESTED_AFFIRMATIONS);
    expect(new Set(SUGGESTED_AFFIRMATIONS).size).toBe(SUGGESTED_AFFIRMATIONS.length);

    await user.click(within(suggestions).getByRole('button', { name: SUGGESTED_AFFIRMATIONS[0] }));
    const box = affirmation.getByRole('textbox', { name: t('forms.affirmation.labelNamed', { name: COACHEE.displayName }) });
    expect(box).toHaveValue(SUGGESTED_AFFIRMATIONS[0]);
    await user.type(box, ' Well done, Sam.');
    await user.click(affirmation.getByRole('button', { name: t('forms.affirmation.give') }));

    expect(session(m.coach).affirmation?.text).toBe(`${SUGGESTED_AFFIRMATIONS[0]} Well done, Sam.`);
    expect(screen.getByRole('list', { name: 'Criteria for Close' })).toHaveTextContent('Affirmation given (met)');
  });

  it('lets the coachee save their summary in their own words', async () => {
    const m = meeting();
    toClose(m);
    const { user } = renderPanel(m.coachee, COACHEE, m.clock);
    const mine = section(t('forms.summary.headingOwn'));
    await user.type(mine.getByRole('textbox', { name: t('forms.summary.label') }), 'I will ask for the data on Wednesdays.');
    await user.click(mine.getByRole('button', { name: t('forms.summary.save') }));
    expect(session(m.coach).coacheeSummary?.text).toBe('I will ask for the data on Wednesdays.');
    expect(mine.getByText(t('forms.summary.saved'))).toBeInTheDocument();
  });

  it('names the coachee’s part in German, and their role when no coachee has joined', () => {
    const ok = () => ({ ok: true as const });
    renderInShell(
      <>
        <CoacheeSummaryCapture summary={null} coacheeName={COACHEE.displayName} role="coach" onWrite={ok} />
        <AffirmationCapture affirmation={null} coacheeName={null} role="coach" onGive={ok} />
      </>,
      wordsFor('de-DE'),
    );
    expect(screen.getByRole('heading', { name: 'Zusammenfassung von Sam Coachee' })).toBeInTheDocument();
    expect(screen.getByText('Sam Coachee hat noch keine Zusammenfassung geschrieben.')).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Ihr Vertrauen in den Coachee' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Bestärkung aussprechen' })).toBeInTheDocument();
  });
});
