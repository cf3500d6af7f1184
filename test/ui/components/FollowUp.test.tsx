import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { FollowUpRequest, GraphOutcome, ScheduledFollowUp } from '../../../src/ports';
import { COACH, COACHEE, DAY, HOUR, NEXT_WEEK, T0 } from '../../fixtures/sessions';
import { fakeCalendar } from '../fakeCalendar';
import { failureText } from '../../../src/ui/content/failures';
import { english } from '../../fixtures/words';
import { arrange, loadPanelParts, meeting, renderPanel, session, toClose } from '../helpers';

const SAM = 'sam@contoso.example';
const followUpSection = () => within(screen.getByRole('region', { name: 'Follow-up' }));
const EVENT = { eventId: 'evt-1', iCalUId: 'ical-1' };
const ok = <T,>(value: T): GraphOutcome<T> => ({ ok: true, value });
const throttled: GraphOutcome<never> = {
  ok: false,
  failure: { kind: 'throttled', retryable: true },
};
const BUSY = failureText(english, { kind: 'throttled', retryable: true });
/** Two slots on the day after T0, 10:00 and 14:00 UTC. */
const SLOTS = [
  { start: T0 + DAY + HOUR, end: T0 + DAY + HOUR + 30 * 60_000 },
  { start: T0 + DAY + 5 * HOUR, end: T0 + DAY + 5 * HOUR + 30 * 60_000 },
];

function closedMeeting() {
  const m = meeting({ coacheeAddress: SAM });
  toClose(m);
  return m;
}

