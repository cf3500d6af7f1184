/**
 * @jest-environment jsdom
 */
import '@testing-library/jest-dom';
import { TextEncoder } from 'node:util';
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { FluentProvider, teamsLightTheme } from '@fluentui/react-components';
import { cardChatMessage } from '../../src/graph/chatCard';
import { fluentHostConfig, renderCard } from '../../src/simulator/adaptiveCard';
import { COACH, COACHEE } from '../../src/simulator/meetingAddress';
import type { ChatEntry, LoadChat } from '../../src/simulator/meetingChat';
import { CHAT_POLL_MS, MeetingChatPane } from '../../src/simulator/MeetingChatPane';
import { followUp } from '../graph/helpers';

// The chat view with its loader injected (the loader reads a real sandbox in
// meetingChat.test.ts), and cards through the REAL adaptivecards renderer.
// jsdom has no innerText, which the renderer sets every text with: here it
// sets the text, as a browser does (no markup is ever read from it). Nor
// has it TextEncoder, which the app's card builder counts bytes with.
beforeAll(() => {
  globalThis.TextEncoder ??= TextEncoder;
  Object.defineProperty(HTMLElement.prototype, 'innerText', {
    configurable: true,
    get(this: HTMLElement) {
      return this.textContent ?? '';
    },
    set(this: HTMLElement, value: string) {
      this.textContent = value;
    },
  });
});

const HOSTILE = '<img src=x onerror="alert(1)">**bold** ${name}';

const card = (body: unknown[], actions: unknown[] = []) => JSON.stringify({ type: 'AdaptiveCard', version: '1.5', body, actions });

const entry = (overrides: Partial<ChatEntry> = {}): ChatEntry => ({
  id: '1',
  from: 'Alex',
  fromId: COACH.userId,
  sent: Date.UTC(2026, 11, 1, 9),
  text: '',
  links: [],
  cards: [],
  unshown: 0,
  ...overrides,
});

describe('renderCard, the real renderer', () => {
  const opened: string[] = [];
  const rendered = (json: string) =>
    renderCard(JSON.parse(json) as Record<string, unknown>, fluentHostConfig(), (href) => opened.push(href));
  beforeEach(() => void opened.splice(0));

  it('sets every text as text: no markup, no markdown', () => {
    const { element } = rendered(card([{ type: 'TextBlock', text: HOSTILE, wrap: true }]));
    expect(element).not.toBeNull();
    expect(element!.textContent).toContain(HOSTILE);
    expect(element!.querySelector('img, strong, b, script')).toBeNull();
  });

  it('gives a heading its level under the pane’s own', () => {
    const { element } = rendered(card([{ type: 'TextBlock', text: 'Summary', style: 'heading' }]));
    expect(element!.querySelector('[role="heading"]')).toHaveAttribute('aria-level', '3');
  });

  it('opens only http(s) addresses, and performs no other action', () => {
    const { element } = rendered(
      card(
        [],
        [
          { type: 'Action.OpenUrl', title: 'Notes', url: 'https://stagecoach.example/notes?session=1' },
          { type: 'Action.OpenUrl', title: 'Script', url: 'javascript:alert(1)' },
          { type: 'Action.Submit', title: 'Send', data: { x: 1 } },
        ],
      ),
    );
    for (const button of Array.from(element!.querySelectorAll('button'))) fireEvent.click(button);
    expect(opened).toEqual(['https://stagecoach.example/notes?session=1']);
  });

  it('takes the href off a text run’s link that is not http(s)', () => {
    const run = (url: string) => ({ type: 'TextRun', text: url, selectAction: { type: 'Action.OpenUrl', url } });
    const { element } = rendered(card([{ type: 'RichTextBlock', inlines: [run('javascript:alert(1)'), run('https://example.com/')] }]));
    const hrefs = Array.from(element!.querySelectorAll('a')).map((a) => a.getAttribute('href'));
    expect(hrefs).toEqual([null, 'https://example.com/']);
  });

  it('draws the app’s own summary card, typed text as typed, its notes action opening the notes', () => {
    const typed = `<b>Say no</b> **now** \${x} {{DATE(2026-12-01T09:00:00Z)}} مرحبا 🎯`;
    const request = followUp({ challenge: typed });
    const json = cardChatMessage(request).attachments![0]!.content!;
    const { element, warnings } = rendered(json);
    expect(warnings).toEqual([]);
    expect(element!.textContent!.replace(/\u2060/g, '')).toContain(typed);
    expect(element!.querySelector('b, strong, img')).toBeNull();
    const open = Array.from(element!.querySelectorAll('button')).find((b) => b.getAttribute('role') === 'link');
    fireEvent.click(open!);
    expect(opened).toEqual([request.notesUrl]);
  });

  it('says what it could not read: a version Teams does not render', () => {
    expect(rendered(JSON.stringify({ type: 'AdaptiveCard', version: '9.0', body: [] })).warnings).not.toEqual([]);
    expect(rendered(card([{ type: 'TextBlock', text: 'fine' }])).warnings).toEqual([]);
  });
});

