import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { PlanStepView, PlanView } from '../../../src/domain';
import type { GraphOutcome, ThemeName } from '../../../src/ports';
import { AppShell, FollowUpPane, type FollowUpPlanLoad, type TickStepFn } from '../../../src/ui';

const FOLLOW_UP = Date.UTC(2026, 11, 2, 10, 0);

const step = (overrides: Partial<PlanStepView>): PlanStepView => ({
  id: 'step-1',
  text: 'Agree a Wednesday hand-over with the data team.',
  ownerId: 'u-sam',
  ownerName: 'Sam',
  due: '2026-12-01',
  done: false,
  mine: true,
  ...overrides,
});

const plan = (overrides: Partial<PlanView> = {}): PlanView => ({
  sessionId: 's-1',
  challenge: 'I keep missing the weekly report deadline.',
  chosenOption: 'Ask for the data on Wednesday.',
  coacheeSummary: 'I will agree a Wednesday hand-over by next week.',
  coach: { userId: 'u-alex', name: 'Alex' },
  coachee: { userId: 'u-sam', name: 'Sam' },
  followUpStart: FOLLOW_UP,
  followUpICalUId: 'ical-1',
  notesUrl: 'https://teams.microsoft.com/l/entity/app/stagecoach',
  steps: [
    step({}),
    step({ id: 'step-2', text: 'Send Sam the data contacts', ownerId: 'u-alex', ownerName: 'Alex', mine: false, done: true }),
    step({ id: 'step-3', text: 'Book the room', ownerId: 'u-alex', ownerName: 'Alex', mine: false, done: false }),
  ],
  ...overrides,
});

const found = (p: PlanView = plan()): FollowUpPlanLoad => ({ kind: 'found', plan: p, doneStates: { from: 'taskList' } });
const saved: GraphOutcome<void> = { ok: true, value: undefined };

function renderPane(
  loads: FollowUpPlanLoad[],
  { tick = jest.fn(async () => saved) as TickStepFn, theme = 'default' as ThemeName } = {},
) {
  const queue = [...loads];
  const load = jest.fn(async () => {
    const next = queue.shift();
    if (!next) throw new Error('load called once too often');
    return next;
  });
  const user = userEvent.setup();
  render(
    <AppShell theme={theme}>
      <FollowUpPane load={load} tick={tick} />
    </AppShell>,
  );
  return { user, load, tick };
}

