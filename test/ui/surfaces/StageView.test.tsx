import { act, render, screen, within } from '@testing-library/react';
import { AppShell, PortsProvider, StageView } from '../../../src/ui';
import { stageSummary } from '../../../src/ui/components/StageSummary';
import { COACH, COACHEE, DAY, FOLLOW_UP_START, NEXT_WEEK, TODAY } from '../../fixtures/sessions';
import { english, wordsFor } from '../../fixtures/words';
import { arrange, meeting, renderPanel, toClose, toLearn, toPlan, type Meeting } from '../helpers';
import { addDays } from '../../../src/domain';
import type { SessionStore, StoreSnapshot } from '../../../src/ports';

// Meets the stage as people do once the session has arrived: its chunk has too.
beforeAll(() => stageSummary.preload());

const region = (name: string | RegExp) => screen.getByRole('region', { name });
const stateOf = (element: HTMLElement) => element.getAttribute('data-state');
/** The two calendar badges, coach's first: their state codes. */
const calendarStates = () =>
  within(within(region('Follow-up')).getByRole('list', { name: 'Calendar status' }))
    .getAllByRole('listitem')
    .map((item) => stateOf(item.querySelector('[data-state]') as HTMLElement));

function renderStage(m: Meeting, store = m.coachee, self = COACHEE) {
  return renderPanel(store, self, m.clock, <StageView />);
}