describe('Follow-up through the calendar', () => {
  beforeAll(loadPanelParts);

  it('the coach finds a time both are free, puts it on both calendars and posts the summary in one go', async () => {
    const m = closedMeeting();
    const findFollowUpSlots = jest.fn().mockResolvedValue(ok(SLOTS));
    const scheduleFollowUp = jest
      .fn<Promise<ScheduledFollowUp>, [FollowUpRequest, string | null]>()
      .mockResolvedValue({ event: ok(EVENT), summary: ok(undefined) });
    const { user } = renderPanel(m.coach, COACH, m.clock, undefined, fakeCalendar({ findFollowUpSlots, scheduleFollowUp }));
    const f = followUpSection();

    // Suggestions end before the first next step is due.
    expect(f.getByLabelText(/Free before/)).toHaveValue(NEXT_WEEK);
    await user.click(f.getByRole('button', { name: 'Find times you are both free' }));
    expect(findFollowUpSlots).toHaveBeenCalledWith({
      attendee: { address: SAM, displayName: 'Sam Coachee' },
      durationMinutes: 30,
      timeZone: 'Europe/Berlin',
      before: NEXT_WEEK,
    });
    const slots = await f.findByRole('radiogroup', { name: 'Free times for both of you' });
    await user.click(within(slots).getAllByRole('radio')[1]!);
    expect(f.getByLabelText('Date and time')).toHaveValue(
      new Date(SLOTS[1]!.start - new Date(SLOTS[1]!.start).getTimezoneOffset() * 60_000).toISOString().slice(0, 16),
    );

    await user.click(f.getByRole('checkbox', { name: 'Also post the session summary to the meeting chat' }));
    await user.click(f.getByRole('button', { name: 'Put it on both calendars' }));

    await waitFor(() => expect(session(m.coach).followUp.coachEvent).toMatchObject(EVENT));
    const [request, chatId] = scheduleFollowUp.mock.calls[0]!;
    expect(chatId).toBe('19:meeting_ui@thread.v2');
    expect(request).toMatchObject({
      sessionId: 's-ui',
      kind: 'statusUpdate',
      start: SLOTS[1]!.start,
      attendee: { address: SAM, displayName: 'Sam Coachee' },
      chosenOption: 'Ask for the data on Wednesday.',
      nextSteps: [{ text: 'Agree a Wednesday hand-over with the data team.', ownerName: 'Sam Coachee', due: NEXT_WEEK }],
      timeZone: 'Europe/Berlin',
    });
    // The causes and the option not chosen stay out of the invite.
    expect(JSON.stringify(request)).not.toMatch(/Thursday evening|Move the report/);
    expect(session(m.coach).followUp.start).toBe(SLOTS[1]!.start);
    expect(f.getByRole('list', { name: 'Calendar status' })).toHaveTextContent('On Alex Coach’s calendar: yes');
    expect(f.getByRole('status')).toHaveTextContent('The summary is in the meeting chat.');
  });

  it('keeps what the coach typed through a failure, and "Try again" finishes the job', async () => {
    const m = closedMeeting();
    const scheduleFollowUp = jest
      .fn<Promise<ScheduledFollowUp>, [FollowUpRequest, string | null]>()
      .mockResolvedValueOnce({ event: throttled, summary: null })
      .mockResolvedValueOnce({ event: ok(EVENT), summary: null });
    const { user } = renderPanel(m.coach, COACH, m.clock, undefined, fakeCalendar({ scheduleFollowUp }));
    const f = followUpSection();
    fireEvent.change(f.getByLabelText('Date and time'), { target: { value: '2026-12-01T10:00' } });
    await user.click(f.getByRole('radio', { name: 'Decision meeting' }));
    await user.click(f.getByRole('button', { name: 'Put it on both calendars' }));

    expect(await f.findByRole('alert')).toHaveTextContent(BUSY);
    expect(f.getByLabelText('Date and time')).toHaveValue('2026-12-01T10:00');
    expect(session(m.coach).followUp).toMatchObject({ kind: 'decisionMeeting', coachEvent: null });

    await user.click(f.getByRole('button', { name: 'Try again' }));
    await waitFor(() => expect(session(m.coach).followUp.coachEvent).toMatchObject(EVENT));
    expect(scheduleFollowUp).toHaveBeenCalledTimes(2);
    expect(scheduleFollowUp.mock.calls[1]![0]).toEqual(scheduleFollowUp.mock.calls[0]![0]);
    expect(scheduleFollowUp.mock.calls[0]![1]).toBeNull(); // no summary unless the coach asks
  });

  it('a double click sends one request', async () => {
    const m = closedMeeting();
    let finish: (value: ScheduledFollowUp) => void = () => undefined;
    const scheduleFollowUp = jest.fn<Promise<ScheduledFollowUp>, [FollowUpRequest, string | null]>(
      () => new Promise<ScheduledFollowUp>((resolve) => (finish = resolve)),
    );
    const { user } = renderPanel(m.coach, COACH, m.clock, undefined, fakeCalendar({ scheduleFollowUp }));
    const f = followUpSection();
    fireEvent.change(f.getByLabelText('Date and time'), { target: { value: '2026-12-01T10:00' } });
    const button = f.getByRole('button', { name: 'Put it on both calendars' });
    await user.dblClick(button);
    await waitFor(() => expect(scheduleFollowUp).toHaveBeenCalledTimes(1));
    finish({ event: ok(EVENT), summary: null });
    await waitFor(() => expect(session(m.coach).followUp.coachEvent).not.toBeNull());
    expect(scheduleFollowUp).toHaveBeenCalledTimes(1);
  });

  it('says plainly when the coachee cannot be invited, and calls nothing', async () => {
    const m = meeting(); // the coachee's client shared no address
    toClose(m);
    const { user } = renderPanel(m.coach, COACH, m.clock, undefined, fakeCalendar({}));
    const f = followUpSection();
    expect(f.getByRole('button', { name: 'Find times you are both free' })).toBeDisabled();
    fireEvent.change(f.getByLabelText('Date and time'), { target: { value: '2026-12-01T10:00' } });
    await user.click(f.getByRole('button', { name: 'Put it on both calendars' }));
    expect(f.getByRole('alert')).toHaveTextContent(
      'Teams has not told Stagecoach an address to invite Sam Coachee by. Ask Sam Coachee to open Stagecoach in this meeting',
    );
  });

  it('refuses a typed time outside the window, and takes it once the coach moves the window', async () => {
    const m = closedMeeting();
    const scheduleFollowUp = jest.fn().mockResolvedValue({ event: ok(EVENT), summary: null });
    const { user } = renderPanel(m.coach, COACH, m.clock, undefined, fakeCalendar({ scheduleFollowUp }));
    const f = followUpSection();
    fireEvent.change(f.getByLabelText('Date and time'), { target: { value: `${NEXT_WEEK}T10:00` } });
    await user.click(f.getByRole('button', { name: 'Put it on both calendars' }));
    expect(f.getByRole('alert')).toHaveTextContent(/Pick a time before .* \(“Free before”\), or change that date\./);
    expect(scheduleFollowUp).not.toHaveBeenCalled();

    fireEvent.change(f.getByLabelText(/Free before/), { target: { value: '2026-12-31' } });
    await user.click(f.getByRole('button', { name: 'Put it on both calendars' }));
    await waitFor(() => expect(scheduleFollowUp).toHaveBeenCalledTimes(1));
  });

  it('asks for a time before creating anything', async () => {
    const m = closedMeeting();
    const { user } = renderPanel(m.coach, COACH, m.clock, undefined, fakeCalendar({}));
    await user.click(followUpSection().getByRole('button', { name: 'Put it on both calendars' }));
    // Said at the time field, and nothing goes to the calendar.
    expect(followUpSection().getByLabelText('Date and time')).toHaveAttribute('aria-invalid', 'true');
    expect(session(m.coach).followUp.coachEvent).toBeNull();
  });

  it('the coachee accepts on their own calendar; the Close criterion is then met', async () => {
    const m = closedMeeting();
    arrange(m, m.coach, { type: 'planFollowUp', kind: 'statusUpdate', start: T0 + 7 * DAY, durationMinutes: 30 });
    arrange(m, m.coach, { type: 'recordCoachEvent', ...EVENT });
    const acceptInvite = jest
      .fn<Promise<GraphOutcome<void>>, [string, number?]>()
      .mockResolvedValueOnce({
        ok: false,
        failure: { kind: 'notFound', what: 'invite', retryable: true },
      })
      .mockResolvedValueOnce(ok(undefined));
    const { user } = renderPanel(m.coachee, COACHEE, m.clock, undefined, fakeCalendar({ acceptInvite }));
    const f = followUpSection();
    expect(f.getByRole('list', { name: 'Calendar status' })).toHaveTextContent('Accepted by Sam Coachee: not yet');

    await user.click(f.getByRole('button', { name: 'Accept on my calendar' }));
    expect(await f.findByRole('alert')).toHaveTextContent(failureText(english, { kind: 'notFound', what: 'invite', retryable: true }));
    await user.click(f.getByRole('button', { name: 'Try again' }));

    await waitFor(() => expect(session(m.coachee).followUp.coacheeAcceptedAt).not.toBeNull());
    // With the recorded start: an occurrence of a series is found around it.
    expect(acceptInvite).toHaveBeenCalledWith('ical-1', T0 + 7 * DAY);
    expect(f.getByRole('list', { name: 'Calendar status' })).toHaveTextContent('Accepted by Sam Coachee: yes');
    expect(f.queryByRole('button', { name: 'Accept on my calendar' })).not.toBeInTheDocument();
    expect(screen.getByRole('list', { name: 'Criteria for Close' })).toHaveTextContent('Follow-up on both calendars (met)');
  });

  it('the coach cannot accept, and the observer sees the state only', () => {
    const m = closedMeeting();
    arrange(m, m.coach, { type: 'planFollowUp', kind: 'statusUpdate', start: T0 + 7 * DAY, durationMinutes: 30 });
    arrange(m, m.coach, { type: 'recordCoachEvent', ...EVENT });
    renderPanel(m.coach, COACH, m.clock, undefined, fakeCalendar({}));
    expect(screen.queryByRole('button', { name: 'Accept on my calendar' })).not.toBeInTheDocument();
  });

  it('a calendar that cannot load says why and offers to try again', async () => {
    const m = closedMeeting();
    const gateway = jest.fn().mockRejectedValue(new Error('Sign-in is not set up in this build.'));
    const { user } = renderPanel(m.coach, COACH, m.clock, undefined, fakeCalendar({}, { gateway }));
    await user.click(followUpSection().getByRole('button', { name: 'Find times you are both free' }));
    expect(await followUpSection().findByRole('alert')).toHaveTextContent(
      failureText(english, { kind: 'unavailable', what: 'calendar', retryable: true }),
    );
    // The look for the next 1:1 asked for the calendar too.
    const asked = gateway.mock.calls.length;
    await user.click(followUpSection().getByRole('button', { name: 'Try again' }));
    await waitFor(() => expect(gateway).toHaveBeenCalledTimes(asked + 1));
  });

  it('a summary that did not reach the chat can be posted again on its own', async () => {
    const m = closedMeeting();
    const scheduleFollowUp = jest.fn().mockResolvedValue({ event: ok(EVENT), summary: throttled });
    const postSummaryToChat = jest.fn().mockResolvedValue(ok(undefined));
    const { user } = renderPanel(m.coach, COACH, m.clock, undefined, fakeCalendar({ scheduleFollowUp, postSummaryToChat }));
    const f = followUpSection();
    fireEvent.change(f.getByLabelText('Date and time'), { target: { value: '2026-12-01T10:00' } });
    await user.click(f.getByRole('checkbox', { name: 'Also post the session summary to the meeting chat' }));
    await user.click(f.getByRole('button', { name: 'Put it on both calendars' }));
    expect(await f.findByRole('alert')).toHaveTextContent(BUSY);
    await user.click(f.getByRole('button', { name: 'Try again' }));
    await waitFor(() => expect(f.getByRole('status')).toHaveTextContent('The summary is in the meeting chat.'));
    expect(postSummaryToChat).toHaveBeenCalledWith('19:meeting_ui@thread.v2', expect.objectContaining({ sessionId: 's-ui' }));
    expect(scheduleFollowUp).toHaveBeenCalledTimes(1);
  });

  it('after two lost answers, "Try again" puts the event on the calendar without posting the summary again, and the coach is asked', async () => {
    const m = closedMeeting();
    const lost: GraphOutcome<never> = {
      ok: false,
      failure: { kind: 'offline', retryable: true },
    };
    const scheduleFollowUp = jest
      .fn<Promise<ScheduledFollowUp>, [FollowUpRequest, string | null]>()
      .mockResolvedValueOnce({ event: lost, summary: lost })
      .mockResolvedValueOnce({ event: ok(EVENT), summary: null });
    const postSummaryToChat = jest.fn().mockResolvedValue(ok(undefined));
    const { user } = renderPanel(m.coach, COACH, m.clock, undefined, fakeCalendar({ scheduleFollowUp, postSummaryToChat }));
    const f = followUpSection();
    fireEvent.change(f.getByLabelText('Date and time'), { target: { value: '2026-12-01T10:00' } });
    await user.click(f.getByRole('checkbox', { name: 'Also post the session summary to the meeting chat' }));
    await user.click(f.getByRole('button', { name: 'Put it on both calendars' }));
    // Whether the summary went out is unknown, and that is shared: every panel knows not to post blindly.
    await waitFor(() => expect(session(m.coach).followUp.chatSummary?.state).toBe('uncertain'));
    expect(session(m.coachee).followUp.chatSummary?.state).toBe('uncertain');

    await user.click(await f.findByRole('button', { name: 'Try again' }));
    await waitFor(() => expect(session(m.coach).followUp.coachEvent).toMatchObject(EVENT));
    expect(scheduleFollowUp).toHaveBeenCalledTimes(2);
    expect(scheduleFollowUp.mock.calls[0]![1]).toBe('19:meeting_ui@thread.v2');
    expect(scheduleFollowUp.mock.calls[1]![1]).toBeNull();

    // The coach is asked before anything is posted again.
    const question = f.getByRole('group');
    expect(postSummaryToChat).not.toHaveBeenCalled();
    await user.click(within(question).getByRole('button', { name: 'It is there' }));
    await waitFor(() => expect(session(m.coach).followUp.chatSummary?.state).toBe('posted'));
    expect(postSummaryToChat).not.toHaveBeenCalled();
    expect(f.queryByRole('button', { name: 'Post the summary to the meeting chat' })).toBeNull();
  });
});
