import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { PlanStepView, PlanView } from '../../../src/domain';
import type { Failure, GraphOutcome, ThemeName } from '../../../src/ports';
import { failureText } from '../../../src/ui/content/failures';
import { AppShell, FollowUpPane, type FollowUpPlanLoad, type TickStepFn } from '../../../src/ui';
import type { Words } from '../../../src/words';
import { english, wordsFor } from '../../fixtures/words';

const FOLLOW_UP = Date.UTC(2026, 11, 2, 10, 0);
const TODAY = '2026-11-30';
const OWN = 'Agree a Wednesday hand-over with the data team.';

const step = (overrides: Partial<PlanStepView>): PlanStepView => ({
  id: 'step-1',
  text: OWN,
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
    step({
      id: 'step-2',
      text: 'Send Sam the data contacts',
      ownerId: 'u-alex',
      ownerName: 'Alex',
      mine: false,
      done: true,
      due: '2026-11-20',
    }),
    step({ id: 'step-3', text: 'Book the room', ownerId: 'u-alex', ownerName: 'Alex', mine: false, done: false, due: '2026-11-25' }),
  ],
  ...overrides,
});

const found = (p: PlanView = plan()): FollowUpPlanLoad => ({ kind: 'found', plan: p, doneStates: { from: 'taskList' } });
const saved: GraphOutcome<void> = { ok: true, value: undefined };

function renderPane(
  loads: FollowUpPlanLoad[],
  { tick = jest.fn(async () => saved) as TickStepFn, theme = 'default' as ThemeName, words = english as Words } = {},
) {
  const queue = [...loads];
  const load = jest.fn(async () => {
    const next = queue.shift();
    if (!next) throw new Error('load called once too often');
    return next;
  });
  const user = userEvent.setup();
  render(
    <AppShell theme={theme} words={words}>
      <FollowUpPane load={load} tick={tick} today={TODAY} />
    </AppShell>,
  );
  return { user, load, tick };
}

const t = english.t;
const stepsRegion = (words: Words = english) => screen.getByRole('region', { name: words.t('afterMeeting.plan.nextSteps') });
/** The plan's count, as its data attributes carry it. */
const progress = () => {
  const counted = stepsRegion().querySelector('[data-steps-done]');
  return [counted?.getAttribute('data-steps-done'), counted?.getAttribute('data-steps-total')].map(Number);
};
const items = () => within(stepsRegion()).getAllByRole('listitem');

