import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { CalendarEventRef, CalendarGateway, FollowUpRequest, GraphOutcome, NextOccurrence } from '../../../src/ports';
import { failureText } from '../../../src/ui/content/failures';
import { COACH, COACHEE, DAY, HOUR, NEXT_WEEK, T0 } from '../../fixtures/sessions';
import { english } from '../../fixtures/words';
import { fakeCalendar } from '../fakeCalendar';
import { arrange, loadPanelParts, meeting, renderPanel, session, toClose } from '../helpers';

const SAM = 'sam@contoso.example';
const ZONE = 'Europe/Berlin';
const t = english.t;
const followUpSection = () => within(screen.getByRole('region', { name: t('panel.followUp.heading') }));
const ok = <T,>(value: T): GraphOutcome<T> => ({ ok: true, value });
const throttled: GraphOutcome<never> = { ok: false, failure: { kind: 'throttled', retryable: true } };

/** The pair's weekly 1:1, next on the Tuesday after T0, 45 minutes. */
const OCCURRENCE = { eventId: 'occ-1', iCalUId: 'ical-occ-1', start: T0 + 6 * DAY + HOUR, durationMinutes: 45 };
const REF: CalendarEventRef = { eventId: 'occ-1', iCalUId: 'ical-occ-1' };
const when = (start: number) => english.dateTime(start, { timeZone: ZONE, dateStyle: 'full' });
const useButtonName = t('panel.followUp.series.use', { when: when(OCCURRENCE.start) });

const found = (next: NextOccurrence) =>
  jest.fn<ReturnType<CalendarGateway['findNextOccurrence']>, Parameters<CalendarGateway['findNextOccurrence']>>(async () => ok(next));
const planning = () => jest.fn<Promise<GraphOutcome<CalendarEventRef>>, [FollowUpRequest, string]>(async () => ok(REF));

function closedMeeting() {
  const m = meeting({ coacheeAddress: SAM });
  toClose(m);
  return m;
}

