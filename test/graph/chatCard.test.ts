/** @jest-environment jsdom */
// The summary card, read by Microsoft's own Adaptive Cards parser and
// renderer: valid for schema 1.5, every typed text shown exactly as typed
// (no Markdown, no HTML, no template, no Teams date function), right to left
// in Arabic, and within Teams' size whatever the plan holds.
import { markdownSeen, parseCard, renderCard, shownTexts } from './cardRenderer';
import { CHAT_SUMMARY_MAX_BYTES } from '../../src/graph/chatSummary';
import { ADAPTIVE_CARD_TYPE, cardChatMessage, cardJson, literal, summaryCard, type SummaryCard } from '../../src/graph/chatCard';
import { LIMITS } from '../../src/domain';
import type { FollowUpDraft } from '../../src/ui/components/FollowUp/followUpRequest';
import { english, wordsFor } from '../fixtures/words';
import { followUp, graphSchema } from './helpers';

const arabic = wordsFor('ar-EG');
const german = wordsFor('de-DE');

const HOSTILE = [
  '<b>bold</b><script>alert(1)</script><a href="https://evil.example">x</a> &amp; &lt;',
  '**bold** _italic_ [click](javascript:alert(1)) [site](https://evil.example)',
  '- a list\r- item\n1. numbered',
  '${user.name} ${"$"}{x} $root',
  '{{DATE(2026-01-01T00:00:00Z)}} {{DATE(2026-01-01T00:00:00Z, SHORT)}} {{TIME(2026-01-01T00:00:00Z)}}',
  'خطة الأسبوع: أن أقول «لا» للمشاريع الإضافية',
  '🎯 Focus 👩🏽‍💻 days 🇩🇪',
];

/** What a reader sees: the rendered texts, without the invisible word joiners `literal` puts between braces. */
const seen = (summary: SummaryCard) => shownTexts(renderCard(cardJson(summary))).map((t) => t.replace(/\u2060/g, ''));

const bytes = (text: string) => Buffer.byteLength(text, 'utf8');
const fitted = (request = followUp()) => summaryCard(request, CHAT_SUMMARY_MAX_BYTES);

/** Every element and inline type on the card. */
function types(node: unknown, found = new Set<string>()): Set<string> {
  if (Array.isArray(node)) node.forEach((n) => types(n, found));
  else if (node && typeof node === 'object') {
    const { type } = node as { type?: unknown };
    if (typeof type === 'string') found.add(type);
    Object.values(node).forEach((v) => types(v, found));
  }
  return found;
}

/** A plan of `count` steps whose texts are as wide in the card's JSON as they may be: each `{` gains a word joiner. */
const manySteps = (count: number): FollowUpDraft['nextSteps'] =>
  Array.from({ length: count }, (_, i) => ({
    text: `${i}: ${'{'.repeat(LIMITS.shortText - 5)}`,
    ownerName: 'Sam',
    due: `2026-12-${String(10 + (i % 20)).padStart(2, '0')}`,
  }));

beforeEach(() => {
  markdownSeen.length = 0;
});

