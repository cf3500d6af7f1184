import { ADAPTIVE_CARD_TYPE, MAX_CHAT_MESSAGE_BYTES, devToken, startGraphSandbox, type GraphSandbox } from './sandbox/graphSandbox';
import { attachmentMarkers } from './sandbox/sandboxChat';
import { COACH, COACHEE, OBSERVER, graphSchema } from './helpers';

// The sandbox's meeting chats as Graph and Teams treat them: cards checked as
// Teams renders them, attachments tied to their markers, the list newest
// first in Graph's pages, and only a chat's members inside it once it has some.

let sandbox: GraphSandbox;
beforeEach(async () => {
  sandbox = await startGraphSandbox();
});
afterEach(() => sandbox.close());

const CHAT = '19:meeting_abc@thread.v2';
const messagesPath = (chat = CHAT) => `/chats/${encodeURIComponent(chat)}/messages`;

type Answer = { status: number; body: Record<string, any> }; // eslint-disable-line @typescript-eslint/no-explicit-any -- answers are read loosely in assertions

async function call(method: string, path: string, userId = COACH, body?: unknown): Promise<Answer> {
  const url = path.startsWith('http') ? path : `${sandbox.baseUrl}${path}`;
  const res = await fetch(url, {
    method,
    headers: { Authorization: `Bearer ${devToken(userId)}`, 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  return { status: res.status, body: text ? (JSON.parse(text) as Answer['body']) : {} };
}

const post = (body: unknown, userId = COACH, chat = CHAT) => call('POST', messagesPath(chat), userId, body);

const card = (extra: Record<string, unknown> = {}) =>
  JSON.stringify({ type: 'AdaptiveCard', version: '1.5', body: [{ type: 'TextBlock', text: 'Plan', wrap: true }], ...extra });

/** A message carrying `content` as an Adaptive Card, with its marker in the body. */
const cardMessage = (content: unknown = card(), id = 'card-1') => ({
  body: { contentType: 'html', content: `<attachment id="${id}"></attachment>` },
  attachments: [{ id, contentType: ADAPTIVE_CARD_TYPE, content }],
});

describe('a card in a chat message', () => {
  it('takes a card whose marker is in the body, and answers the message in Graph’s shape', async () => {
    const res = await post(cardMessage());
    expect(res.status).toBe(201);
    expect(graphSchema('chatMessage')(res.body)).toBe(true);
    expect(res.body.attachments).toEqual([expect.objectContaining({ id: 'card-1', contentType: ADAPTIVE_CARD_TYPE, content: card() })]);
    expect(res.body.from.user).toMatchObject({ id: COACH });
    expect(sandbox.chatMessages(CHAT)).toHaveLength(1);
  });

  it('ties attachments and markers one to one, as Graph does', async () => {
    const noMarker = { body: { contentType: 'html', content: '<p>Summary</p>' }, attachments: cardMessage().attachments };
    const noAttachment = { body: { contentType: 'html', content: '<attachment id="card-1"></attachment>' } };
    const otherId = { ...cardMessage(), body: { contentType: 'html', content: '<attachment id="card-2"></attachment>' } };
    const textBody = { ...cardMessage(), body: { contentType: 'text', content: '<attachment id="card-1"></attachment>' } };
    const twice = { ...cardMessage(), attachments: [...cardMessage().attachments, ...cardMessage().attachments] };
    const noId = { ...cardMessage(), attachments: [{ contentType: ADAPTIVE_CARD_TYPE, content: card() }] };
    for (const body of [noMarker, noAttachment, otherId, textBody, twice, noId]) {
      const res = await post(body);
      expect(res.status).toBe(400);
      expect(res.body.error.code).toBe('BadRequest');
    }
    expect(sandbox.chatMessages(CHAT)).toEqual([]);
  });

  it('reads markers in either quote, and only whole markers', () => {
    expect(attachmentMarkers(`<div><attachment id="a"></attachment> <ATTACHMENT id='b'></attachment></div>`)).toEqual(['a', 'b']);
    expect(attachmentMarkers('&lt;attachment id="a"&gt;&lt;/attachment&gt; <attachment id="b">')).toEqual([]);
  });

  it('refuses a card Teams cannot render: not a JSON string, not a card, a version after 1.5', async () => {
    const refused = [
      JSON.parse(card()) as object, // an object, not a string: the schema says string
      '{not json',
      '[]',
      JSON.stringify({ type: 'HeroCard', version: '1.5' }),
      card({ version: '1.6' }),
      card({ version: '2.0' }),
      card({ version: 1.5 }),
      card({ version: undefined }),
    ];
    for (const content of refused) expect((await post(cardMessage(content))).status).toBe(400);
    expect((await post(cardMessage(card({ version: '1.0' })))).status).toBe(201);
  });

  it('implements no other kind of attachment', async () => {
    const thumbnail = {
      ...cardMessage(),
      attachments: [{ id: 'card-1', contentType: 'application/vnd.microsoft.card.thumbnail', content: '{}' }],
    };
    expect((await post(thumbnail)).status).toBe(400);
  });

  it('counts a card’s content in Teams’ 28 KB', async () => {
    const big = card({ body: [{ type: 'TextBlock', text: 'x'.repeat(MAX_CHAT_MESSAGE_BYTES) }] });
    const res = await post(cardMessage(big));
    expect(res.status).toBe(413);
    expect(res.body.error.code).toBe('RequestEntityTooLarge');
  });

  it('refuses server-set properties', async () => {
    expect((await post({ ...cardMessage(), from: { user: { id: COACHEE } } })).status).toBe(400);
    expect((await post({ ...cardMessage(), createdDateTime: '2026-12-01T09:00:00Z' })).status).toBe(400);
  });
});

describe('a chat that takes no cards', () => {
  it('refuses every card with 400 from the start, yet takes the HTML fallback', async () => {
    await sandbox.close();
    sandbox = await startGraphSandbox({ refuseCards: true });
    const res = await post(cardMessage());
    expect(res.status).toBe(400);
    expect(res.body.error.message).toContain("'card-1'");
    expect((await post({ body: { contentType: 'html', content: '<p>Summary</p>' } })).status).toBe(201);
    expect(sandbox.chatMessages(CHAT)).toHaveLength(1);
  });

  it('refuses and takes cards again as a test switches, inside a $batch too', async () => {
    sandbox.refuseCards(true);
    const batch = await call('POST', '/$batch', COACH, {
      requests: [{ id: '1', method: 'POST', url: messagesPath(), headers: { 'Content-Type': 'application/json' }, body: cardMessage() }],
    });
    expect(batch.body.responses[0].status).toBe(400);
    sandbox.refuseCards(false);
    expect((await post(cardMessage())).status).toBe(201);
  });
});

describe('reading a chat', () => {
  const postMany = async (count: number) => {
    for (let i = 0; i < count; i++) expect((await post({ body: { contentType: 'text', content: `message ${i}` } })).status).toBe(201);
  };
  const contents = (res: Answer) => (res.body.value as { body: { content: string } }[]).map((m) => m.body.content);

  it('lists newest first, to every participant, under /me/chats too', async () => {
    await postMany(3);
    const asCoachee = await call('GET', messagesPath(), COACHEE);
    expect(asCoachee.status).toBe(200);
    expect(contents(asCoachee)).toEqual(['message 2', 'message 1', 'message 0']);
    expect((asCoachee.body.value as unknown[]).every((m) => graphSchema('chatMessage')(m))).toBe(true);
    expect(contents(await call('GET', `/me${messagesPath()}`, OBSERVER))).toEqual(['message 2', 'message 1', 'message 0']);
    expect(contents(await call('GET', messagesPath('19:meeting_other@thread.v2')))).toEqual([]);
  });

  it('pages as Graph does: 20 without $top, up to 50 with it, then @odata.nextLink', async () => {
    await postMany(23);
    const first = await call('GET', messagesPath());
    expect(first.body.value).toHaveLength(20);
    const second = await call('GET', first.body['@odata.nextLink'] as string);
    expect(contents(second)).toEqual(['message 2', 'message 1', 'message 0']);
    expect(second.body['@odata.nextLink']).toBeUndefined();
    expect((await call('GET', `${messagesPath()}?$top=50`)).body.value).toHaveLength(23);
    expect((await call('GET', `${messagesPath()}?$top=51`)).status).toBe(400);
  });

  it('orders only newest first, and refuses what it does not implement', async () => {
    await postMany(2);
    expect(contents(await call('GET', `${messagesPath()}?$orderby=createdDateTime desc`))).toEqual(['message 1', 'message 0']);
    expect((await call('GET', `${messagesPath()}?$orderby=createdDateTime asc`)).status).toBe(400);
    expect((await call('GET', `${messagesPath()}?$filter=lastModifiedDateTime gt 2026-01-01T00:00:00Z`)).status).toBe(400);
  });

  it('keeps a chat with members to its members, for reading and posting', async () => {
    await postMany(1);
    sandbox.setChatMembers(CHAT, [COACH, COACHEE]);
    expect((await call('GET', messagesPath(), COACHEE)).status).toBe(200);
    const outsider = await call('GET', messagesPath(), OBSERVER);
    expect(outsider.status).toBe(403);
    expect(outsider.body.error.code).toBe('Forbidden');
    expect((await post(cardMessage(), OBSERVER)).status).toBe(403);
    sandbox.setChatMembers(CHAT, null);
    expect((await call('GET', messagesPath(), OBSERVER)).status).toBe(200);
  });
});
