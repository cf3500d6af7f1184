// Microsoft's Adaptive Cards renderer, as the card tests read a card: parsed
// for schema 1.5 (every parse event kept), then rendered into jsdom. For a
// test file under `@jest-environment jsdom` only.
import { TextEncoder } from 'node:util';
import type * as AdaptiveCards from 'adaptivecards';

// The package's lib/ is ES modules, which jest does not compile here; dist/ is the same renderer as one CommonJS bundle.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const AC = require('adaptivecards/dist/adaptivecards.js') as typeof AdaptiveCards;

// jsdom has neither: the card is measured in UTF-8 (TextEncoder), and the
// renderer writes a TextRun's text with innerText, which in a browser sets
// the element's text (line breaks aside) just as textContent does.
globalThis.TextEncoder ??= TextEncoder as typeof globalThis.TextEncoder;
if (!('innerText' in HTMLElement.prototype)) {
  Object.defineProperty(HTMLElement.prototype, 'innerText', {
    configurable: true,
    get(this: HTMLElement) {
      return this.textContent ?? '';
    },
    set(this: HTMLElement, text: string) {
      this.textContent = text;
    },
  });
}

/** Every text the renderer handed to Markdown processing: a card of TextRuns hands none. */
export const markdownSeen: string[] = [];
AC.AdaptiveCard.onProcessMarkdown = (text, result) => {
  markdownSeen.push(text);
  result.outputHtml = `<p>${text.replace(/\*\*(.+?)\*\*/g, '<strong>$1</strong>')}</p>`;
  result.didProcess = true;
};

export interface ParsedCard {
  card: AdaptiveCards.AdaptiveCard;
  /** What the parser said: errors and warnings alike (none for a valid card). */
  events: string[];
}

/** The card's JSON text parsed as a schema 1.5 host parses it. */
export function parseCard(json: string): ParsedCard {
  const card = new AC.AdaptiveCard();
  const context = new AC.SerializationContext(AC.Versions.v1_5);
  card.parse(JSON.parse(json), context);
  const events = Array.from({ length: context.eventCount }, (_, i) => context.getEventAt(i).message);
  events.push(...card.validateProperties().validationEvents.map((e) => e.message));
  return { card, events };
}

/** The card drawn into a detached element, as a chat would show it. */
export function renderCard(json: string): HTMLElement {
  const rendered = parseCard(json).card.render();
  if (!rendered) throw new Error('the renderer drew nothing');
  return rendered;
}

/** A rendered card's texts, one per TextRun, then the buttons' titles. */
export function shownTexts(element: HTMLElement): string[] {
  const runs = [...element.querySelectorAll('.ac-textRun')].map((e) => e.textContent ?? '');
  const buttons = [...element.querySelectorAll('button')].map((e) => e.getAttribute('aria-label') ?? e.textContent ?? '');
  return [...runs, ...buttons];
}