describe('MeetingChatPane', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  const settle = () => act(async () => {});
  function renderPane(load: LoadChat, viewer = COACHEE) {
    return render(
      <FluentProvider theme={teamsLightTheme}>
        <MeetingChatPane load={load} viewer={viewer} people={[COACH, COACHEE]} onViewerChange={() => {}} onClose={() => {}} />
      </FluentProvider>,
    );
  }

  it('shows the viewer’s chat: hostile text as text, each card as a group with its actions', async () => {
    const notes = card([{ type: 'TextBlock', text: 'Plan' }], [{ type: 'Action.OpenUrl', title: 'Open', url: 'https://example.com/n' }]);
    const load = jest.fn<ReturnType<LoadChat>, Parameters<LoadChat>>(async () => [
      entry({ id: '1', text: HOSTILE }),
      entry({ id: '2', from: 'Sam', fromId: COACHEE.userId, cards: [notes] }),
    ]);
    renderPane(load);
    await settle();
    expect(load).toHaveBeenCalledWith(COACHEE.userId);
    const pane = screen.getByRole('region', { name: 'Meeting chat' });
    const messages = within(within(pane).getByRole('list', { name: 'Messages' })).getAllByRole('article');
    expect(messages).toHaveLength(2);
    expect(within(messages[0]!).getByText(HOSTILE)).toBeInTheDocument();
    expect(messages[0]!.querySelector('img')).toBeNull();
    const group = within(messages[1]!).getByRole('group', { name: 'Adaptive Card' });
    expect(within(group).getByText('Plan')).toBeInTheDocument();
    const open = jest.spyOn(window, 'open').mockReturnValue(null);
    fireEvent.click(within(group).getByRole('link', { name: 'Open' }));
    expect(open).toHaveBeenCalledWith('https://example.com/n', '_blank', 'noopener,noreferrer');
  });

  it('renders a card once, however often the same chat is read again', async () => {
    const json = card([{ type: 'TextBlock', text: 'Plan' }]);
    renderPane(async () => [entry({ cards: [json] })]);
    await settle();
    const first = screen.getByText('Plan');
    await act(async () => void jest.advanceTimersByTime(CHAT_POLL_MS));
    expect(screen.getByText('Plan')).toBe(first);
  });

  it('says when the chat is empty, and announces a new message', async () => {
    let answer: ChatEntry[] = [];
    renderPane(async () => answer);
    await settle();
    const pane = screen.getByRole('region', { name: 'Meeting chat' });
    expect(within(pane).getByText('No messages yet')).toBeInTheDocument();
    answer = [entry({ text: 'Hello' })];
    await act(async () => void jest.advanceTimersByTime(CHAT_POLL_MS));
    expect(pane.querySelector('[aria-live="polite"]')).toHaveTextContent('Alex');
  });
});