describe('FollowUpPane', () => {
  it('puts what was agreed first, then every step with owner, due date and state, then the summary and the notes link', async () => {
    renderPane([found()]);
    expect(screen.getByRole('main', { name: t('afterMeeting.pane.title') })).toHaveAttribute('data-plan-state', 'loading');
    const agreed = await screen.findByRole('region', { name: t('afterMeeting.plan.agreed') });
    expect(screen.getByRole('heading', { level: 1, name: t('afterMeeting.pane.title') })).toBeInTheDocument();
    expect(within(agreed).getByRole('heading', { level: 3, name: t('afterMeeting.plan.challenge') })).toBeInTheDocument();
    expect(agreed).toHaveTextContent('I keep missing the weekly report deadline.');
    expect(agreed).toHaveTextContent('Ask for the data on Wednesday.');
    // Reading order: agreement, steps, the coachee's words; the notes link last.
    const headings = screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent);
    expect(headings).toEqual([
      t('afterMeeting.plan.agreed'),
      t('afterMeeting.plan.nextSteps'),
      t('afterMeeting.plan.inWordsOf', { name: 'Sam' }),
    ]);
    expect(screen.getByRole('region', { name: t('afterMeeting.plan.inWordsOf', { name: 'Sam' }) })).toHaveTextContent(
      'I will agree a Wednesday hand-over by next week.',
    );
    expect(document.querySelector('footer time')?.getAttribute('dateTime')).toBe(new Date(FOLLOW_UP).toISOString());
    expect(screen.getByRole('link', { name: t('afterMeeting.plan.openNotes') })).toHaveAttribute(
      'href',
      'https://teams.microsoft.com/l/entity/app/stagecoach',
    );

    expect(items().map((li) => li.getAttribute('data-step-state'))).toEqual(['open', 'done', 'open']);
    expect(progress()).toEqual([1, 3]);
    // Due dates as badges, their urgency as a code: tomorrow's, and an overdue one of Alex's; a done step's is quiet.
    expect(items().map((li) => li.querySelector('[data-due]')?.getAttribute('data-due'))).toEqual(['tomorrow', 'done', 'overdue']);
    expect(items()[0]!.querySelector('time')?.getAttribute('dateTime')).toBe('2026-12-01');
    // Each owner's steps under a heading naming them, the viewer's own first; others' read-only, their state in a badge.
    expect(
      within(stepsRegion())
        .getAllByRole('heading', { level: 3 })
        .map((h) => h.textContent),
    ).toEqual([t('afterMeeting.steps.yours'), t('afterMeeting.steps.theirs', { name: 'Alex' })]);
    expect(within(within(stepsRegion()).getByRole('list', { name: t('afterMeeting.steps.yours') })).getAllByRole('checkbox')).toHaveLength(
      1,
    );
    const alex = within(stepsRegion()).getByRole('list', { name: t('afterMeeting.steps.theirs', { name: 'Alex' }) });
    expect(within(alex).getAllByRole('listitem')).toEqual([items()[1], items()[2]]);
    expect(within(alex).queryByRole('checkbox')).toBeNull();
    expect(items()[1]!.querySelector('[data-state]')?.getAttribute('data-state')).toBe('done');
    expect(items()[2]!.querySelector('[data-state]')?.getAttribute('data-state')).toBe('open');
  });

  it('names the viewer’s own step’s checkbox by the step, its state by being checked, never “Done” for an open step', async () => {
    renderPane([found(plan({ steps: [step({}), step({ id: 'step-4', text: 'Write the template', done: true })] }))]);
    const open = await screen.findByRole('checkbox', { name: OWN });
    const done = screen.getByRole('checkbox', { name: 'Write the template' });
    expect(open).not.toBeChecked();
    expect(done).toBeChecked();
    for (const box of screen.getAllByRole('checkbox')) expect(box).not.toHaveAccessibleName(/done/i);
    // Its due date describes the box; whose it is, the list's name says.
    expect(open).toHaveAccessibleDescription(t('afterMeeting.due.tomorrow'));
    expect(within(screen.getByRole('list', { name: t('afterMeeting.steps.yours') })).getAllByRole('checkbox')).toEqual([open, done]);
  });

  it('ticks the viewer’s own step from the keyboard: checked, its state and the count follow', async () => {
    const { user, tick } = renderPane([found()]);
    const box = await screen.findByRole('checkbox', { name: OWN });
    // The first stop: nothing focusable comes before the plan's own steps.
    await user.tab();
    expect(box).toHaveFocus();
    await user.keyboard(' ');
    expect(tick).toHaveBeenCalledWith(expect.objectContaining({ id: 'step-1' }), true);
    expect(await screen.findByRole('checkbox', { name: OWN, checked: true })).toHaveFocus();
    expect(items()[0]).toHaveAttribute('data-step-state', 'done');
    expect(progress()).toEqual([2, 3]);
    expect(screen.queryByRole('alert')).toBeNull();

    await user.keyboard(' ');
    expect(tick).toHaveBeenLastCalledWith(expect.objectContaining({ id: 'step-1' }), false);
    expect(await screen.findByRole('checkbox', { name: OWN, checked: false })).toBeInTheDocument();
    expect(progress()).toEqual([1, 3]);
  });

  it('says when a tick was not saved, keeps the step and the count as they were, and tries again', async () => {
    const tick = jest
      .fn<Promise<GraphOutcome<void>>, [PlanStepView, boolean]>()
      .mockResolvedValueOnce({ ok: false, failure: { kind: 'offline', retryable: true } })
      .mockResolvedValueOnce(saved);
    const { user } = renderPane([found()], { tick });
    await user.click(await screen.findByRole('checkbox', { name: OWN }));
    expect(await screen.findByRole('alert')).toHaveTextContent(failureText(english, { kind: 'offline', retryable: true }));
    expect(screen.getByRole('checkbox', { name: OWN })).not.toBeChecked();
    expect(progress()).toEqual([1, 3]);
    await user.click(screen.getByRole('button', { name: t('common.tryAgain') }));
    expect(tick).toHaveBeenLastCalledWith(expect.objectContaining({ id: 'step-1' }), true);
    expect(await screen.findByRole('checkbox', { name: OWN, checked: true })).toBeInTheDocument();
    expect(progress()).toEqual([2, 3]);
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('sends one tick at a time for a step: a second press while the first is saving waits', async () => {
    let answer: (outcome: GraphOutcome<void>) => void = () => undefined;
    const tick = jest.fn(() => new Promise<GraphOutcome<void>>((resolve) => (answer = resolve)));
    const { user } = renderPane([found()], { tick });
    const box = await screen.findByRole('checkbox', { name: OWN });
    await user.click(box);
    expect(box).toBeChecked(); // where it is going
    await user.click(box);
    expect(tick).toHaveBeenCalledTimes(1);
    // Counted once the task list took it.
    expect(progress()).toEqual([1, 3]);
    answer(saved);
    await waitFor(() => expect(progress()).toEqual([2, 3]));
    expect(screen.getByRole('checkbox', { name: OWN })).toBeChecked();
  });

  it('offers no Try again for a tick that cannot succeed later', async () => {
    const tick = jest.fn(async (): Promise<GraphOutcome<void>> => ({
      ok: false,
      failure: { kind: 'consent', need: 'tasks', permission: 'Tasks.ReadWrite', retryable: false },
    }));
    const { user } = renderPane([found()], { tick });
    await user.click(await screen.findByRole('checkbox', { name: OWN }));
    expect(await screen.findByRole('alert')).toHaveTextContent(/Tasks\.ReadWrite/);
    expect(screen.queryByRole('button', { name: t('common.tryAgain') })).toBeNull();
  });

  it('says when the meeting is not a follow-up, and looks again on request', async () => {
    const { user, load } = renderPane([{ kind: 'notFollowUp' }, found()]);
    const main = screen.getByRole('main', { name: t('afterMeeting.pane.title') });
    await screen.findByRole('button', { name: t('afterMeeting.pane.lookAgain') });
    expect(main).toHaveAttribute('data-plan-state', 'notFollowUp');
    expect(screen.queryByRole('alert')).toBeNull();
    await user.click(screen.getByRole('button', { name: t('afterMeeting.pane.lookAgain') }));
    expect(await screen.findByRole('region', { name: t('afterMeeting.plan.agreed') })).toBeInTheDocument();
    expect(main).toHaveAttribute('data-plan-state', 'found');
    expect(load).toHaveBeenCalledTimes(2);
  });

  it('says why the plan could not be loaded, and loads again on Try again', async () => {
    const noOneDrive: Failure = { kind: 'consent', need: 'archive', retryable: true };
    const { user, load } = renderPane([{ kind: 'failed', failure: noOneDrive }, found()]);
    expect(await screen.findByRole('alert')).toHaveTextContent(failureText(english, noOneDrive));
    await user.click(screen.getByRole('button', { name: t('common.tryAgain') }));
    expect(await screen.findByRole('region', { name: t('afterMeeting.plan.agreed') })).toBeInTheDocument();
    expect(load).toHaveBeenCalledTimes(2);
  });

  it('shows a failure that cannot pass without Try again', async () => {
    const gone: Failure = { kind: 'notFound', what: 'meeting', retryable: false };
    renderPane([{ kind: 'failed', failure: gone }]);
    expect(await screen.findByRole('alert')).toHaveTextContent(failureText(english, gone));
    expect(screen.queryByRole('button', { name: t('common.tryAgain') })).toBeNull();
  });

  it('still shows the plan when the task list could not be read, and says the done states are the session’s', async () => {
    const busy: Failure = { kind: 'throttled', retryable: true };
    renderPane([{ kind: 'found', plan: plan(), doneStates: { from: 'session', failure: busy } }]);
    expect(await screen.findByRole('status')).toHaveTextContent(failureText(english, busy));
    expect(screen.getByRole('button', { name: t('common.tryAgain') })).toBeInTheDocument();
    expect(stepsRegion()).toBeInTheDocument();
  });

  it('leaves out the notes link when there is none, or when it is not a web address', async () => {
    renderPane([found(plan({ notesUrl: null }))]);
    await screen.findByRole('region', { name: t('afterMeeting.plan.agreed') });
    expect(screen.queryByRole('link')).toBeNull();
  });

  it('never follows a javascript: notes link', async () => {
    renderPane([found(plan({ notesUrl: 'javascript:alert(1)' }))]);
    await screen.findByRole('region', { name: t('afterMeeting.plan.agreed') });
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
          steps: [step({ text: long }), step({ id: 'step-2', text: script, ownerId: 'u-alex', ownerName: markup, mine: false })],
        }),
      ),
    ]);
    expect(await screen.findByText(markup)).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: t('afterMeeting.steps.theirs', { name: markup }) })).toBeInTheDocument();
    expect(screen.getAllByText(script)).toHaveLength(2);
    expect(screen.getByText(rtl)).toHaveAttribute('dir', 'auto');
    expect(screen.getByRole('heading', { name: t('afterMeeting.plan.inWordsOf', { name: emoji }) })).toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: long })).toBeInTheDocument();
    expect(document.querySelector('img, b, script')).toBeNull();
    expect((window as { hacked?: number }).hacked).toBeUndefined();
  });

  it.each(['default', 'dark', 'contrast'] as const)('renders in the %s theme', async (theme) => {
    renderPane([found()], { theme });
    expect(await screen.findByRole('checkbox', { name: OWN })).toBeInTheDocument();
  });

  it('says how many days are left on a step due this week, the full date a hover away', async () => {
    renderPane([found(plan({ steps: [step({ due: '2026-12-03' })] }))]);
    const badge = (await screen.findByRole('checkbox', { name: OWN })).closest('li')!.querySelector('[data-due]')!;
    expect(badge).toHaveAttribute('data-due', 'dueSoon');
    expect(badge).toHaveTextContent(t('afterMeeting.due.inDays', { days: 3 }));
    expect(badge.querySelector('time')).toHaveAttribute('title', english.date('2026-12-03', 'full'));
  });

  it('speaks Arabic right to left, with Arabic plurals for its counts', async () => {
    const arabic = wordsFor('ar-SA');
    // Three steps (Arabic's "few" form), one of them due in two days (its dual).
    renderPane([found(plan({ steps: [step({ due: '2026-12-02' }), ...plan().steps.slice(1)] }))], { words: arabic });
    const main = await screen.findByRole('main', { name: 'خطة التدريب' });
    expect(main.closest('[dir]')).toHaveAttribute('dir', 'rtl');
    expect(main.closest('[lang]')).toHaveAttribute('lang', 'ar-SA');
    expect(await screen.findByRole('region', { name: 'ما اتفقنا عليه' })).toBeInTheDocument();
    // Whose plan it is, joined the Arabic way.
    expect(main).toHaveTextContent('Alex وSam');
    // "1 of 3 done": three takes the plural of 3 to 10, in Arabic-Indic digits.
    expect(within(stepsRegion(arabic)).getByText('أُنجز ١ من ٣ خطوات')).toHaveAttribute('data-steps-total', '3');
    const box = screen.getByRole('checkbox', { name: OWN });
    expect(box.closest('li')!.querySelector('[data-due]')).toHaveTextContent('مستحقة خلال يومين');
    // Nothing of the pane's own is left in English.
    expect(main).not.toHaveTextContent(t('afterMeeting.plan.agreed'));
    expect(main).not.toHaveTextContent(/\bdone\b|\bsteps\b/);
  });

  it('says what is missing rather than leaving gaps', async () => {
    renderPane([found(plan({ chosenOption: null, coacheeSummary: null, followUpStart: null, steps: [] }))]);
    const agreed = await screen.findByRole('region', { name: t('afterMeeting.plan.agreed') });
    // Each missing part says so in a sentence of its own, never an empty box.
    expect(within(agreed).getAllByText(/\S/, { selector: 'p' })).toHaveLength(2);
    expect(within(stepsRegion()).queryByRole('list')).toBeNull();
    expect(stepsRegion().querySelector('p')).not.toBeEmptyDOMElement();
    expect(
      screen.getByRole('region', { name: t('afterMeeting.plan.inWordsOf', { name: 'Sam' }) }).querySelector('p'),
    ).not.toBeEmptyDOMElement();
    expect(screen.queryByRole('blockquote')).toBeNull();
  });
});
