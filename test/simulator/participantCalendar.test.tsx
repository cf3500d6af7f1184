/**
 * @jest-environment jsdom
 */
import '@testing-library/jest-dom';
import { act, render, screen, within } from '@testing-library/react';
import { FluentProvider, teamsLightTheme } from '@fluentui/react-components';
import { COACH, COACHEE } from '../../src/simulator/meetingAddress';
import { CALENDAR_POLL_MS, formatStart, ParticipantCalendar } from '../../src/simulator/ParticipantCalendar';
import type { CalendarEntry, LoadCalendar } from '../../src/simulator/sandboxCalendar';

// The view, with its loader injected; the loader itself reads a real Graph
// sandbox in sandboxCalendar.test.ts (jsdom has no fetch to cross origins with).

const FOLLOW_UP: CalendarEntry = {
  id: 'e1',
  subject: 'Status update: Say no to extra projects',
  start: Date.UTC(2026, 11, 3, 13),
  response: 'Organizer',
  type: 'singleInstance',
  links: [],
};
const OTHER: CalendarEntry = {
  id: 'e2',
  subject: 'Team sync',
  start: Date.UTC(2026, 11, 4, 9),
  response: 'Accepted',
  type: 'singleInstance',
  links: [],
};

/** A loader that answers each call with the next of `answers` (the last one again when they run out). */
function loader(...answers: (CalendarEntry[] | Error)[]) {
  let i = 0;
  return jest.fn<ReturnType<LoadCalendar>, Parameters<LoadCalendar>>(async () => {
    const answer = answers[Math.min(i++, answers.length - 1)]!;
    if (answer instanceof Error) throw answer;
    return answer;
  });
}

function renderCalendar(load: LoadCalendar, person = COACH) {
  return render(
    <FluentProvider theme={teamsLightTheme}>
      <ParticipantCalendar person={person} load={load} />
    </FluentProvider>,
  );
}

/** Lets the pending load settle and React render it. */
const settle = () => act(async () => {});
/** The next poll, on fake time. */
const nextPoll = () => act(async () => void jest.advanceTimersByTime(CALENDAR_POLL_MS));

const calendar = (name = 'Alex’s calendar') => screen.getByRole('region', { name });
const liveRegion = (region: HTMLElement) => region.querySelector('[aria-live="polite"]') as HTMLElement;

beforeEach(() => jest.useFakeTimers());
afterEach(() => jest.useRealTimers());

it('reads the person’s calendar at once, says when it is empty, and asks again every 2 s', async () => {
  const load = loader([]);
  renderCalendar(load);
  expect(within(calendar()).getByRole('heading', { name: 'Alex’s calendar' })).toBeInTheDocument();
  expect(within(calendar()).getByText('Loading…')).toBeInTheDocument();
  await settle();
  expect(load).toHaveBeenCalledWith('sim-alex');
  expect(within(calendar()).getByText('No events yet')).toBeInTheDocument();
  expect(within(calendar()).queryByRole('list')).not.toBeInTheDocument();
  expect(load).toHaveBeenCalledTimes(1);
  await nextPoll();
  expect(load).toHaveBeenCalledTimes(2);
});

it('lists subject, local start time and the person’s response; announces only what is new', async () => {
  renderCalendar(loader([OTHER], [FOLLOW_UP, OTHER]));
  await settle();
  const region = calendar();
  expect(within(region).getAllByRole('listitem')).toHaveLength(1);
  // What was there at first is not news.
  expect(liveRegion(region)).toHaveTextContent(/^$/);

  await nextPoll();
  const items = within(region).getAllByRole('listitem');
  expect(items.map((li) => li.textContent)).toEqual([
    `Status update: Say no to extra projects${formatStart(FOLLOW_UP.start)} · Organizer`,
    `Team sync${formatStart(OTHER.start)} · Accepted`,
  ]);
  expect(within(items[0]!).getByText(formatStart(FOLLOW_UP.start))).toHaveAttribute('datetime', '2026-12-03T13:00:00.000Z');
  expect(liveRegion(region)).toHaveTextContent(
    `New on Alex’s calendar: Status update: Say no to extra projects, ${formatStart(FOLLOW_UP.start)}, Organizer.`,
  );
  // Nothing new on the next poll: the announcement stays as it was.
  await nextPoll();
  expect(liveRegion(region)).toHaveTextContent('Status update: Say no to extra projects');
});

