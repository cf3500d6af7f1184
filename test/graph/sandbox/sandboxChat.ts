// The Graph sandbox's Teams chats: POST and GET /chats/{id}/messages (also
// under /me). A message is checked against Graph's schema (chatMessage,
// unknown properties refused) and then as Graph and Teams check it: every
// `<attachment id="X"></attachment>` marker in an HTML body names an
// attachment and every attachment has its marker, an Adaptive Card carries
// its card as a JSON string of a version Teams renders, and the whole message
// fits Teams' 28 KB. Every message it answers is checked against the schema
// too, so the sandbox cannot drift from Graph's shape. Chats are open to every
// sandbox user unless a test names their members (`setMembers`): then only
// members may read or post, as in Teams.
import { randomUUID } from 'node:crypto';
import type { ValidateFunction } from 'ajv/dist/2020';
import { pageAsk, pageOf, type PageRule } from './sandboxPaging';

type Json = Record<string, unknown>;

export interface ChatAnswer {
  status: number;
  body?: unknown;
}

/** Teams refuses a chat message whose content passes about 28 KB (UTF-8), attachments included. */
export const MAX_CHAT_MESSAGE_BYTES = 28 * 1024;

/** An Adaptive Card's content type in a chatMessageAttachment. */
export const ADAPTIVE_CARD_TYPE = 'application/vnd.microsoft.card.adaptive';

/** The newest Adaptive Card schema Teams renders. */
export const MAX_CARD_VERSION = { major: 1, minor: 5 } as const;

/** Graph's pages of chat messages: $top up to 50; without it the sandbox answers 20. */
const CHAT_PAGES = { defaultSize: 20, maxTop: 50 } as const;

/** Properties Graph sets itself; a message that carries them is refused here. */
const SERVER_SET = [
  'id',
  'chatId',
  'createdDateTime',
  'lastModifiedDateTime',
  'lastEditedDateTime',
  'deletedDateTime',
  'etag',
  'from',
  'webUrl',
];

/** The orders Graph lists chat messages in: newest first, by either time. */
const ORDERS = ['lastModifiedDateTime desc', 'createdDateTime desc'];

export interface ChatOptions {
  /** Graph's versioned root, for nextLinks. */
  baseUrl: () => string;
  chatMessage: ValidateFunction;
  /** Refuse every Adaptive Card, as a tenant or chat that takes no cards would (the app's fallback). */
  refuseCards?: boolean;
  /** The most messages one page holds whatever $top asks; Graph's own pages when not given. */
  pageSize?: number;
}

export interface SandboxChat {
  /** Answers one Graph request under /chats or /me/chats, or null when the path is not a chat path. */
  route(user: { userId: string; displayName: string }, method: string, path: string, url: URL, body: unknown): ChatAnswer | null;
  /** A copy of a chat's messages, oldest first. */
  messages(chatId: string): Json[];
  /** Only these users may read or post in the chat from now on; null opens it to everyone again. */
  setMembers(chatId: string, userIds: readonly string[] | null): void;
  /** Whether Adaptive Cards are refused from now on. */
  refuseCards(on: boolean): void;
}

const odataError = (status: number, code: string, message: string): ChatAnswer => ({
  status,
  body: { error: { code, message, innerError: { date: new Date().toISOString(), 'request-id': randomUUID() } } },
});
const badRequest = (message: string) => odataError(400, 'BadRequest', message);

const bytes = (text: unknown) => (typeof text === 'string' ? Buffer.byteLength(text, 'utf8') : 0);

