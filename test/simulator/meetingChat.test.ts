import { COACH, COACHEE, OBSERVER } from '../../src/simulator/meetingAddress';
import { cardFrom, chatEntriesFrom, htmlToText, sandboxChat, ADAPTIVE_CARD } from '../../src/simulator/meetingChat';
import { sandboxReader } from '../../src/simulator/sandboxGraph';
import { GraphCalendarGateway } from '../../src/graph';
import { devToken, startGraphSandbox, type GraphSandbox } from '../graph/sandbox/graphSandbox';
import { devTokens, followUp, NOW } from '../graph/helpers';

// The meeting chat as the simulator reads it: Graph's list parsed as
// untrusted, HTML reduced to text, cards kept only when they parse; and the
// loader against a REAL Graph sandbox, as each participant.

const CARD = JSON.stringify({ type: 'AdaptiveCard', version: '1.5', body: [{ type: 'TextBlock', text: 'Plan' }] });

const message = (overrides: Record<string, unknown> = {}) => ({
  id: '1700000000000',
  messageType: 'message',
  createdDateTime: '2026-12-01T09:00:00.000Z',
  from: { user: { id: COACH.userId, displayName: 'Alex' } },
  body: { contentType: 'html', content: '<p>Hello</p>' },
  attachments: [],
  ...overrides,
});

describe('htmlToText', () => {
  it('keeps hostile markup out: tags dropped, scripts with their content, references read as text', () => {
    const hostile = `<p>Hi <img src=x onerror="alert(1)">there</p><script>alert(2)</script><style>p{}</style><!-- <b>x</b> -->`;
    expect(htmlToText(hostile)).toBe('Hi there');
    expect(htmlToText('&lt;script&gt;alert(1)&lt;/script&gt; &amp;amp; &#x1F600;')).toBe('<script>alert(1)</script> &amp; 😀');
  });

  it('keeps the shape of the text: paragraphs, line breaks and list items on their own lines, markers gone', () => {
    const html = '<p><b>Summary</b></p><ul><li>One</li><li>Two</li></ul>Line<br>break<attachment id="c1"></attachment>';
    expect(htmlToText(html)).toBe('Summary\n• One\n• Two\n\nLine\nbreak');
  });

  it('leaves a lone < in text alone', () => {
    expect(htmlToText('1 < 2 and 3 > 2')).toBe('1 < 2 and 3 > 2');
  });
});

describe('chatEntriesFrom', () => {
  it('lists Graph’s newest-first page oldest first, with sender, time, text, links and cards', () => {
    const entries = chatEntriesFrom({
      value: [
        message({
          id: '2',
          body: { contentType: 'html', content: '<attachment id="c1"></attachment>' },
          attachments: [{ id: 'c1', contentType: ADAPTIVE_CARD, content: CARD }],
        }),
        message({
          id: '1',
          body: { contentType: 'html', content: '<p><a href="https://example.com/n">Notes</a> <a href="javascript:alert(1)">x</a></p>' },
        }),
      ],
    });
    expect(entries.map((e) => e.id)).toEqual(['1', '2']);
    expect(entries[0]).toMatchObject({ from: 'Alex', fromId: COACH.userId, sent: Date.UTC(2026, 11, 1, 9), text: 'Notes x' });
    expect(entries[0]!.links).toEqual([{ href: 'https://example.com/n', text: 'Notes' }]);
    expect(entries[1]).toMatchObject({ text: '', cards: [CARD], unshown: 0 });
  });

  it('shows a text body as it is, and counts attachments it cannot show', () => {
    const [entry] = chatEntriesFrom({
      value: [
        message({
          body: { contentType: 'text', content: '<b>not bold</b>' },
          attachments: [
            { id: 'a', contentType: ADAPTIVE_CARD, content: '{broken' },
            { id: 'b', contentType: ADAPTIVE_CARD, content: JSON.stringify({ type: 'HeroCard' }) },
            { id: 'c', contentType: 'reference', content: null },
          ],
        }),
      ],
    });
    expect(entry).toMatchObject({ text: '<b>not bold</b>', links: [], cards: [], unshown: 3 });
  });

  it('leaves out system events and deleted messages, and names an unknown sender', () => {
    const entries = chatEntriesFrom({
      value: [
        message({ id: '3', messageType: 'systemEventMessage' }),
        message({ id: '2', deletedDateTime: '2026-12-01T10:00:00Z' }),
        message({ from: null }),
      ],
    });
    expect(entries).toEqual([expect.objectContaining({ id: '1700000000000', from: 'Unknown', fromId: null })]);
  });

  it('refuses what is not a page of chat messages', () => {
    expect(() => chatEntriesFrom({ value: 'no' })).toThrow(/not a list of chat messages/);
    expect(() => chatEntriesFrom({ value: [{ id: '' }] })).toThrow();
  });

  it('takes only JSON objects of type AdaptiveCard as cards', () => {
    expect(cardFrom(CARD)).toMatchObject({ type: 'AdaptiveCard' });
    for (const content of [null, '', 'null', '[]', '"AdaptiveCard"', '{"type":"adaptivecard"}']) expect(cardFrom(content)).toBeNull();
  });
});

