// The pages Stagecoach gives Teams, and the links that lead back to them. The
// pages sit next to the page that asks, so one build serves any host name
// (dev server, test server, production).

/** The `{theme}` placeholder Teams replaces in a content URL when it loads the tab. */
export const THEME_PLACEHOLDER = '{theme}';

/** The `{locale}` placeholder ("de-de"): the page fetches the user's language alongside teams-js, before the context arrives. */
export const LOCALE_PLACEHOLDER = '{locale}';

/** Teams' id for the tab instance; one per meeting is all Stagecoach needs. */
export const ENTITY_ID = 'stagecoach';

/** The personal tab's entity id, My coaching (the manifest's `staticTabs[].entityId`). */
export const MY_COACHING_ENTITY_ID = 'mycoaching';

/** `page` beside the page at `pageAddress`: in its folder, so a deployment under a path keeps it. */
const pageUrl = (pageAddress: string, page: string) => new URL(page, pageAddress).toString();

/**
 * What the configuration page at `pageAddress` saves: the side panel beside
 * it, themed and in the user's language from the first paint.
 */
export function tabConfig(pageAddress: string) {
  return {
    // Not URL-encoded: Teams looks for the literal placeholder.
    contentUrl: `${pageUrl(pageAddress, 'sidePanel.html')}?theme=${THEME_PLACEHOLDER}&locale=${LOCALE_PLACEHOLDER}`,
    websiteUrl: pageUrl(pageAddress, 'sidePanel.html'),
    entityId: ENTITY_ID,
    suggestedDisplayName: 'Stagecoach',
  };
}

/**
 * The page Teams puts on the meeting stage when a participant shares
 * Stagecoach, beside the page at `pageAddress`. No theme in it: each
 * attendee's client shows the stage in their own theme, which the stage page
 * reads from its context.
 */
export const stageUrl = (pageAddress: string): string => pageUrl(pageAddress, 'stage.html');

// --- Links to a session's notes (the invite, the chat summary, each To Do task) ---

/** Teams' web address; its deep links open in the desktop client when one is installed. */
const TEAMS = 'https://teams.microsoft.com';

/**
 * What names a session to My coaching: the deep link's `subEntityId`, which the
 * personal tab reads back as `page.subPageId`. Prefixed, so that another kind of
 * sub-page never reads as a session.
 */
export const SESSION_SUB_PAGE_PREFIX = 'session:';

/** The simulator's address parameters that open its notes tab: `?meeting=<id>&tab=notes`. */
export const SIMULATOR_TAB_PARAMETER = 'tab';
export const SIMULATOR_NOTES_TAB = 'notes';

/** The longest session id (a meeting id) a link names; the domain keeps no longer ones. */
const MAX_SESSION_ID = 256;
/** Teams chat ids ("19:…@thread.v2") are far shorter; anything longer is not one. */
const MAX_CHAT_ID = 512;

const isGuid = (value: string) => /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value);

/** An id a host gave, fit to go into a link: a short string of visible characters, no spaces. */
const plainId = (value: unknown, max: number): value is string =>
  typeof value === 'string' && value.length > 0 && value.length <= max && !/[\s\p{C}]/u.test(value);

/** A Teams chat id: `19:…`, visible characters only. */
const isChatId = (value: unknown): value is string => plainId(value, MAX_CHAT_ID) && value.startsWith('19:');

/**
 * Whether `value` can name a session (its meeting's id) in a link: Teams'
 * meeting ids are base64 text, the simulator's letters, digits and dashes.
 * Anything else (markup, spaces, separators of its own) is not one.
 */