/** The attachment ids an HTML body's markers name: `<attachment id="X"></attachment>`. */
export function attachmentMarkers(html: string): string[] {
  return [...html.matchAll(/<attachment\s+id\s*=\s*(?:"([^"]*)"|'([^']*)')\s*>\s*<\/attachment\s*>/gi)].map((m) => m[1] ?? m[2] ?? '');
}

/** Whether an attachment's content is an Adaptive Card Teams renders: a JSON string of a card of version ≤ 1.5. */
function isRenderableCard(content: unknown): boolean {
  if (typeof content !== 'string') return false;
  let card: unknown;
  try {
    card = JSON.parse(content);
  } catch {
    return false;
  }
  if (typeof card !== 'object' || card === null || Array.isArray(card)) return false;
  const { type, version } = card as Json;
  const v = typeof version === 'string' ? /^(\d+)\.(\d+)$/.exec(version) : null;
  if (type !== 'AdaptiveCard' || !v) return false;
  const [major, minor] = [Number(v[1]), Number(v[2])];
  return major >= 1 && (major < MAX_CARD_VERSION.major || (major === MAX_CARD_VERSION.major && minor <= MAX_CARD_VERSION.minor));
}

export function createSandboxChat(options: ChatOptions): SandboxChat {
  const chats = new Map<string, Json[]>();
  const members = new Map<string, ReadonlySet<string>>();
  const pages: PageRule = { ...CHAT_PAGES, cap: options.pageSize };
  let cardsRefused = options.refuseCards ?? false;
  let lastId = 0;

  function schemaCheck(body: unknown): ChatAnswer | null {
    if (options.chatMessage(body)) return null;
    const details = (options.chatMessage.errors ?? [])
      .slice(0, 5)
      .map(
        (e) =>
          `${e.instancePath || '/'} ${e.message ?? ''}${e.params && 'additionalProperty' in e.params ? ` '${String(e.params.additionalProperty)}'` : ''}`,
      )
      .join('; ');
    return badRequest(`The chat message does not match Microsoft Graph's schema: ${details}`);
  }

  const mayUse = (userId: string, chatId: string) => members.get(chatId)?.has(userId) ?? true;
  const forbidden = () => odataError(403, 'Forbidden', 'Forbidden: the signed-in user is not a member of this chat.');

  /** Graph's and Teams' rules on a message's attachments, beyond the schema. */
  function attachmentProblem(body: Json): ChatAnswer | null {
    const attachments = (body.attachments ?? []) as Json[];
    const itemBody = body.body as { contentType?: string | null; content: string };
    // A text body is not read for markup: its markers are just characters.
    const markers = itemBody.contentType === 'html' ? attachmentMarkers(itemBody.content) : [];
    const ids = attachments.map((a) => a.id);
    const missingId = ids.findIndex((id) => typeof id !== 'string' || id === '');
    if (missingId >= 0) return badRequest(`Attachment at index ${missingId} has no id.`);
    if (new Set(ids).size !== ids.length) return badRequest('Attachment ids must be unique.');
    const unmarked = (ids as string[]).find((id) => !markers.includes(id));
    if (unmarked !== undefined) {
      return badRequest(
        `Body does not contain marker for attachment with Id '${unmarked}'. Add '<attachment id="${unmarked}"></attachment>' to the body.`,
      );
    }
    const unknown = markers.find((id) => !ids.includes(id));
    if (unknown !== undefined)
      return badRequest(`Body contains a marker for attachment with Id '${unknown}', which the message does not carry.`);
    for (const a of attachments) {
      if (a.contentType !== ADAPTIVE_CARD_TYPE) {
        return badRequest(`The sandbox does not implement attachments of content type '${String(a.contentType)}'.`);
      }
      if (cardsRefused || !isRenderableCard(a.content)) {
        return badRequest(`Failed to process content in attachment with Id '${String(a.id)}'.`);
      }
    }
    return null;
  }

  function post(user: { userId: string; displayName: string }, chatId: string, body: unknown): ChatAnswer {
    if (!mayUse(user.userId, chatId)) return forbidden();
    const invalid = schemaCheck(body);
    if (invalid) return invalid;
    const json = body as Json;
    const serverSet = SERVER_SET.filter((p) => p in json);
    if (serverSet.length) return badRequest(`Read-only properties cannot be set: ${serverSet.join(', ')}.`);
    const content = (json.body as { content?: unknown } | undefined)?.content;
    if (typeof content !== 'string' || content.length === 0) return badRequest('A chat message needs body.content.');
    const refused = attachmentProblem(json);
    if (refused) return refused;
    const size = bytes(content) + ((json.attachments ?? []) as Json[]).reduce((sum, a) => sum + bytes(a.content), 0);
    if (size > MAX_CHAT_MESSAGE_BYTES) {
      return odataError(413, 'RequestEntityTooLarge', `The message is too large: it may be at most ${MAX_CHAT_MESSAGE_BYTES} bytes.`);
    }
    // Teams' message ids are the instant they were made, in milliseconds: unique within a chat.
    lastId = Math.max(Date.now(), lastId + 1);
    const id = String(lastId);
    const now = new Date(lastId).toISOString();
    const message: Json = {
      id,
      replyToId: null,
      etag: id,
      messageType: 'message',
      createdDateTime: now,
      lastModifiedDateTime: now,
      lastEditedDateTime: null,
      deletedDateTime: null,
      subject: json.subject ?? null,
      summary: null,
      chatId,
      importance: json.importance ?? 'normal',
      locale: 'en-us',
      webUrl: null,
      channelIdentity: null,
      policyViolation: null,
      eventDetail: null,
      from: {
        application: null,
        device: null,
        user: {
          '@odata.type': '#microsoft.graph.teamworkUserIdentity',
          id: user.userId,
          displayName: user.displayName,
          userIdentityType: 'aadUser',
        },
      },
      body: { contentType: 'text', ...(json.body as Json) },
      attachments: ((json.attachments ?? []) as Json[]).map((a) => ({
        id: a.id,
        contentType: a.contentType,
        contentUrl: a.contentUrl ?? null,
        content: a.content ?? null,
        name: a.name ?? null,
        thumbnailUrl: a.thumbnailUrl ?? null,
        teamsAppId: a.teamsAppId ?? null,
      })),
      mentions: [],
      reactions: [],
    };
    if (!options.chatMessage(message)) {
      throw new Error(`The sandbox built a chatMessage Graph would not send: ${JSON.stringify(options.chatMessage.errors?.slice(0, 3))}`);
    }
    chats.set(chatId, [...(chats.get(chatId) ?? []), message]);
    return { status: 201, body: structuredClone(message) };
  }

  /** `GET /chats/{id}/messages`: newest first, one page at a time. */
  function list(user: { userId: string }, chatId: string, path: string, query: URLSearchParams): ChatAnswer {
    if (!mayUse(user.userId, chatId)) return forbidden();
    const other = [...query.keys()].find((k) => !['$top', '$skiptoken', '$orderby'].includes(k));
    if (other !== undefined) return badRequest(`The sandbox does not implement '${other}' here.`);
    const orderby = query.get('$orderby');
    if (orderby !== null && !ORDERS.includes(orderby.trim().replace(/\s+/g, ' '))) {
      return badRequest(`$orderby supports only lastModifiedDateTime desc and createdDateTime desc, not: ${orderby}`);
    }
    const ask = pageAsk(query, pages);
    if ('refused' in ask) return badRequest(ask.refused);
    const newestFirst = [...(chats.get(chatId) ?? [])].reverse();
    const page = pageOf(newestFirst, `${options.baseUrl()}${path}`, query, ask);
    return { status: 200, body: structuredClone({ '@odata.count': page.value.length, ...page }) };
  }

  return {
    route(user, method, path, url, body) {
      const m = /^(?:\/me)?\/chats\/([^/]+)\/messages$/.exec(path);
      if (!m) return null;
      const chatId = decodeURIComponent(m[1]!);
      if (method === 'POST') return post(user, chatId, body);
      if (method === 'GET') return list(user, chatId, path, url.searchParams);
      return badRequest(`The sandbox does not implement ${method} ${path}.`);
    },
    messages: (chatId) => structuredClone(chats.get(chatId) ?? []),
    setMembers(chatId, userIds) {
      if (userIds === null) members.delete(chatId);
      else members.set(chatId, new Set(userIds));
    },
    refuseCards(on) {
      cardsRefused = on;
    },
  };
}
