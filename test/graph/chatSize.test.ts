import { GraphCalendarGateway } from '../../src/graph';
import { CHAT_SUMMARY_MAX_BYTES, summaryHtml } from '../../src/graph/chatSummary';
import { escapeHtml } from '../../src/graph/escapeHtml';
import { LIMITS } from '../../src/domain';
import type { FollowUpDraft } from '../../src/ui/components/FollowUp/followUpRequest';
import { english } from '../fixtures/words';
import { MAX_CHAT_MESSAGE_BYTES, devToken, startGraphSandbox, type GraphSandbox } from './sandbox/graphSandbox';
import { COACH, NOW, followUp, sandboxClientOptions } from './helpers';

// Teams refuses a chat message over about 28 KB. The sandbox does too (413),
// and the gateway fits the summary under it, whatever the plan holds: the
// card, and the HTML sent where a card is refused.

let sandbox: GraphSandbox;
beforeEach(async () => {
  sandbox = await startGraphSandbox();
});
afterEach(() => sandbox.close());

const CHAT = '19:meeting_abc@thread.v2';
const gateway = () => new GraphCalendarGateway({ ...sandboxClientOptions(sandbox.baseUrl, COACH), now: () => NOW });
const bytes = (text: string) => Buffer.byteLength(text, 'utf8');
/** The most a text may hold, in a character HTML escapes to six bytes. */
const widest = (max: number) => '"'.repeat(max);
const manySteps = (count: number): FollowUpDraft['nextSteps'] =>
  Array.from({ length: count }, (_, i) => ({
    text: `${i}: ${widest(LIMITS.shortText - 5)}`,
    ownerName: 'Sam',
    due: `2026-12-${String(10 + (i % 20)).padStart(2, '0')}`,
  }));
const posted = () => sandbox.chatMessages(CHAT).map((m) => (m.body as { content: string }).content);
/** The card of the one message posted, as JSON text. */
const postedCard = () => {
  const [message] = sandbox.chatMessages(CHAT) as { attachments?: { content: string }[] }[];
  return message!.attachments![0]!.content;
};
/** Every text on a card, in order (the word joiners `literal` adds left in). */
const cardTexts = (json: string): string[] =>
  [...json.matchAll(/"text":"((?:[^"\\]|\\.)*)"/g)].map((m) => JSON.parse(`"${m[1]}"`) as string);

async function post(content: string) {
  const res = await fetch(`${sandbox.baseUrl}/chats/${encodeURIComponent(CHAT)}/messages`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${devToken(COACH)}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ body: { contentType: 'html', content } }),
  });
  return { status: res.status, body: (await res.json()) as { error?: { code: string } } };
}

describe('the sandbox, as Teams', () => {
  it('takes a message of 28 KB and refuses one byte more with 413', async () => {
    expect((await post('é'.repeat(MAX_CHAT_MESSAGE_BYTES / 2))).status).toBe(201);
    const refused = await post(`${'é'.repeat(MAX_CHAT_MESSAGE_BYTES / 2)}x`);
    expect(refused.status).toBe(413);
    expect(refused.body.error?.code).toBe('RequestEntityTooLarge');
    expect(posted()).toHaveLength(1);
  });
});