export const isSessionId = (value: unknown): value is string =>
  typeof value === 'string' && value.length <= MAX_SESSION_ID && /^[A-Za-z0-9+/=_.:@#-]+$/.test(value);

/** The `subEntityId` that opens this session in My coaching. */
export const sessionSubPageId = (sessionId: string): string => `${SESSION_SUB_PAGE_PREFIX}${sessionId}`;

/**
 * The session a deep link named to My coaching (the context's `page.subPageId`),
 * or null: anything that is not `session:<id>` with a plausible id is ignored.
 */
export function sessionFromSubPageId(subPageId: unknown): string | null {
  if (typeof subPageId !== 'string' || !subPageId.startsWith(SESSION_SUB_PAGE_PREFIX)) return null;
  const id = subPageId.slice(SESSION_SUB_PAGE_PREFIX.length);
  return isSessionId(id) ? id : null;
}

/** A Teams `l/entity` deep link, its query written as Microsoft documents it (each value URI-encoded). */
function entityLink(appId: string, entityId: string, query: Record<string, string | null>): string {
  const pairs = Object.entries(query).flatMap(([name, value]) => (value === null ? [] : [`${name}=${encodeURIComponent(value)}`]));
  return `${TEAMS}/l/entity/${encodeURIComponent(appId)}/${encodeURIComponent(entityId)}${pairs.length ? `?${pairs.join('&')}` : ''}`;
}

/**
 * A Teams deep link to the meeting's Stagecoach tab: the notes (the tab in the
 * meeting chat, `context` `{chatId, contextType: 'chat'}`). `openInMeeting=false`
 * keeps Teams from opening the side panel instead while the meeting runs.
 */
export function meetingNotesDeepLink(teamsAppId: string, chatId: string, tenantId: string | null = null): string {
  return entityLink(teamsAppId, ENTITY_ID, {
    tenantId: tenantId && isGuid(tenantId) ? tenantId : null,
    context: JSON.stringify({ chatId, contextType: 'chat' }),
    openInMeeting: 'false',
  });
}

/**
 * A Teams deep link to the personal tab My coaching, opening this session
 * (`context` `{subEntityId: "session:<id>"}`), or My coaching itself when the
 * id is not one a link can carry.
 */
export function myCoachingDeepLink(teamsAppId: string, sessionId: string | null, tenantId: string | null = null): string {
  return entityLink(teamsAppId, MY_COACHING_ENTITY_ID, {
    tenantId: tenantId && isGuid(tenantId) ? tenantId : null,
    context: isSessionId(sessionId) ? JSON.stringify({ subEntityId: sessionSubPageId(sessionId) }) : null,
  });
}

/** The simulator's page, next to the app's pages, opening its notes tab on this meeting. */
export function simulatorNotesLink(pageAddress: string, meetingId: string): string {
  const url = new URL('./', pageAddress);
  url.search = '';
  url.hash = '';
  url.searchParams.set('meeting', meetingId);
  url.searchParams.set(SIMULATOR_TAB_PARAMETER, SIMULATOR_NOTES_TAB);
  return url.toString();
}

/** Where a session's notes link is made, as the page's host says. */
export interface NotesLinkPlace {
  /** The Teams app id (the manifest's `id`), which only a deployment's build knows; '' otherwise. */
  teamsAppId: string;
  /** The session's id: its meeting's id. */
  sessionId: string;
  /** The meeting's chat, where its notes tab is; null when the host names none. */
  chatId: string | null;
  tenantId: string | null;
  /** The address of the page that makes the link: the simulator and the fallback page sit next to it. */
  pageAddress: string;
  /** The host is the local simulator (its development tenant): no Teams to link to. */
  simulated: boolean;
}

/**
 * The link to a session's notes for its invite, chat summary and To Do tasks;
 * always an http(s) address.
 * - simulator: its own page, opening the notes tab of this meeting;
 * - Teams, chat known: the meeting chat's Stagecoach tab (the notes);
 * - Teams, no chat: My coaching, opening this session;
 * - no Teams app id (a build without `TEAMS_APP_ID`): the meeting chat, where
 *   the notes tab is, or else My coaching's page, which says where to open it.
 */
export function notesLink({ teamsAppId, sessionId, chatId, tenantId, pageAddress, simulated }: NotesLinkPlace): string {
  if (simulated && isSessionId(sessionId)) return simulatorNotesLink(pageAddress, sessionId);
  const chat = isChatId(chatId) ? chatId : null;
  if (isGuid(teamsAppId)) {
    return chat ? meetingNotesDeepLink(teamsAppId, chat, tenantId) : myCoachingDeepLink(teamsAppId, sessionId, tenantId);
  }
  if (chat) return `${TEAMS}/l/chat/${encodeURIComponent(chat)}/conversations`;
  return new URL('personal.html', pageAddress).toString();
}
