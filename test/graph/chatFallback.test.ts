// The summary goes to the meeting chat as a card; only where Teams refuses
// the card (400) does the plain HTML go instead, once. Throttling, a message
// too large and a lost answer never send the HTML: a lost answer stays
// uncertain, as before. Against the sandbox, which checks the card as Teams
// does and can refuse every card (`refuseCards`).
import { GraphCalendarGateway } from '../../src/graph';
import { ADAPTIVE_CARD_TYPE, cardChatMessage } from '../../src/graph/chatCard';
import { htmlChatMessage } from '../../src/graph/chatSummary';
import type { GraphOutcome } from '../../src/ports';
import { startGraphSandbox, type GraphSandbox } from './sandbox/graphSandbox';
import { COACH, NOW, followUp, graphSchema, sandboxClientOptions } from './helpers';

let sandbox: GraphSandbox;
beforeEach(async () => {
  sandbox = await startGraphSandbox();
});
afterEach(() => sandbox.close());

const CHAT = '19:meeting_card@thread.v2';
const MESSAGES = `/v1.0/chats/${encodeURIComponent(CHAT)}/messages`;
const gateway = () => new GraphCalendarGateway({ ...sandboxClientOptions(sandbox.baseUrl, COACH), now: () => NOW });
const calls = () => sandbox.requests.map((r) => `${r.status} ${r.method} ${r.path}`);
const failure = <T>(o: GraphOutcome<T>) => (o.ok ? undefined : o.failure);

interface Stored {
  body: { contentType: string; content: string };
  attachments?: { id: string; contentType: string; content: string }[];
}
const stored = () => sandbox.chatMessages(CHAT) as unknown as Stored[];
const isCard = (m: Stored) => m.attachments?.[0]?.contentType === ADAPTIVE_CARD_TYPE;

describe('the card in the chat', () => {
  it('is posted once, as Graph’s schema has a chat message, and stored as sent', async () => {
    const request = followUp();
    expect(graphSchema('chatMessage')(cardChatMessage(request))).toBe(true);
    expect((await gateway().postSummaryToChat(CHAT, request)).ok).toBe(true);
    expect(calls()).toEqual([`201 POST ${MESSAGES}`]);
    const [message] = stored();
    expect(message).toMatchObject(cardChatMessage(request));
  });

  it('goes in the closure’s one round trip', async () => {
    const scheduled = await gateway().scheduleFollowUp(followUp(), CHAT);
    expect(scheduled.event.ok && scheduled.summary?.ok).toBe(true);
    expect(calls()).toEqual(['200 POST /v1.0/$batch']);
    expect(stored().map(isCard)).toEqual([true]);
  });
});

describe('a card Teams refuses', () => {
  beforeEach(() => sandbox.refuseCards(true));

  it('is followed by the HTML, once', async () => {
    const request = followUp();
    expect((await gateway().postSummaryToChat(CHAT, request)).ok).toBe(true);
    expect(calls()).toEqual([`400 POST ${MESSAGES}`, `201 POST ${MESSAGES}`]);
    expect(stored()).toMatchObject([htmlChatMessage(request)]);
    expect(stored()[0]!.attachments ?? []).toEqual([]);
  });

  it('inside the closure’s batch, is followed by the HTML once, and the event stands', async () => {
    const scheduled = await gateway().scheduleFollowUp(followUp(), CHAT);
    expect(scheduled.event.ok && scheduled.summary?.ok).toBe(true);
    expect(calls()).toEqual(['200 POST /v1.0/$batch', `201 POST ${MESSAGES}`]);
    expect(sandbox.events(COACH)).toHaveLength(1);
    expect(stored().map(isCard)).toEqual([false]);
  });

  it('and then the HTML refused too: reported as refused, not sent a third time', async () => {
    sandbox.injectFaults({ kind: 'status', status: 400 }, { kind: 'status', status: 400 });
    expect(failure(await gateway().postSummaryToChat(CHAT, followUp()))).toMatchObject({ kind: 'invalid', problem: 'refused' });
    expect(calls()).toEqual([`400 POST ${MESSAGES}`, `400 POST ${MESSAGES}`]);
    expect(stored()).toEqual([]);
  });
});

describe('what is not a refused card sends no HTML', () => {
  it('throttling: the card is asked again, and it is the card that arrives', async () => {
    sandbox.injectFaults({ kind: 'status', status: 429, retryAfterSeconds: 0 });
    expect((await gateway().postSummaryToChat(CHAT, followUp())).ok).toBe(true);
    expect(calls()).toEqual([`429 POST ${MESSAGES}`, `201 POST ${MESSAGES}`]);
    expect(stored().map(isCard)).toEqual([true]);
  });

  it('a message too large (413): reported, nothing more sent', async () => {
    sandbox.injectFaults({ kind: 'status', status: 413 });
    expect(failure(await gateway().postSummaryToChat(CHAT, followUp()))).toMatchObject({ kind: 'invalid', problem: 'tooLarge' });
    expect(calls()).toHaveLength(1);
  });

  it('no permission (403): reported, nothing more sent', async () => {
    sandbox.injectFaults({ kind: 'status', status: 403 });
    expect(failure(await gateway().postSummaryToChat(CHAT, followUp()))?.kind).toBe('consent');
    expect(calls()).toHaveLength(1);
  });

  it('a lost answer: the card may be there; no HTML follows it', async () => {
    sandbox.injectFaults({ kind: 'drop', when: 'after' });
    expect(failure(await gateway().postSummaryToChat(CHAT, followUp()))?.kind).toBe('offline');
    expect(calls()).toHaveLength(1);
    expect(stored().map(isCard)).toEqual([true]);
  });

  it('a 504 after Teams posted the card: not posted again, reported as uncertain as a lost answer is', async () => {
    sandbox.injectFaults({ kind: 'doneThenStatus', status: 504 });
    expect(failure(await gateway().postSummaryToChat(CHAT, followUp()))).toMatchObject({ kind: 'offline', summaryUncertain: true });
    expect(calls()).toEqual([`504 POST ${MESSAGES}`]);
    expect(stored().map(isCard)).toEqual([true]);
  });

  it('a 504 to the batch that did its work: one event, one card, the summary uncertain', async () => {
    sandbox.injectFaults({ kind: 'doneThenStatus', status: 504 });
    const scheduled = await gateway().scheduleFollowUp(followUp(), CHAT);
    expect(scheduled.event.ok).toBe(true);
    expect(failure(scheduled.summary!)).toMatchObject({ kind: 'offline', summaryUncertain: true });
    expect(sandbox.requests.filter((r) => r.path === '/v1.0/$batch')).toHaveLength(1);
    expect(sandbox.requests.filter((r) => r.path === MESSAGES)).toEqual([]);
    expect(stored().map(isCard)).toEqual([true]);
    expect(sandbox.events(COACH)).toHaveLength(1);
  });

  it('a lost batch answer: the summary stays uncertain, and no HTML follows', async () => {
    sandbox.injectFaults({ kind: 'drop', when: 'after' });
    const scheduled = await gateway().scheduleFollowUp(followUp(), CHAT);
    expect(failure(scheduled.summary!)).toMatchObject({ kind: 'offline', summaryUncertain: true });
    expect(sandbox.requests.filter((r) => r.path === MESSAGES)).toEqual([]);
    expect(stored().map(isCard)).toEqual([true]);
  });
});