describe('the summary, fitted', () => {
  it('keeps a plan that fits as it is', () => {
    const request = followUp();
    expect(summaryHtml(request)).toContain('Draft the message to Kim');
    expect(summaryHtml(request)).not.toContain(english.t('documents.summary.moreSteps', { count: 1 }));
  });

  it('keeps the card’s next steps due first that fit, and says how many more are in the notes', async () => {
    const request = followUp({ nextSteps: manySteps(LIMITS.itemsPerCollection) });
    expect((await gateway().postSummaryToChat(CHAT, request)).ok).toBe(true);
    const card = postedCard();
    expect(bytes(card)).toBeLessThanOrEqual(CHAT_SUMMARY_MAX_BYTES);
    const texts = cardTexts(card);
    const all = manySteps(LIMITS.itemsPerCollection);
    // Each step's text starts with its index.
    const dues = texts.flatMap((t) => {
      const index = /^(\d+): "/.exec(t)?.[1];
      return index === undefined ? [] : [all[Number(index)]!.due];
    });
    expect(dues.length).toBeGreaterThan(0);
    expect(texts).toContain(english.t('documents.summary.moreSteps', { count: all.length - dues.length }));
    const latestKept = [...dues].sort().at(-1)!;
    expect(
      all
        .map((s) => s.due)
        .sort()
        .slice(dues.length)
        .every((due) => due >= latestKept),
    ).toBe(true);
    expect(texts).toContain(request.words.followUpTime);
  });

  it('keeps the HTML’s next steps due first that fit, where the card is refused', async () => {
    sandbox.refuseCards(true);
    const request = followUp({ nextSteps: manySteps(LIMITS.itemsPerCollection) });
    expect((await gateway().postSummaryToChat(CHAT, request)).ok).toBe(true);
    const [content] = posted();
    expect(bytes(content!)).toBeLessThanOrEqual(CHAT_SUMMARY_MAX_BYTES);
    const kept = content!.match(/<li>/g)?.length ?? 0;
    expect(kept).toBeGreaterThan(0);
    const more = english.t('documents.summary.moreSteps', { count: LIMITS.itemsPerCollection - kept });
    expect(more).toBe(`And ${LIMITS.itemsPerCollection - kept} more next steps: see the session notes in Stagecoach.`);
    expect(content).toContain(more);
    // Every step kept is due no later than any step left out (each step's text starts with its index).
    const all = manySteps(LIMITS.itemsPerCollection);
    const dues = [...content!.matchAll(/<li>(\d+): /g)].map((m) => all[Number(m[1])]!.due);
    expect(dues).toHaveLength(kept);
    const latestKept = dues.sort().at(-1)!;
    const leftOut = all
      .map((s) => s.due)
      .sort()
      .slice(kept);
    expect(leftOut.every((due) => due >= latestKept)).toBe(true);
    expect(content).toContain(escapeHtml(request.words.followUpTime));
    expect(request.words.followUpTime).toMatch(
      /^Status update on the calendar: Thursday, December 3, 2026 at 2:00\sPM \(Central European Standard Time\), 30 min\.$/u,
    );
  });

  const unfitting = () =>
    followUp({
      challenge: widest(LIMITS.longText),
      coacheeSummary: widest(LIMITS.longText),
      chosenOption: widest(LIMITS.shortText),
      attendee: { address: 'sam@contoso.example', displayName: widest(LIMITS.displayName) },
      nextSteps: manySteps(LIMITS.itemsPerCollection),
      notesUrl: `https://stagecoach.example/notes?session=${'s'.repeat(1900)}`,
    });

  it('keeps the challenge and the option on the card where the HTML has room only for where the plan is', async () => {
    const request = unfitting();
    expect((await gateway().postSummaryToChat(CHAT, request)).ok).toBe(true);
    const card = postedCard();
    expect(bytes(card)).toBeLessThanOrEqual(CHAT_SUMMARY_MAX_BYTES);
    expect(cardTexts(card)).toEqual(expect.arrayContaining([request.challenge, request.chosenOption, request.words.followUpTime]));
    expect(card).toContain('"url":"https://stagecoach.example/notes?session=');
  });

  it('says only when the follow-up is and where the plan is in HTML, where the card is refused', async () => {
    sandbox.refuseCards(true);
    expect((await gateway().postSummaryToChat(CHAT, unfitting())).ok).toBe(true);
    const [content] = posted();
    expect(bytes(content!)).toBeLessThanOrEqual(CHAT_SUMMARY_MAX_BYTES);
    expect(content).toContain(`<p>${english.t('documents.summary.tooLong')}</p>\n<p><a href="https://stagecoach.example/notes?session=`);
    expect(content).toContain('30 min.');
  });

  it('fits in the one round trip of the closure too', async () => {
    const scheduled = await gateway().scheduleFollowUp(followUp({ nextSteps: manySteps(LIMITS.itemsPerCollection) }), CHAT);
    expect(scheduled.event.ok).toBe(true);
    expect(scheduled.summary?.ok).toBe(true);
    expect(sandbox.requests.map((r) => r.path)).toEqual(['/v1.0/$batch']);
  });

  it('reports a message Teams refuses as too large as not worth trying again, and sends it once', async () => {
    sandbox.injectFaults({ kind: 'status', status: 413 });
    const outcome = await gateway().postSummaryToChat(CHAT, followUp());
    expect(outcome).toMatchObject({ ok: false, failure: { kind: 'invalid', retryable: false } });
    expect(sandbox.requests).toHaveLength(1);
  });
});