describe('StageView', () => {
  it('shows where the pair are, large and read-only: stage, its criteria, the stages and the challenge', () => {
    const m = meeting();
    toLearn(m);
    arrange(m, m.coachee, { type: 'addOption', id: 'op-1', text: 'Block an hour on Thursdays' });
    renderStage(m);

    const headings = screen.getAllByRole('heading').map((h) => [h.tagName, h.textContent]);
    expect(headings.slice(0, 3)).toEqual([
      ['H1', 'Stagecoach'],
      ['H2', 'Current stage: Learn'],
      ['H2', 'The agreement'],
    ]);
    expect(screen.getByRole('heading', { level: 2, name: 'Current stage: Learn' })).toBeInTheDocument();
    const criteria = within(screen.getByRole('list', { name: 'Criteria for Learn' })).getAllByRole('listitem');
    expect(criteria.map((c) => c.getAttribute('data-met'))).toEqual(['false', 'false']);
    const stages = within(screen.getByRole('navigation', { name: 'Coaching stages' })).getAllByRole('listitem');
    expect(stages.filter((s) => s.getAttribute('aria-current') === 'step').map((s) => s.getAttribute('data-status'))).toEqual(['current']);

    expect(region('Challenge')).toHaveTextContent('I keep missing the weekly report deadline.');
    expect(within(region('Options')).getByRole('list', { name: 'Options so far' })).toHaveTextContent('Block an hour on Thursdays');
    expect(region('Next steps')).toHaveTextContent('No next steps yet.');
    // Closure is out of the way until Close.
    expect(screen.queryByRole('heading', { name: 'Closing' })).not.toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Follow-up' })).not.toBeInTheDocument();
    expect(screen.queryByRole('textbox')).not.toBeInTheDocument();
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
  });

  it('puts the chosen option first and marks it; the others follow as also considered', () => {
    const m = meeting();
    toPlan(m);
    arrange(m, m.coachee, { type: 'chooseOption', id: 'opt-2' });
    renderStage(m);

    const options = region('Options');
    const chosen = options.querySelector('[data-chosen]') as HTMLElement;
    expect(chosen).toHaveTextContent('Move the report to Monday.');
    expect(chosen).toHaveTextContent('Proposed by Alex Coach');
    const others = within(options).getByRole('list', { name: 'Also considered' });
    const items = within(others).getAllByRole('listitem');
    expect(items).toHaveLength(1);
    expect(items[0]).toHaveTextContent('Ask for the data on Wednesday.');
    expect(items[0]).toHaveTextContent('proposed by Sam Coachee');
  });

  it('lists next steps by due date, then by when they were added, with dates in words', () => {
    const m = meeting();
    toPlan(m);
    const later = addDays(TODAY, 14);
    arrange(m, m.coachee, { type: 'addNextStep', id: 'st-late', text: 'Review the new rhythm', ownerId: COACHEE.userId, due: later });
    arrange(m, m.coach, { type: 'addNextStep', id: 'st-b', text: 'Introduce Sam to the data team', ownerId: COACH.userId, due: NEXT_WEEK });
    arrange(m, m.coachee, { type: 'addNextStep', id: 'st-a', text: 'Draft the hand-over note', ownerId: COACHEE.userId, due: NEXT_WEEK });
    arrange(m, m.coachee, { type: 'setNextStepDone', id: 'st-b', done: true });
    renderStage(m);

    const list = within(region('Next steps')).getByRole('list', { name: /earliest due first/ });
    const items = within(list).getAllByRole('listitem');
    expect(items.map((li) => li.getAttribute('data-due'))).toEqual([NEXT_WEEK, NEXT_WEEK, later]);
    expect(items.map((li) => li.querySelector('p')?.textContent)).toEqual([
      'Introduce Sam to the data team',
      'Draft the hand-over note',
      'Review the new rhythm',
    ]);
    expect(items.map((li) => li.getAttribute('data-state'))).toEqual(['done', 'open', 'open']);
    expect(items.map((li) => stateOf(li.querySelector('.fui-Badge') as HTMLElement))).toEqual(['done', 'open', 'open']);
    expect(items[0]).toHaveTextContent('Who: Alex Coach');
    expect(items[0]).toHaveTextContent(`by ${english.date(NEXT_WEEK)}`);
    expect(items[2]).toHaveTextContent(`by ${english.date(later)}`);
    // Never the stored form.
    expect(screen.queryByText(new RegExp(NEXT_WEEK))).not.toBeInTheDocument();
    expect(document.body.textContent).not.toMatch(/\d{4}-\d{2}-\d{2}/);
  });

  it('shows the follow-up being put on both calendars live, and the summary and affirmation once given', () => {
    const m = meeting();
    toClose(m);
    renderStage(m);

    expect(screen.getByRole('heading', { level: 2, name: 'Closing' })).toBeInTheDocument();
    const followUp = region('Follow-up');
    expect(within(followUp).queryByRole('time')).not.toBeInTheDocument();
    expect(followUp.querySelector('time')).toBeNull();
    expect(calendarStates()).toEqual(['notCreated', 'notSent']);
    expect(within(region('Coachee’s summary')).queryByRole('blockquote')).not.toBeInTheDocument();
    expect(within(region('Coach’s affirmation')).queryByRole('blockquote')).not.toBeInTheDocument();

    act(() => arrange(m, m.coachee, { type: 'writeCoacheeSummary', text: 'I will agree a Wednesday hand-over by next week.' }));
    const summary = within(region('Coachee’s summary'));
    expect(summary.getByRole('blockquote')).toHaveTextContent('I will agree a Wednesday hand-over by next week.');
    expect(summary.getByRole('figure')).toHaveTextContent('Sam Coachee');

    act(() => arrange(m, m.coach, { type: 'planFollowUp', kind: 'decisionMeeting', start: FOLLOW_UP_START, durationMinutes: 45 }));
    const time = followUp.querySelector('time') as HTMLTimeElement;
    expect(time).toHaveTextContent(english.dateTime(FOLLOW_UP_START));
    expect(time.dateTime).toBe(new Date(FOLLOW_UP_START).toISOString());
    expect(followUp).toHaveTextContent('Decision meeting');
    expect(followUp).toHaveTextContent('45 min');
    expect(calendarStates()).toEqual(['notCreated', 'notSent']);

    act(() => arrange(m, m.coach, { type: 'recordCoachEvent', eventId: 'evt-1', iCalUId: 'ical-1' }));
    expect(calendarStates()).toEqual(['created', 'awaiting']);
    act(() => arrange(m, m.coachee, { type: 'recordCoacheeAcceptance' }));
    expect(calendarStates()).toEqual(['created', 'accepted']);
    // The words name whose calendar; the badge's icon and text carry the state, not its colour.
    const badges = within(followUp).getAllByRole('listitem');
    expect(badges[0]).toHaveTextContent('On Alex Coach’s calendar');
    expect(badges[1]).toHaveTextContent('Accepted by Sam Coachee');
    expect(badges.every((b) => b.querySelector('svg') !== null)).toBe(true);

    act(() => arrange(m, m.coach, { type: 'giveAffirmation', text: 'You have a solid plan, and I have confidence in you.' }));
    expect(within(region('Coach’s affirmation')).getByRole('blockquote')).toHaveTextContent(
      'You have a solid plan, and I have confidence in you.',
    );
    expect(
      within(screen.getByRole('list', { name: 'Criteria for Close' }))
        .getAllByRole('listitem')
        .map((c) => c.getAttribute('data-met')),
    ).toEqual(['true', 'true', 'true']);
    expect(document.body.textContent).not.toMatch(/\d{4}-\d{2}-\d{2}/);
  });

  it('shows a follow-up planned before Close, with the closure beside the agreement', () => {
    const m = meeting();
    toPlan(m);
    arrange(m, m.coach, { type: 'planFollowUp', kind: 'statusUpdate', start: m.clock.now() + 3 * DAY, durationMinutes: 30 });
    renderStage(m, m.coach, COACH);
    expect(screen.getByRole('heading', { level: 2, name: 'Current stage: Plan' })).toBeInTheDocument();
    expect(region('Follow-up')).toHaveTextContent('Status update');
    expect(calendarStates()).toEqual(['notCreated', 'notSent']);
  });

  it('speaks Arabic right to left: its arrows point the reading direction, and it counts with Arabic plurals', () => {
    const m = meeting();
    toLearn(m);
    arrange(m, m.coachee, { type: 'goBack', to: 'open', reason: 'Wrong topic' });
    const arabic = wordsFor('ar-SA');
    render(
      <AppShell words={arabic}>
        <PortsProvider store={m.coachee} self={COACHEE} clock={m.clock}>
          <StageView />
        </PortsProvider>
      </AppShell>,
    );
    const open = arabic.t('common.stage.open');
    expect(screen.getByRole('heading', { level: 2, name: `${arabic.t('stage.progress.currentLabel')} ${open}` })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: arabic.t('stage.agreement') })).toBeInTheDocument();
    expect(screen.getByRole('list', { name: arabic.t('stage.progress.criteriaFor', { stage: open }) })).toBeInTheDocument();
    const path = screen.getByRole('list', { name: arabic.t('stage.progress.pathTaken', { count: 1 }) });
    expect(path.textContent).toContain('←');
    expect(path.textContent).not.toContain('→');
    expect(arabic.t('stage.progress.pathTaken', { count: 1 })).toContain('عودة واحدة');
    expect(region(arabic.t('stage.steps.title'))).toHaveTextContent(arabic.t('stage.steps.none'));
  });

  it('says it is connecting until the session arrives', () => {
    const m = meeting();
    const connecting: StoreSnapshot = { session: null, status: 'connecting' };
    const store: SessionStore = {
      getSnapshot: () => connecting,
      subscribe: () => () => undefined,
      dispatch: () => ({ ok: true }),
      close: () => undefined,
    };
    renderPanel(store, COACHEE, m.clock, <StageView />);
    expect(screen.getByRole('status')).toHaveTextContent('Connecting…');
    expect(screen.queryByRole('heading')).not.toBeInTheDocument();
  });

  it('says it waits for the organizer while the live session does, and shows the session once it is live', () => {
    const m = meeting();
    const { rerender } = render(
      <AppShell theme="default" words={english}>
        <PortsProvider store={null} self={COACHEE} clock={m.clock}>
          <StageView waitingForOrganizer />
        </PortsProvider>
      </AppShell>,
    );
    expect(screen.getByRole('status')).toHaveTextContent(english.t('stage.waitingForOrganizer'));
    expect(screen.queryByRole('heading')).not.toBeInTheDocument();
    rerender(
      <AppShell theme="default" words={english}>
        <PortsProvider store={m.coachee} self={COACHEE} clock={m.clock}>
          <StageView waitingForOrganizer />
        </PortsProvider>
      </AppShell>,
    );
    expect(
      screen.getByRole('heading', { level: 2, name: `${english.t('stage.progress.currentLabel')} ${english.t('common.stage.open')}` }),
    ).toBeInTheDocument();
    expect(screen.queryByText(english.t('stage.waitingForOrganizer'))).not.toBeInTheDocument();
  });
});
