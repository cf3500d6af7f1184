import { fireEvent, screen, within } from '@testing-library/react';
import { SUGGESTED_AFFIRMATIONS } from '../../../src/domain';
import { COACH, COACHEE } from '../../fixtures/sessions';
import { meeting, renderPanel, session, toClose, loadPanelParts } from '../helpers';

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
    const affirmation = section('Affirmation');
    const suggestions = affirmation.getByRole('group', { name: /Suggested wording/ });
    expect(within(suggestions).getAllByRole('button')).toHaveLength(SUGGESTED_AFFIRMATIONS.length);

    await user.click(within(suggestions).getByRole('button', { name: SUGGESTED_AFFIRMATIONS[0] }));
    const box = affirmation.getByRole('textbox', { name: 'Your belief in Sam Coachee' });
    expect(box).toHaveValue(SUGGESTED_AFFIRMATIONS[0]);
    await user.type(box, ' Well done, Sam.');
    await user.click(affirmation.getByRole('button', { name: 'Give affirmation' }));

    expect(session(m.coach).affirmation?.text).toBe(`${SUGGESTED_AFFIRMATIONS[0]} Well done, Sam.`);
    expect(screen.getByRole('list', { name: 'Criteria for Close' })).toHaveTextContent('Affirmation given (met)');
  });
});
