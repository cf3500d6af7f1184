/**
 * @jest-environment jsdom
 */
import '@testing-library/jest-dom';
import { act, render, screen, within } from '@testing-library/react';
import { FluentProvider, teamsLightTheme } from '@fluentui/react-components';
import { COACHEE } from '../../src/simulator/meetingAddress';
import { ParticipantTasks, TASKS_POLL_MS } from '../../src/simulator/ParticipantTasks';
import type { LoadTasks, TaskEntry } from '../../src/simulator/sandboxTasks';

// The view, with its loader injected; the loader reads a real Graph sandbox in sandboxTasks.test.ts.

const STEP: TaskEntry = { id: 't1', title: 'Pair with QA on <b>two</b> stories', due: '2026-12-02', done: false, links: [] };
/** The simulator page as jsdom has it (http://localhost/), and the app's link to its notes tab. */
const NOTES_LINK = 'http://localhost/?meeting=sim-0a1b2c&tab=notes';

function loader(...answers: (TaskEntry[] | Error)[]) {
  let i = 0;
  return jest.fn<ReturnType<LoadTasks>, Parameters<LoadTasks>>(async () => {
    const answer = answers[Math.min(i++, answers.length - 1)]!;
    if (answer instanceof Error) throw answer;
    return answer;
  });
}

const settle = () => act(async () => {});
const nextPoll = () => act(async () => void jest.advanceTimersByTime(TASKS_POLL_MS));
const todo = () => screen.getByRole('region', { name: 'Sam’s To Do' });

beforeEach(() => jest.useFakeTimers());
afterEach(() => jest.useRealTimers());

function renderTasks(load: LoadTasks) {
  render(
    <FluentProvider theme={teamsLightTheme}>
      <ParticipantTasks person={COACHEE} load={load} />
    </FluentProvider>,
  );
}

it('reads the person’s own tasks, says when there are none, and shows a step arriving and being completed', async () => {
  const load = loader([], [STEP], [{ ...STEP, done: true }]);
  renderTasks(load);
  await settle();
  expect(load).toHaveBeenCalledWith('sim-sam');
  expect(within(todo()).getByText('No tasks in “Coaching” yet')).toBeInTheDocument();

  await nextPoll();
  const item = within(todo()).getByRole('list', { name: 'Coaching list' });
  expect(within(item).getByText('Pair with QA on <b>two</b> stories')).toBeInTheDocument();
  expect(item).toHaveTextContent('Not started · due');
  expect(item.querySelector('time')).toHaveAttribute('datetime', '2026-12-02');
  expect(todo().querySelector('[aria-live="polite"]')).toHaveTextContent('Sam’s To Do: Pair with QA on <b>two</b> stories, not started.');

  await nextPoll();
  expect(within(todo()).getByRole('list', { name: 'Coaching list' })).toHaveTextContent('Completed');
  expect(todo().querySelector('[aria-live="polite"]')).toHaveTextContent('completed.');
});

it('says why the list is unavailable', async () => {
  renderTasks(loader(new Error('the Graph sandbox answered 503.')));
  await settle();
  expect(within(todo()).getByText('To Do unavailable: the Graph sandbox answered 503.')).toBeInTheDocument();
});

it('offers the task’s link back to the notes; one to this simulator opens the notes tab in the person’s own client', async () => {
  renderTasks(loader([{ ...STEP, links: [{ href: NOTES_LINK, text: 'Coaching notes' }] }]));
  await settle();
  const link = within(todo()).getByRole('link', { name: 'Coaching notes' });
  const href = new URL(link.getAttribute('href')!);
  expect(Object.fromEntries(href.searchParams)).toEqual({ meeting: 'sim-0a1b2c', tab: 'notes', as: 'sim-sam' });
  expect(link).not.toHaveAttribute('target');
});

it('opens any other link in a new window, without handing it this page', async () => {
  renderTasks(loader([{ ...STEP, links: [{ href: 'https://teams.microsoft.com/l/entity/app/mycoaching', text: 'Coaching notes' }] }]));
  await settle();
  const link = within(todo()).getByRole('link', { name: 'Coaching notes' });
  expect(link).toHaveAttribute('href', 'https://teams.microsoft.com/l/entity/app/mycoaching');
  expect(link).toHaveAttribute('target', '_blank');
  expect(link).toHaveAttribute('rel', 'noopener noreferrer');
});