describe('sandboxChat, against a real Graph sandbox', () => {
  let sandbox: GraphSandbox;
  const CHAT = '19:meeting_sim-0123456789ab@thread.v2';
  beforeEach(async () => {
    sandbox = await startGraphSandbox();
  });
  afterEach(() => sandbox.close());

  /** A reader the way the page has one, told the sandbox's address as the server would. */
  const reader = () =>
    sandboxReader({
      configUrl: 'http://config.invalid/graph-sandbox.json',
      fetch: (input, init) =>
        String(input) === 'http://config.invalid/graph-sandbox.json'
          ? Promise.resolve(Response.json({ baseUrl: sandbox.baseUrl }))
          : fetch(input, init),
    });

  async function post(userId: string, body: unknown) {
    const res = await fetch(`${sandbox.baseUrl}/chats/${encodeURIComponent(CHAT)}/messages`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${devToken(userId)}`, 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
    });
    expect(res.status).toBe(201);
  }

  it('shows every participant the card and the messages posted, oldest first', async () => {
    await post(COACH.userId, {
      body: { contentType: 'html', content: '<attachment id="c1"></attachment>' },
      attachments: [{ id: 'c1', contentType: ADAPTIVE_CARD, content: CARD }],
    });
    await post(COACHEE.userId, { body: { contentType: 'text', content: 'Thanks!' } });
    const load = sandboxChat(reader(), CHAT);
    for (const person of [COACH, COACHEE, OBSERVER]) {
      const entries = await load(person.userId);
      expect(entries.map((e) => [e.fromId, e.text, e.cards])).toEqual([
        [COACH.userId, '', [CARD]],
        [COACHEE.userId, 'Thanks!', []],
      ]);
    }
  });

  it('reads the summary card the app posts, to every participant; and its HTML where cards are refused', async () => {
    const gateway = new GraphCalendarGateway({ tokens: devTokens(COACH.userId), baseUrl: sandbox.baseUrl, now: () => NOW });
    expect((await gateway.postSummaryToChat(CHAT, followUp())).ok).toBe(true);
    sandbox.refuseCards(true);
    expect((await gateway.postSummaryToChat(CHAT, followUp())).ok).toBe(true);
    const [card, html] = await sandboxChat(reader(), CHAT)(COACHEE.userId);
    expect(card).toMatchObject({ fromId: COACH.userId, text: '', unshown: 0 });
    expect(cardFrom(card!.cards[0])).toMatchObject({ type: 'AdaptiveCard', version: '1.5' });
    expect(html).toMatchObject({ cards: [], unshown: 0 });
    expect(html!.text).toContain('Say no to extra projects');
  });

  it('says why when the viewer is not in the chat', async () => {
    sandbox.setChatMembers(CHAT, [COACH.userId, COACHEE.userId]);
    await expect(sandboxChat(reader(), CHAT)(OBSERVER.userId)).rejects.toThrow(/403/);
  });
});