describe('the card, for the parser', () => {
  it.each([
    ['English', english],
    ['German', german],
    ['Arabic', arabic],
  ])('is a valid schema 1.5 card in %s, with nothing for the parser to warn about', (_, words) => {
    const json = cardJson(fitted(followUp({}, words)));
    const { card, events } = parseCard(json);
    expect(events).toEqual([]);
    expect(card.version.toString()).toBe('1.5');
    expect(JSON.parse(json)).toMatchObject({ type: 'AdaptiveCard', version: '1.5' });
  });

  it('holds only text runs, never a TextBlock or FactSet (whose texts Teams reads as Markdown)', () => {
    expect([...types(fitted())].sort()).toEqual(['Action.OpenUrl', 'AdaptiveCard', 'Container', 'RichTextBlock', 'TextRun']);
  });

  it('says the challenge, the chosen option, each step with owner and date, the coachee’s summary and the follow-up, with a way to the notes', () => {
    const request = followUp();
    const texts = seen(fitted(request));
    expect(texts).toEqual([
      english.t('documents.summary.heading'),
      english.t('chat.card.challenge'),
      'Say no to extra projects',
      english.t('documents.plan.chosenOption'),
      'Decline politely with a counter-offer',
      english.t('documents.plan.nextSteps'),
      'Draft the message to Kim',
      english.t('chat.card.ownerDue', { owner: 'Sam', date: english.date('2026-12-10') }),
      english.t('documents.plan.coacheeSummary', { name: 'Sam' }),
      'I will protect two focus days a week.',
      request.words.followUpTime,
      english.t('chat.card.openNotes'),
    ]);
    expect(fitted(request).actions).toEqual([
      { type: 'Action.OpenUrl', title: english.t('chat.card.openNotes'), url: 'https://stagecoach.example/notes?session=session-1' },
    ]);
  });

  it('leaves the summary’s heading out when the coachee has not summed up', () => {
    const texts = seen(fitted(followUp({ coacheeSummary: null })));
    expect(texts).not.toContain(english.t('documents.plan.coacheeSummary', { name: 'Sam' }));
    expect(texts.at(-2)).toBe(followUp().words.followUpTime);
  });

  it('names the follow-up’s zone and length', () => {
    expect(followUp().words.followUpTime).toMatch(/Central European Standard Time.*30 min/u);
  });
});

describe('typed text, as typed', () => {
  it.each(HOSTILE)('shows %j literally wherever it is typed', (text) => {
    const request = followUp({
      challenge: text,
      chosenOption: text,
      attendee: { address: 'sam@contoso.example', displayName: text },
      nextSteps: [{ text, ownerName: text, due: '2026-12-10' }],
      coacheeSummary: text,
    });
    const element = renderCard(cardJson(fitted(request)));
    const texts = seen(fitted(request));
    expect(texts.filter((t) => t === text)).toHaveLength(4); // the challenge, the option, the step, the summary
    expect(texts).toContain(english.t('chat.card.ownerDue', { owner: text, date: english.date('2026-12-10') }));
    // Nothing was read as Markdown or HTML: no link, no emphasis, no script, and no date put in.
    expect(markdownSeen).toEqual([]);
    expect(element.querySelectorAll('a, b, strong, em, script, ul, ol, li')).toHaveLength(0);
  });

  it('would have lost the date functions without the word joiner, and Markdown in a TextBlock', () => {
    // The renderer substitutes {{DATE(…)}} in a TextRun and reads a TextBlock as Markdown: what the card avoids.
    const raw = {
      type: 'AdaptiveCard',
      version: '1.5',
      body: [
        { type: 'RichTextBlock', inlines: [{ type: 'TextRun', text: '{{DATE(2026-01-01T00:00:00Z)}}' }] },
        { type: 'TextBlock', text: '**bold**' },
      ],
    };
    const element = renderCard(JSON.stringify(raw));
    expect(element.querySelector('.ac-textRun')?.textContent).not.toContain('{{DATE');
    expect(markdownSeen).toEqual(['**bold**']);
    expect(element.querySelector('strong')?.textContent).toBe('bold');
  });

  it('keeps a word joiner only between two braces', () => {
    expect(literal('{{DATE(x)}} { {x} ${y}')).toBe('{\u2060{DATE(x)}} { {x} ${y}');
    expect(literal('{{{')).toBe('{\u2060{\u2060{');
  });
});

describe('direction', () => {
  it('reads right to left in Arabic and left to right otherwise', () => {
    const ar = fitted(followUp({}, arabic));
    expect(ar.rtl).toBe(true);
    expect(renderCard(cardJson(ar)).getAttribute('dir')).toBe('rtl');
    expect(fitted(followUp({}, german)).rtl).toBe(false);
    expect(renderCard(cardJson(fitted())).getAttribute('dir')).toBe('ltr');
  });
});

describe('the way to the notes', () => {
  it.each(['javascript:alert(1)', 'data:text/html,<b>x</b>', 'not a link'])('has no button for %j', (notesUrl) => {
    const card = fitted(followUp({ notesUrl }));
    expect(card.actions).toBeUndefined();
    expect(JSON.stringify(card)).not.toContain(notesUrl);
  });
});

