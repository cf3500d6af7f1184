import { act, screen, within } from '@testing-library/react';
import { NotesView } from '../../../src/ui';
import { notesView } from '../../../src/ui/surfaces/lazyNotesView';
import { CARRY_OVER, COACH, COACHEE, FOLLOW_UP_START, NEXT_WEEK, T0 } from '../../fixtures/sessions';
import { english } from '../../fixtures/words';
import { settle } from '../../fixtures/waiting';
import { arrange, meeting, renderPanel, toLearn } from '../helpers';
import { arrangeFullSession, IN_THREE_DAYS } from '../notesSession';

const region = (name: string) => screen.getByRole('region', { name });
const items = (name: string) => within(region(name)).getAllByRole('listitem');

/** jsdom's Blob has no text(); FileReader reads it. */
const readText = (blob: Blob) =>
  new Promise<string>((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as string);
    reader.onerror = () => reject(reader.error);
    reader.readAsText(blob);
  });

// Meets the notes as a user does a moment after opening the tab: the chunk has arrived.
beforeAll(() => notesView.preload());

describe('NotesView', () => {
  it('leads with last time’s plan and what became of it, live as the two review it', () => {
    const m = meeting();
    arrange(m, m.coach, CARRY_OVER);
    renderPanel(m.coach, COACH, m.clock, <NotesView />);
    const last = region(`Last time (${english.date('2026-11-11')})`);
    expect(within(last).getByRole('region', { name: 'What happened to the steps' })).toHaveTextContent('Not reviewed yet');
    act(() => arrange(m, m.coachee, { type: 'reviewCarriedStep', id: 'prev-step-1', review: 'done' }));
    act(() => arrange(m, m.coachee, { type: 'reviewCarriedCause', id: 'prev-cause-1', review: 'right' }));
    expect(within(last).getByRole('region', { name: 'What happened to the steps' })).toHaveTextContent(/Agree a Wednesday hand-over.*Done/);
    expect(within(last).getByRole('region', { name: 'Were the causes right?' })).toHaveTextContent('Turned out right');
  });

  it('says what is missing in each part while nothing has been captured', () => {
    const m = meeting();
    renderPanel(m.coach, COACH, m.clock, <NotesView />);

    const t = english.t;
    expect(screen.getByRole('main')).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1, name: t('notes.document.title') })).toBeInTheDocument();
    expect(region(t('notes.challenge.title'))).toHaveTextContent(t('notes.challenge.none'));
    expect(region(t('notes.causes.title'))).toHaveTextContent(t('notes.causes.none'));
    expect(region(t('notes.options.title'))).toHaveTextContent(t('notes.options.none'));
    expect(region(t('notes.chosenOption.title'))).toHaveTextContent(t('notes.chosenOption.none'));
    expect(region(t('notes.nextSteps.title'))).toHaveTextContent(t('notes.nextSteps.none'));
    expect(region(t('notes.summary.title'))).toHaveTextContent(t('notes.summary.none'));
    expect(region(t('notes.followUp.title'))).toHaveTextContent(t('notes.followUp.none'));
    expect(region(t('notes.affirmation.title'))).toHaveTextContent(t('notes.affirmation.none'));
    expect(screen.queryByRole('region', { name: t('notes.challenge.earlier') })).not.toBeInTheDocument();
    const path = within(region(t('notes.timeline.title'))).getByRole('list', { name: t('notes.timeline.pathTaken', { count: 0 }) });
    expect(path).toHaveTextContent(english.t('common.stage.open'));
    // Read-only: the only controls take the notes away.
    expect(screen.queryByRole('textbox')).not.toBeInTheDocument();
    expect(screen.getAllByRole('button').map((b) => b.textContent)).toEqual([t('notes.actions.download'), t('notes.actions.print')]);
  });

  it('shows every part of a session: challenge and its history, who proposed what, the plan, Close, the timeline', () => {
    const m = meeting();
    arrangeFullSession(m);
    renderPanel(m.coachee, COACHEE, m.clock, <NotesView />);

    const notes = screen.getByRole('article', { name: 'Session notes' });
    expect(notes).toHaveTextContent(`Session began${english.dateTime(T0)}CoachAlex CoachCoacheeSam Coachee`);
    expect(notes).toHaveTextContent('Current stageClose (3 of 3 criteria met)');

    const challenge = region('Challenge');
    expect(challenge).toHaveTextContent('I keep missing the weekly report deadline.');
    expect(challenge).toHaveTextContent('Stated by Sam Coachee (coachee)');
    expect(challenge).toHaveTextContent('Agreed by Sam Coachee and Alex Coach.');
    const earlier = within(region('Earlier definitions')).getAllByRole('listitem');
    expect(earlier).toHaveLength(1);
    expect(earlier[0]).toHaveTextContent(`The weekly report is late.Sam Coachee (coachee), ${english.dateTime(T0 + 3 * 60_000)}`);

    expect(items('Causes').map((li) => li.textContent)).toEqual([
      'The data arrives on Thursday evening.Proposed by Sam Coachee (coachee)',
      'The review waits for my manager.Proposed by Alex Coach (coach)',
    ]);
    expect(items('Options').map((li) => li.textContent)).toEqual([
      'Move the report to Monday.Proposed by Alex Coach (coach)',
      'Ask for the data on Wednesday. (chosen)Proposed by Sam Coachee (coachee)',
    ]);
    expect(region('Chosen option')).toHaveTextContent('Ask for the data on Wednesday.Proposed by Sam Coachee (coachee)');

    expect(items('Next steps').map((li) => li.textContent)).toEqual([
      `Ask my manager to review on Fridays.Who: Alex Coach · By when: ${english.date(IN_THREE_DAYS)} · Done`,
      `Agree a Wednesday hand-over with the data team.Who: Sam Coachee · By when: ${english.date(NEXT_WEEK)} · Not done yet`,
    ]);

    expect(region('Coachee’s summary')).toHaveTextContent('I will agree a Wednesday hand-over by next week.');
    const followUp = within(region('Follow-up'));
    const fact = (name: string) => followUp.getByText(name, { selector: 'dt' }).nextElementSibling;
    expect(fact('Kind')).toHaveTextContent('Status update');
    expect(fact('When')).toHaveTextContent(english.dateTime(FOLLOW_UP_START));
    expect(fact('Length')).toHaveTextContent('45 min');
    expect(fact('On Alex Coach’s calendar')).toHaveTextContent('Yes');
    expect(fact('Accepted by Sam Coachee')).toHaveTextContent('Yes');
    expect(region('Coach’s affirmation')).toHaveTextContent('You have a solid plan, and I have confidence in you.Alex Coach');

    const timeline = within(region('Stage timeline'));
    expect(timeline.getByText('Path taken (1 loop back):')).toBeInTheDocument();
    expect(
      within(timeline.getByRole('list', { name: /Path taken/ }))
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['Open', '→ Learn', '→ Plan', '→ Learn', '→ Plan', '→ Close']);
    const rows = within(timeline.getByRole('table', { name: 'Time per stage' })).getAllByRole('row');
    expect(rows.map((r) => r.textContent)).toEqual([
      'StageTime spentVisits',
      'Open2 min1',
      expect.stringMatching(/^Learn\d+ min2$/),
      expect.stringMatching(/^Plan\d+ min2$/),
      expect.stringMatching(/^Close(<1|\d+) min1$/),
    ]);
    const changes = within(region('Stage changes')).getAllByRole('listitem');
    expect(changes).toHaveLength(6);
    expect(changes[0]).toHaveTextContent('The session started in Open.');
    expect(changes[1]).toHaveTextContent(
      'Alex Coach advanced anyway from Open to Learn, though Open’s criteria were not met.Reason: We agreed the topic before the call',
    );
    expect(changes[3]).toHaveTextContent('Alex Coach went back from Plan to Learn.Reason: We have not looked at the review step');
    expect(changes[5]).toHaveTextContent('Alex Coach moved on from Plan to Close.');
  });

  it('follows the session live: what the other person adds appears at once', () => {
    const m = meeting();
    toLearn(m);
    renderPanel(m.coach, COACH, m.clock, <NotesView />);
    expect(region('Causes')).toHaveTextContent('No causes yet.');

    act(() => arrange(m, m.coachee, { type: 'addCause', id: 'cause-live', text: 'Nobody owns the report.' }));
    expect(items('Causes').map((li) => li.textContent)).toEqual(['Nobody owns the report.Proposed by Sam Coachee (coachee)']);

    act(() => arrange(m, m.coachee, { type: 'goBack', to: 'open', reason: 'Wrong topic' }));
    expect(within(region('Stage changes')).getAllByRole('listitem').at(-1)).toHaveTextContent(
      'Sam Coachee went back from Learn to Open.Reason: Wrong topic',
    );
    expect(screen.getByRole('article')).toHaveTextContent('Current stageOpen');
  });

  it('shows hostile text as text: markup, script, 2,000 characters, right-to-left, emoji', () => {
    const m = meeting();
    const markup = '<script>window.hacked = true</script><img src=x onerror="window.hacked = true"> # not a heading [link](https://x.test)';
    const long = 'x'.repeat(1_990) + ' 🙂👍🏽end';
    const rtl = 'הדוח מתעכב כל שבוע';
    arrange(m, m.coachee, { type: 'stateChallenge', id: 'ch-1', text: markup });
    arrange(m, m.coachee, { type: 'stateChallenge', id: 'ch-2', text: long });
    arrange(m, m.coach, { type: 'advance' });
    arrange(m, m.coachee, { type: 'addCause', id: 'c-rtl', text: rtl });
    arrange(m, m.coach, { type: 'addOption', id: 'o-emoji', text: '🚀 Ship it *now* `please`' });
    const { container } = renderPanel(m.coach, COACH, m.clock, <NotesView />);

    expect(long).toHaveLength(2_000);
    expect(within(region('Challenge')).getByText(long)).toBeInTheDocument();
    expect(within(region('Earlier definitions')).getByText(markup)).toBeInTheDocument();
    expect(within(region('Causes')).getByText(rtl)).toBeInTheDocument();
    expect(within(region('Options')).getByText('🚀 Ship it *now* `please`')).toBeInTheDocument();
    expect(container.querySelector('script, img')).toBeNull();
    expect(screen.queryByRole('link')).not.toBeInTheDocument();
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);
    expect((window as { hacked?: boolean }).hacked).toBeUndefined();
  });

  it('downloads the notes as a Markdown file through a Blob URL', async () => {
    const m = meeting();
    toLearn(m);
    const blobs: Blob[] = [];
    const clicked: HTMLAnchorElement[] = [];
    const createObjectURL = jest.fn((blob: Blob) => {
      blobs.push(blob);
      return 'blob:notes-1';
    });
    const revokeObjectURL = jest.fn();
    Object.assign(URL, { createObjectURL, revokeObjectURL });
    const click = jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push(this);
    });
    try {
      const { user } = renderPanel(m.coach, COACH, m.clock, <NotesView />);
      await user.click(screen.getByRole('button', { name: 'Download as Markdown' }));

      expect(clicked).toHaveLength(1);
      expect(clicked[0]).toHaveAttribute('download', 'stagecoach-notes-2026-11-25.md');
      expect(clicked[0]).toHaveAttribute('href', 'blob:notes-1');
      expect(clicked[0]?.isConnected).toBe(false);
      expect(blobs[0]?.type).toBe('text/markdown;charset=utf-8');
      const text = await readText(blobs[0]!);
      expect(text).toMatch(/^# Stagecoach session notes\n/);
      expect(text).toContain('## Challenge\n\nI keep missing the weekly report deadline.\n');
      await settle();
      expect(revokeObjectURL).toHaveBeenCalledWith('blob:notes-1');
    } finally {
      click.mockRestore();
    }
  });

  it('prints through the browser’s print dialog', async () => {
    const m = meeting();
    const print = jest.spyOn(window, 'print').mockImplementation(() => undefined);
    try {
      const { user } = renderPanel(m.coach, COACH, m.clock, <NotesView />);
      await user.click(screen.getByRole('button', { name: 'Print' }));
      expect(print).toHaveBeenCalledTimes(1);
    } finally {
      print.mockRestore();
    }
  });

  it('hides its buttons on paper and prints dark on white whatever the theme', () => {
    const m = meeting();
    renderPanel(m.coach, COACH, m.clock, <NotesView />);
    const printRules = [...document.styleSheets]
      .flatMap((sheet) => [...sheet.cssRules])
      .filter((rule): rule is CSSMediaRule => rule instanceof CSSMediaRule && rule.conditionText === 'print')
      .flatMap((rule) => [...rule.cssRules].map((r) => r.cssText));
    const actions = screen.getAllByRole('button')[0]!.parentElement!;
    const hides = printRules.filter((r) => r.includes('display: none'));
    expect(hides.some((r) => [...actions.classList].some((c) => r.startsWith(`.${c}`)))).toBe(true);
    // The main text colour token takes the light theme's value on paper.
    expect(printRules.some((r) => /--colorNeutralForeground1: #[0-9a-f]{6}/i.test(r))).toBe(true);
  });
});