it('marks each occurrence of a series, and one changed on its own, as Outlook does', async () => {
  const weekly = (id: string, week: number, type: CalendarEntry['type']): CalendarEntry => ({
    ...OTHER,
    id,
    subject: 'Weekly 1:1',
    start: OTHER.start! + week * 7 * 86_400_000,
    type,
  });
  renderCalendar(loader([weekly('o1', 0, 'occurrence'), weekly('o2', 1, 'exception'), OTHER]));
  await settle();
  expect(
    within(calendar())
      .getAllByRole('listitem')
      .map((li) => li.textContent),
  ).toEqual([
    `Weekly 1:1${formatStart(OTHER.start)} · Accepted · Recurring`,
    `Weekly 1:1${formatStart(OTHER.start! + 7 * 86_400_000)} · Accepted · Recurring, changed`,
    `Team sync${formatStart(OTHER.start)} · Accepted`,
  ]);
});

it('announces the coachee’s answer once they accept, and no longer says they have not responded', async () => {
  const invite: CalendarEntry = { ...FOLLOW_UP, response: 'Not responded' };
  renderCalendar(loader([], [invite], [invite], [{ ...invite, response: 'Accepted' }]), COACHEE);
  await settle();
  const region = calendar('Sam’s calendar');
  await nextPoll();
  expect(liveRegion(region)).toHaveTextContent(/Not responded\.$/);
  await nextPoll();
  expect(liveRegion(region)).toHaveTextContent(/Not responded\.$/);

  await nextPoll();
  expect(within(region).getByRole('listitem')).toHaveTextContent('· Accepted');
  expect(liveRegion(region)).toHaveTextContent('Accepted');
  expect(liveRegion(region)).not.toHaveTextContent('Not responded');
  // Polls that change nothing leave the latest answer in place.
  await nextPoll();
  expect(liveRegion(region)).toHaveTextContent('Accepted');
  expect(liveRegion(region)).not.toHaveTextContent('Not responded');
});

it('announces a follow-up moved to another time, with the answer it asks for again', async () => {
  const accepted: CalendarEntry = { ...FOLLOW_UP, response: 'Accepted' };
  const moved: CalendarEntry = { ...FOLLOW_UP, start: Date.UTC(2026, 11, 5, 10), response: 'Not responded' };
  renderCalendar(loader([accepted], [moved]), COACHEE);
  await settle();
  await nextPoll();
  const region = calendar('Sam’s calendar');
  expect(liveRegion(region)).toHaveTextContent(formatStart(moved.start));
  expect(liveRegion(region)).toHaveTextContent('Not responded');
});

it('offers the invite’s link to the session notes; one to this simulator opens the notes tab in the person’s own client', async () => {
  const notes = { href: 'http://localhost/?meeting=sim-0a1b2c&tab=notes', text: 'Open the session notes in Stagecoach' };
  renderCalendar(loader([{ ...FOLLOW_UP, response: 'Not responded', links: [notes] }]), COACHEE);
  await settle();
  const link = within(calendar('Sam’s calendar')).getByRole('link', { name: notes.text });
  expect(Object.fromEntries(new URL(link.getAttribute('href')!).searchParams)).toEqual({
    meeting: 'sim-0a1b2c',
    tab: 'notes',
    as: 'sim-sam',
  });
});

it('shows an error when the sandbox cannot be read, and recovers on a later poll', async () => {
  renderCalendar(loader(new Error('the Graph sandbox does not answer.'), [FOLLOW_UP]));
  await settle();
  expect(within(calendar()).getByText('Calendar unavailable: the Graph sandbox does not answer.')).toBeInTheDocument();
  await nextPoll();
  expect(within(calendar()).queryByText(/Calendar unavailable/)).not.toBeInTheDocument();
  expect(within(calendar()).getByRole('listitem')).toHaveTextContent('Status update: Say no to extra projects');
});

it('stops asking when it goes away', async () => {
  const load = loader([]);
  const { unmount } = renderCalendar(load);
  await settle();
  unmount();
  await act(async () => void jest.advanceTimersByTime(10 * CALENDAR_POLL_MS));
  expect(load).toHaveBeenCalledTimes(1);
});

describe('ParticipantCalendar in the simulator’s Outlook', () => {
  it('offers "Open in Outlook" on each event, named by its subject, and hands the event over', async () => {
    const open = jest.fn();
    render(
      <FluentProvider theme={teamsLightTheme}>
        <ParticipantCalendar person={COACH} load={loader([FOLLOW_UP, OTHER])} onOpenInOutlook={open} />
      </FluentProvider>,
    );
    await settle();
    const buttons = within(calendar()).getAllByRole('button', { name: /in Outlook$/ });
    expect(buttons.map((b) => b.getAttribute('aria-label'))).toEqual([
      `Open ${FOLLOW_UP.subject} in Outlook`,
      `Open ${OTHER.subject} in Outlook`,
    ]);
    act(() => buttons[0]!.click());
    expect(open).toHaveBeenCalledWith(FOLLOW_UP);
  });

  it('offers no Outlook without the simulator’s Outlook', async () => {
    renderCalendar(loader([FOLLOW_UP]));
    await settle();
    expect(within(calendar()).queryByRole('button')).toBeNull();
  });
});
