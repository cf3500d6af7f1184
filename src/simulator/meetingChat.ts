// A meeting's chat as one participant reads it from the local Graph sandbox:
// GET /chats/{id}/messages with their development token. Everything in a
// message is untrusted: HTML bodies become plain text (never markup), only
// http(s) links are kept, and only Adaptive Cards that parse as JSON objects
// are handed to the card renderer.
import { z } from 'zod';
import { decodeEntities, linksIn, type ShownLink } from './inviteLinks';
import type { SandboxGet } from './sandboxGraph';

/** An Adaptive Card's content type in a chat message's attachments. */
export const ADAPTIVE_CARD = 'application/vnd.microsoft.card.adaptive';

/** Graph's most messages in one page; the view shows this many, the newest. */
export const CHAT_PAGE = 50;

export interface ChatEntry {
  id: string;
  /** Who sent it, as Graph names them. */
  from: string;
  /** The sender's user id, when Graph gives one. */
  fromId: string | null;
  /** When it was sent, or null when Graph's value does not parse. */
  sent: number | null;
  /** The body as plain text: markup removed, character references read, attachment markers dropped. */
  text: string;
  /** The http(s) links of an HTML body, as a chat client offers them. */
  links: ShownLink[];
  /** The Adaptive Cards it carries, in order: each a JSON text that parses to a card (a string, so it compares by value across polls). */
  cards: string[];
  /** Attachments that are not shown: other kinds, or cards that do not parse. */
  unshown: number;
}

/** Reads the chat as `userId`, oldest first; rejects with a sentence saying what went wrong. */
export type LoadChat = (userId: string) => Promise<ChatEntry[]>;

/** Teams' 28 KB, with room: a longer text is cut, a larger card not shown. */
const MAX_CONTENT = 64 * 1024;
const MAX_TEXT = 20_000;

const messageSchema = z.object({
  id: z.string().min(1).max(256),
  messageType: z.string().max(64).nullish(),
  createdDateTime: z.string().max(64).nullish(),
  deletedDateTime: z.string().max(64).nullish(),
  from: z
    .object({ user: z.object({ id: z.string().max(256).nullish(), displayName: z.string().max(256).nullish() }).nullish() })
    .nullish()
    .catch(null),
  body: z
    .object({ contentType: z.string().max(16).nullish(), content: z.string().max(MAX_CONTENT).nullish() })
    .nullish()
    .catch(null),
  attachments: z
    .array(
      z.object({
        contentType: z.string().max(256).nullish(),
        // A card too large to be one Teams took is not shown, rather than the whole chat failing.
        content: z.string().max(MAX_CONTENT).nullish().catch(null),
      }),
    )
    .max(50)
    .nullish()
    .catch(null),
});
const messageListSchema = z.object({ value: z.array(messageSchema).max(CHAT_PAGE) });

/**
 * An HTML body as the text it shows: line breaks where blocks end, every
 * tag dropped (scripts and styles with their content), then character
 * references read, so `&lt;b&gt;` is the text `<b>`. The result is only ever
 * shown as text.
 */
export function htmlToText(html: string): string {
  const text = html
    .replace(/<attachment\b[^>]*>[\s\S]*?<\/attachment\s*>/gi, '')
    .replace(/<(script|style|template)\b[\s\S]*?<\/\1\s*>/gi, '')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<li\b[^>]*>/gi, '• ')
    .replace(/<\/(p|div|li|h[1-6]|tr|ul|ol|blockquote)\s*>/gi, '\n')
    .replace(/<\/?[a-z][^>]*>/gi, '');
  const read = decodeEntities(text)
    .replace(/[ \t\f\v\u00a0]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  return read.length > MAX_TEXT ? `${read.slice(0, MAX_TEXT - 1)}…` : read;
}

/** The card an attachment's content holds: a JSON object of type AdaptiveCard, else null. */
export function cardFrom(content: string | null | undefined): Record<string, unknown> | null {
  if (!content) return null;
  let card: unknown;
  try {
    card = JSON.parse(content);
  } catch {
    return null;
  }
  if (typeof card !== 'object' || card === null || Array.isArray(card)) return null;
  return (card as Record<string, unknown>).type === 'AdaptiveCard' ? (card as Record<string, unknown>) : null;
}

function entryOf(m: z.infer<typeof messageSchema>): ChatEntry {
  const content = m.body?.content ?? '';
  const html = m.body?.contentType?.toLowerCase() === 'html';
  const attachments = m.attachments ?? [];
  const cards = attachments.flatMap((a) => (a.contentType === ADAPTIVE_CARD && a.content && cardFrom(a.content) ? [a.content] : []));
  const sent = m.createdDateTime ? Date.parse(m.createdDateTime) : NaN;
  return {
    id: m.id,
    from: m.from?.user?.displayName?.trim() || 'Unknown',
    fromId: m.from?.user?.id ?? null,
    sent: Number.isNaN(sent) ? null : sent,
    text: html ? htmlToText(content) : content.slice(0, MAX_TEXT),
    links: html ? linksIn(content) : [],
    cards,
    unshown: attachments.length - cards.length,
  };
}

/** Graph's page of chat messages (newest first) as entries, oldest first; system events and deleted messages left out. */
export function chatEntriesFrom(body: unknown): ChatEntry[] {
  const parsed = messageListSchema.safeParse(body);
  if (!parsed.success) throw new Error('the Graph sandbox answered with something that is not a list of chat messages.');
  return parsed.data.value
    .filter((m) => (m.messageType ?? 'message') === 'message' && !m.deletedDateTime)
    .map(entryOf)
    .reverse();
}

/** A LoadChat for one chat over the sandbox reader: its newest page of messages. */
export function sandboxChat(get: SandboxGet, chatId: string): LoadChat {
  const path = `/chats/${encodeURIComponent(chatId)}/messages?$top=${CHAT_PAGE}`;
  return async (userId) => chatEntriesFrom(await get(userId, path));
}