describe('FollowUpPane', () => {
  it('shows the plan: challenge, chosen option, the coachee’s words, the follow-up, every step with owner, due date and state', async () => {
    renderPane([found()]);
    expect(screen.getByText('Looking up the coaching plan…')).toBeInTheDocument();
    expect(await screen.findByRole('heading', { name: 'Challenge' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1, name: 'Coaching plan' })).toBeInTheDocument();
    expect(screen.getByText('I keep missing the weekly report deadline.')).toBeInTheDocument();
    expect(screen.getByText('Ask for the data on Wednesday.')).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'In Sam’s words' })).toBeInTheDocument();
    expect(screen.getByText('I will agree a Wednesday hand-over by next week.')).toBeInTheDocument();
    expect(document.querySelector('time')?.getAttribute('dateTime')).toBe(new Date(FOLLOW_UP).toISOString());

    const steps = within(screen.getByRole('list')).getAllByRole('listitem');
    expect(steps).toHaveLength(3);
    // The viewer's own step is a labelled checkbox; others' steps are read-only, their state in words.
    expect(within(steps[0]!).getByRole('checkbox', { name: 'Done: Agree a Wednesday hand-over with the data team.' })).not.toBeChecked();
    expect(within(steps[1]!).queryByRole('checkbox')).toBeNull();
    expect(steps[1]).toHaveTextContent(/Send Sam the data contacts.*Alex · by .*Dec.* · Done$/);
    expect(steps[2]).toHaveTextContent(/Book the room.*Alex · by .* · Open$/);
    expect(screen.getByRole('link', { name: 'Open the session notes' })).toHaveAttribute('href', 'https://teams.microsoft.com/l/entity/app/stagecoach');
  });

  it('ticks the viewer’s own step in their task list, from the keyboard', async () => {
    const { user, tick } = renderPane([found()]);
    const box = await screen.findByRole('checkbox', { name: /^Done: Agree/ });
    // The first stop: nothing focusable comes before the plan's own steps.
    await user.tab();
    expect(box).toHaveFocus();
    await user.keyboard(' ');
    expect(tick).toHaveBeenCalledWith(expect.objectContaining({ id: 'step-1' }), true);
    expect(await screen.findByRole('checkbox', { name: /^Done: Agree/ })).toBeChecked();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('says when a tick was not saved, keeps the step as it was, and tries again', async () => {
    const tick = jest
      .fn<Promise<GraphOutcome<void>>, [PlanStepView, boolean]>()
      .mockResolvedValueOnce({ ok: false, failure: { kind: 'offline', message: 'You are offline.', retryable: true } })
      .mockResolvedValueOnce(saved);
    const { user } = renderPane([found()], { tick });
    await user.click(await screen.findByRole('checkbox', { name: /^Done: Agree/ }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Not saved to your task list: You are offline.');
    expect(screen.getByRole('checkbox', { name: /^Done: Agree/ })).not.toBeChecked();
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(tick).toHaveBeenLastCalledWith(expect.objectContaining({ id: 'step-1' }), true);
    expect(await screen.findByRole('checkbox', { name: /^Done: Agree/ })).toBeChecked();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('offers no Try again for a tick that cannot succeed later', async () => {
    const tick = jest.fn(async (): Promise<GraphOutcome<void>> => ({ ok: false, failure: { kind: 'consent', message: 'Sign-in is needed.', retryable: false } }));
    const { user } = renderPane([found()], { tick });
    await user.click(await screen.findByRole('checkbox', { name: /^Done: Agree/ }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Sign-in is needed.');
    expect(screen.queryByRole('button', { name: 'Try again' })).toBeNull();
  });

  it('says in a plain sentence when the meeting is not a follow-up', async () => {
    renderPane([{ kind: 'notFollowUp' }]);
    expect(await screen.findByText('This meeting is not a Stagecoach follow-up.')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('says why the plan could not be loaded, and loads again on Try again', async () => {
    const { user, load } = renderPane([{ kind: 'failed', message: 'OneDrive is unavailable.', retryable: true }, found()]);
    expect(await screen.findByRole('alert')).toHaveTextContent('The coaching plan could not be loaded. OneDrive is unavailable.');
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('heading', { name: 'Challenge' })).toBeInTheDocument();
    expect(load).toHaveBeenCalledTimes(2);
  });

  it('shows a failure that cannot pass without Try again', async () => {
    renderPane([{ kind: 'failed', message: 'This meeting is not saved yet.', retryable: false }]);
    expect(await screen.findByRole('alert')).toHaveTextContent('This meeting is not saved yet.');
    expect(screen.queryByRole('button', { name: 'Try again' })).toBeNull();
  });

  it('still shows the plan when the task list could not be read, and says the done states are the session’s', async () => {
    renderPane([{ kind: 'found', plan: plan(), doneStates: { from: 'session', message: 'Tasks are unavailable.', retryable: true } }]);
    expect(await screen.findByRole('status')).toHaveTextContent(
      'Your task list could not be read (Tasks are unavailable.), so every step shows what the session recorded.',
    );
    expect(screen.getByRole('heading', { name: 'Next steps' })).toBeInTheDocument();
  });

  it('leaves out the notes link when there is none, or when it is not a web address', async () => {
    renderPane([found(plan({ notesUrl: null }))]);
    await screen.findByRole('heading', { name: 'Challenge' });
    expect(screen.queryByRole('link')).toBeNull();
  });

  it('never follows a javascript: notes link', async () => {
    renderPane([found(plan({ notesUrl: 'javascript:alert(1)' }))]);
    await screen.findByRole('heading', { name: 'Challenge' });
    expect(screen.queryByRole('link')).toBeNull();
  });

  it('shows hostile text as text: markup, a script, 500 characters, right-to-left, emoji', async () => {
    const markup = '<img src=x onerror="window.hacked=1"><b>bold</b>';
    const script = '<script>window.hacked = 1</script>';
    const long = 'x'.repeat(500);
    const rtl = 'سأرسل التقرير يوم الأربعاء';
    const emoji = '🚀 Ship it 👩🏽‍💻';
    renderPane([
      found(
        plan({
          challenge: markup,
          chosenOption: script,
          coacheeSummary: rtl,
          coachee: { userId: 'u-sam', name: emoji },
          steps: [step({ text: long }), step({ id: 'step-2', text: script, ownerName: markup, mine: false })],
        }),
      ),
    ]);
    expect(await screen.findByText(markup)).toBeInTheDocument();
    expect(screen.getAllByText(script)).toHaveLength(2);
    expect(screen.getByText(rtl)).toHaveAttribute('dir', 'auto');
    expect(screen.getByRole('heading', { name: `In ${emoji}’s words` })).toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: `Done: ${long}` })).toBeInTheDocument();
    expect(document.querySelector('img, b, script')).toBeNull();
    expect((window as { hacked?: number }).hacked).toBeUndefined();
  });

  it.each(['default', 'dark', 'contrast'] as const)('renders in the %s theme', async (theme) => {
    renderPane([found()], { theme });
    expect(await screen.findByRole('checkbox', { name: /^Done: Agree/ })).toBeInTheDocument();
  });

  it('says what is missing rather than leaving gaps', async () => {
    renderPane([found(plan({ chosenOption: null, coacheeSummary: null, followUpStart: null, steps: [] }))]);
    expect(await screen.findByText('No option was chosen.')).toBeInTheDocument();
    expect(screen.getByText('No summary was written.')).toBeInTheDocument();
    expect(screen.getByText('No time was chosen.')).toBeInTheDocument();
    expect(screen.getByText('No next steps were agreed.')).toBeInTheDocument();
  });
});