describe('The follow-up on the pair’s next 1:1', () => {
  beforeAll(loadPanelParts);

  it('offers the next occurrence first; choosing it plans onto that occurrence and records it as the follow-up', async () => {
    const m = closedMeeting();
    const findNextOccurrence = found({ kind: 'usable', occurrence: OCCURRENCE });
    const planOnOccurrence = planning();
    const { user } = renderPanel(m.coach, COACH, m.clock, undefined, fakeCalendar({ findNextOccurrence, planOnOccurrence }));
    const f = followUpSection();

    const offer = await f.findByRole('group', { name: t('panel.followUp.series.label', { coachee: COACHEE.displayName }) });
    // Before the first next step is due, in the coach's zone.
    expect(findNextOccurrence).toHaveBeenCalledWith({
      attendee: { address: SAM, displayName: COACHEE.displayName },
      timeZone: ZONE,
      before: NEXT_WEEK,
    });
    // Offered before the free-time finder.
    const findTimes = f.getByRole('button', { name: t('panel.slots.find') });
    const use = within(offer).getByRole('button', { name: useButtonName });
    expect(use.compareDocumentPosition(findTimes) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();

    await user.click(f.getByRole('radio', { name: t('common.followUpKind.decisionMeeting') }));
    await user.click(use);

    await waitFor(() => expect(session(m.coach).followUp.coachEvent).toMatchObject(REF));
    const [request, occurrenceId] = planOnOccurrence.mock.calls[0]!;
    expect(occurrenceId).toBe('occ-1');
    expect(request).toMatchObject({
      sessionId: 's-ui',
      kind: 'decisionMeeting',
      start: OCCURRENCE.start,
      durationMinutes: 45,
      timeZone: ZONE,
    });
    // The occurrence's time and length are the session's follow-up now.
    expect(session(m.coach).followUp).toMatchObject({ kind: 'decisionMeeting', start: OCCURRENCE.start, durationMinutes: 45 });
    expect(f.getByRole('list', { name: t('panel.calendar.label') })).toHaveTextContent(
      t('panel.calendar.onCoachCalendar', { coach: COACH.displayName, state: t('panel.calendar.yes') }),
    );
  });

  it('a double click adds the plan once; a failure keeps what was typed and "Try again" finishes', async () => {
    const m = closedMeeting();
    let finish: (outcome: GraphOutcome<CalendarEventRef>) => void = () => undefined;
    const planOnOccurrence = jest
      .fn<Promise<GraphOutcome<CalendarEventRef>>, [FollowUpRequest, string]>()
      .mockResolvedValueOnce(throttled)
      .mockImplementationOnce(() => new Promise((resolve) => (finish = resolve)));
    const calendar = fakeCalendar({ findNextOccurrence: found({ kind: 'usable', occurrence: OCCURRENCE }), planOnOccurrence });
    const { user } = renderPanel(m.coach, COACH, m.clock, undefined, calendar);
    const f = followUpSection();
    fireEvent.change(f.getByLabelText(t('panel.followUp.start')), { target: { value: '2026-12-03T10:00' } });

    await user.click(await f.findByRole('button', { name: useButtonName }));
    expect(await f.findByRole('alert')).toHaveTextContent(failureText(english, { kind: 'throttled', retryable: true }));
    expect(f.getByLabelText(t('panel.followUp.start'))).toHaveValue('2026-12-03T10:00');
    expect(session(m.coach).followUp.coachEvent).toBeNull();

    await user.dblClick(f.getByRole('button', { name: t('common.tryAgain') }));
    await waitFor(() => expect(planOnOccurrence).toHaveBeenCalledTimes(2));
    expect(f.getByRole('button', { name: useButtonName })).toBeDisabled();
    finish(ok(REF));
    await waitFor(() => expect(session(m.coach).followUp.coachEvent).toMatchObject(REF));
    expect(planOnOccurrence).toHaveBeenCalledTimes(2);
    expect(planOnOccurrence.mock.calls[1]![0]).toEqual(planOnOccurrence.mock.calls[0]![0]);
  });

  it('says plainly when someone else organizes the series, and offers a new meeting instead', async () => {
    const m = closedMeeting();
    const organizer = '<b>Sam</b> 👋';
    const calendar = fakeCalendar({
      findNextOccurrence: found({ kind: 'notOrganizer', occurrence: OCCURRENCE, organizerName: organizer }),
    });
    renderPanel(m.coach, COACH, m.clock, undefined, calendar);
    const f = followUpSection();
    // Once the look is over, its one status says why the 1:1 cannot be used.
    await waitFor(() =>
      expect(f.getByRole('status')).toHaveTextContent(
        t('panel.followUp.series.notOrganizer', { coachee: COACHEE.displayName, when: when(OCCURRENCE.start), organizer }),
      ),
    );
    expect(f.getByRole('status').querySelector('b')).toBeNull();
    expect(f.queryByRole('button', { name: useButtonName })).not.toBeInTheDocument();
    expect(f.getByRole('button', { name: t('panel.followUp.putOnCalendars') })).toBeEnabled();
  });

  it('a failed look says so quietly, keeps the new meeting, and looks again when asked', async () => {
    const m = closedMeeting();
    const findNextOccurrence = jest
      .fn<ReturnType<CalendarGateway['findNextOccurrence']>, Parameters<CalendarGateway['findNextOccurrence']>>()
      .mockResolvedValueOnce(throttled)
      .mockResolvedValueOnce(ok({ kind: 'usable', occurrence: OCCURRENCE }));
    const { user } = renderPanel(m.coach, COACH, m.clock, undefined, fakeCalendar({ findNextOccurrence }));
    const f = followUpSection();
    const again = await f.findByRole('button', { name: t('panel.followUp.series.lookAgain') });
    expect(f.queryByRole('alert')).not.toBeInTheDocument();
    expect(f.getByRole('button', { name: t('panel.followUp.putOnCalendars') })).toBeEnabled();
    await user.click(again);
    expect(await f.findByRole('button', { name: useButtonName })).toBeEnabled();
  });

  it('looks again before another date, and only in the coach’s panel', async () => {
    const m = closedMeeting();
    const findNextOccurrence = found({ kind: 'none' });
    renderPanel(m.coach, COACH, m.clock, undefined, fakeCalendar({ findNextOccurrence }));
    const f = followUpSection();
    await waitFor(() => expect(findNextOccurrence).toHaveBeenCalledTimes(1));
    fireEvent.change(f.getByLabelText(t('panel.slots.freeBefore')), { target: { value: '2026-12-20' } });
    await waitFor(() => expect(findNextOccurrence).toHaveBeenLastCalledWith(expect.objectContaining({ before: '2026-12-20' })));

    const coachee = jest.fn();
    renderPanel(m.coachee, COACHEE, m.clock, undefined, fakeCalendar({ findNextOccurrence: coachee }));
    await act(async () => undefined);
    expect(coachee).not.toHaveBeenCalled();
  });

  it('a later change of plan goes into the occurrence in place, while the coach’s panel is open', async () => {
    const m = closedMeeting();
    arrange(m, m.coach, { type: 'planFollowUp', kind: 'statusUpdate', start: OCCURRENCE.start, durationMinutes: 45 });
    arrange(m, m.coach, { type: 'recordCoachEvent', ...REF });
    const planOnOccurrence = planning();
    renderPanel(m.coach, COACH, m.clock, undefined, fakeCalendar({ planOnOccurrence }));
    await act(async () => undefined);
    // What the panel first sees is what the occurrence already carries.
    expect(planOnOccurrence).not.toHaveBeenCalled();

    act(() => arrange(m, m.coachee, { type: 'editNextStep', id: 'step-1', text: 'Book the Wednesday hand-over.' }));
    await waitFor(() => expect(planOnOccurrence).toHaveBeenCalledTimes(1));
    const [request, occurrenceId] = planOnOccurrence.mock.calls[0]!;
    expect(occurrenceId).toBe('occ-1');
    expect(request).toMatchObject({
      start: OCCURRENCE.start,
      nextSteps: [expect.objectContaining({ text: 'Book the Wednesday hand-over.' })],
    });
  });

  it('leaves a follow-up that is no occurrence alone after the gateway says so', async () => {
    const m = closedMeeting();
    arrange(m, m.coach, { type: 'planFollowUp', kind: 'statusUpdate', start: OCCURRENCE.start, durationMinutes: 45 });
    arrange(m, m.coach, { type: 'recordCoachEvent', eventId: 'evt-new', iCalUId: 'ical-new' });
    const planOnOccurrence = jest
      .fn<Promise<GraphOutcome<CalendarEventRef>>, [FollowUpRequest, string]>()
      .mockResolvedValue({ ok: false, failure: { kind: 'invalid', problem: 'refused', retryable: false } });
    renderPanel(m.coach, COACH, m.clock, undefined, fakeCalendar({ planOnOccurrence }));
    act(() => arrange(m, m.coachee, { type: 'editNextStep', id: 'step-1', text: 'Once.' }));
    await waitFor(() => expect(planOnOccurrence).toHaveBeenCalledTimes(1));
    act(() => arrange(m, m.coachee, { type: 'editNextStep', id: 'step-1', text: 'Twice.' }));
    await act(async () => undefined);
    expect(planOnOccurrence).toHaveBeenCalledTimes(1);
    expect(followUpSection().queryByRole('alert')).not.toBeInTheDocument();
  });
});
