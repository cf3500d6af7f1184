// The session summary as an Adaptive Card (schema 1.5) for the meeting chat.
// Typed card objects, never a template: a template language would read a
// typed `${...}` as its own syntax. Every text on the card, typed or worded,
// is a TextRun in a RichTextBlock: a TextBlock's text (and a FactSet's) is
// Markdown in Teams, a TextRun's is not. The one thing a TextRun still reads
// is Teams' {{DATE(...)}}/{{TIME(...)}}, so `literal` breaks every `{{`.
// Fitted like the HTML summary; pure, tested in Node and with the renderer.
import type { ChatMessage } from '@microsoft/microsoft-graph-types';
import { webAddress } from '../base';
import type { FollowUpRequest, PlanStep } from '../ports';
import { CHAT_SUMMARY_MAX_BYTES } from './chatSummary';
import { mostThatFit, utf8Bytes } from './fitting';
import { byDue } from './requests';
import { chatCardAttachmentId } from './transactionId';

/** The Adaptive Cards schema version the card is written for (Teams renders 1.5 in chats). */
export const CARD_VERSION = '1.5';

export interface TextRun {
  type: 'TextRun';
  text: string;
  weight?: 'Bolder';
  size?: 'Medium';
  isSubtle?: boolean;
}

export interface RichTextBlock {
  type: 'RichTextBlock';
  inlines: TextRun[];
  spacing?: 'None' | 'Medium';
  separator?: boolean;
}

export interface Container {
  type: 'Container';
  items: RichTextBlock[];
  spacing?: 'Medium';
}

export type CardElement = RichTextBlock | Container;

export interface OpenUrlAction {
  type: 'Action.OpenUrl';
  title: string;
  url: string;
}

export interface SummaryCard {
  type: 'AdaptiveCard';
  $schema: 'http://adaptivecards.io/schemas/adaptive-card.json';
  version: typeof CARD_VERSION;
  /** Right to left for an Arabic card; said either way, so the reader's client does not guess. */
  rtl: boolean;
  body: CardElement[];
  actions?: OpenUrlAction[];
}

/**
 * A text exactly as typed, for a TextRun: a word joiner (U+2060, invisible,
 * no break) between two `{`, so Teams never reads `{{DATE(…)}}` or
 * `{{TIME(…)}}` as its date functions. Nothing else in a TextRun is markup.
 */
export const literal = (text: string): string => text.replace(/\{(?=\{)/g, '{\u2060');

const run = (text: string, style: Omit<TextRun, 'type' | 'text'> = {}): TextRun => ({ type: 'TextRun', text: literal(text), ...style });

const block = (text: string, style: Omit<TextRun, 'type' | 'text'> = {}, spacing?: RichTextBlock['spacing']): RichTextBlock => ({
  type: 'RichTextBlock',
  inlines: [run(text, style)],
  ...(spacing ? { spacing } : {}),
});

const heading = (text: string) => block(text, { weight: 'Bolder' }, 'Medium');

/** One next step: its text, then who owns it and when it is due, subtle, right under it. */
const stepItem = (step: PlanStep): Container => ({
  type: 'Container',
  spacing: 'Medium',
  items: [block(step.text), block(step.ownerDue, { isSubtle: true }, 'None')],
});

/** "Open the notes", only to an http(s) address (as `safeHref`): anything else leaves the card without it. */
function notesAction(request: FollowUpRequest): OpenUrlAction[] | undefined {
  const url = webAddress(request.notesUrl);
  return url ? [{ type: 'Action.OpenUrl', title: literal(request.words.openNotes), url: url.href }] : undefined;
}

function card(request: FollowUpRequest, body: CardElement[]): SummaryCard {
  const actions = notesAction(request);
  return {
    type: 'AdaptiveCard',
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    version: CARD_VERSION,
    rtl: request.words.direction === 'rtl',
    body: [block(request.words.summaryHeading, { weight: 'Bolder', size: 'Medium' }), ...body],
    ...(actions ? { actions } : {}),
  };
}

/** When the follow-up is (in the coach's zone, named) and how long: worded by the caller. */
const when = (request: FollowUpRequest): RichTextBlock => ({ ...block(request.words.followUpTime), separator: true });

/** The card with the first `kept` next steps by due date, a line for the rest, and the coachee's summary. */
function withSteps(request: FollowUpRequest, kept: number): SummaryCard {
  const { words } = request;
  const steps = byDue(request.nextSteps);
  const body: CardElement[] = [];
  if (request.challenge.trim()) body.push(heading(words.challengeHeading), block(request.challenge));
  if (request.chosenOption) body.push(heading(words.chosenOptionHeading), block(request.chosenOption));
  if (steps.length > 0) body.push(heading(words.nextStepsHeading), ...steps.slice(0, kept).map(stepItem));
  const left = steps.length - kept;
  if (left > 0) body.push(block(words.moreSteps(left), { isSubtle: true }, 'Medium'));
  // The coachee's own words, as the invite and the HTML summary carry them.
  if (request.coacheeSummary?.trim()) body.push(heading(words.coacheeSummaryHeading), block(request.coacheeSummary));
  body.push(when(request));
  return card(request, body);
}

/** When not even the plan's texts fit: the follow-up and where the plan is. */
function pointer(request: FollowUpRequest): SummaryCard {
  const { words } = request;
  const where = webAddress(request.notesUrl) ? [] : [block(words.seeNotes)];
  return card(request, [block(words.planTooLong), ...where, when(request)]);
}

/** The card, as the attachment carries it (JSON text). */
export const cardJson = (summary: SummaryCard): string => JSON.stringify(summary);

/**
 * The summary card whose JSON takes at most `maxBytes`: every next step that
 * fits, earliest due first; else only the follow-up and the way to the notes.
 */
export function summaryCard(request: FollowUpRequest, maxBytes: number): SummaryCard {
  const fits = (summary: SummaryCard) => utf8Bytes(cardJson(summary)) <= maxBytes;
  const kept = mostThatFit(request.nextSteps.length, (n) => fits(withSteps(request, n)));
  return kept >= 0 ? withSteps(request, kept) : pointer(request);
}

/** Teams' content type for an Adaptive Card attachment. */
export const ADAPTIVE_CARD_TYPE = 'application/vnd.microsoft.card.adaptive';

/**
 * `POST /chats/{id}/messages` with the summary card: the body only places
 * the attachment (`<attachment id>`), the card is the attachment's JSON text.
 */
export function cardChatMessage(request: FollowUpRequest): ChatMessage {
  const id = chatCardAttachmentId(request.sessionId);
  return {
    body: { contentType: 'html', content: `<attachment id="${id}"></attachment>` },
    attachments: [{ id, contentType: ADAPTIVE_CARD_TYPE, content: cardJson(summaryCard(request, CHAT_SUMMARY_MAX_BYTES)) }],
  };
}