describe('the card, fitted', () => {
  it('keeps the next steps due first that fit, and says how many more are in the notes', () => {
    const all = manySteps(LIMITS.itemsPerCollection);
    const summary = fitted(followUp({ nextSteps: all }));
    expect(bytes(cardJson(summary))).toBeLessThanOrEqual(CHAT_SUMMARY_MAX_BYTES);
    const kept = seen(summary)
      .map((t) => /^(\d+): \{/.exec(t)?.[1])
      .filter((i): i is string => i !== undefined)
      .map((i) => all[Number(i)]!.due);
    expect(kept.length).toBeGreaterThan(0);
    expect(kept.length).toBeLessThan(all.length);
    expect(seen(summary)).toContain(english.t('documents.summary.moreSteps', { count: all.length - kept.length }));
    const latestKept = [...kept].sort().at(-1)!;
    const leftOut = all
      .map((s) => s.due)
      .sort()
      .slice(kept.length);
    expect(leftOut.every((due) => due >= latestKept)).toBe(true);
    expect(parseCard(cardJson(summary)).events).toEqual([]);
  });

  it('holds the challenge and the option at their longest and widest, with the longest link', () => {
    const request = followUp({
      challenge: '{'.repeat(LIMITS.longText),
      chosenOption: '{'.repeat(LIMITS.shortText),
      nextSteps: manySteps(LIMITS.itemsPerCollection),
      notesUrl: `https://stagecoach.example/notes?session=${'s'.repeat(2000)}`,
    });
    const texts = seen(fitted(request));
    expect(texts).toEqual(expect.arrayContaining([request.challenge, request.chosenOption!, request.words.followUpTime]));
    expect(bytes(cardJson(fitted(request)))).toBeLessThanOrEqual(CHAT_SUMMARY_MAX_BYTES);
  });

  it('says only when the follow-up is and where the plan is, when not even its texts fit (a smaller budget)', () => {
    const request = followUp({
      challenge: '{'.repeat(LIMITS.longText),
      chosenOption: '{'.repeat(LIMITS.shortText),
      nextSteps: manySteps(LIMITS.itemsPerCollection),
      notesUrl: `https://stagecoach.example/notes?session=${'s'.repeat(1900)}`,
    });
    const summary = summaryCard(request, 4 * 1024);
    expect(bytes(cardJson(summary))).toBeLessThanOrEqual(4 * 1024);
    expect(seen(summary)).toEqual([
      english.t('documents.summary.heading'),
      english.t('documents.summary.tooLong'),
      request.words.followUpTime,
      english.t('chat.card.openNotes'),
    ]);
  });

  it('says where the notes are in words when there is no link to them', () => {
    const summary = summaryCard(followUp({ challenge: '{'.repeat(LIMITS.longText), notesUrl: 'javascript:x' }), 2 * 1024);
    expect(seen(summary)).toContain(english.t('documents.summary.seeNotes'));
  });
});

describe('the chat message', () => {
  it('places the card by its attachment id, and passes Graph’s schema', () => {
    const message = cardChatMessage(followUp());
    const id = message.attachments![0]!.id!;
    expect(id).toMatch(/^[0-9a-f]{32}$/);
    expect(message.body).toEqual({ contentType: 'html', content: `<attachment id="${id}"></attachment>` });
    expect(message.attachments).toEqual([{ id, contentType: ADAPTIVE_CARD_TYPE, content: cardJson(fitted()) }]);
    const valid = graphSchema('chatMessage');
    expect(valid(message)).toBe(true);
  });

  it('is the same request for the same session, and another id for another', () => {
    expect(cardChatMessage(followUp())).toEqual(cardChatMessage(followUp()));
    const other = cardChatMessage(followUp({ sessionId: 'session-2' }));
    expect(other.attachments![0]!.id).not.toBe(cardChatMessage(followUp()).attachments![0]!.id);
  });
});
