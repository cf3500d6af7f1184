// Loaded on first use of Graph (its own chunk, with Graph and sign-in behind
// it): the calendar, or this user's own copy of the session. Neither zod nor
// any of them weighs on the side panel's first paint.
import { z } from 'zod';
import {
  GRAPH_SANDBOX_CONFIG,
  LOCAL_DEV_CLIENT_ID,
  LOCAL_DEV_TENANT_ID,
  type ArchiveTextCache,
  type CalendarGateway,
  type EventLookup,
  type SessionArchiveStore,
  type SessionHistoryReading,
  type TaskGateway,
} from '../ports';
import {
  carryOverPrevious,
  findSessionByFollowUp,
  HISTORY_LIMIT,
  readOwnCoachNotes,
  readOwnCopy,
  readSessionHistory,
  saveOwnCopy,
} from '../app';
import { loadOnce } from '../base';
import { deviceArchiveCaches } from './deviceArchiveCache';

const sandboxConfig = z.object({ baseUrl: z.url({ protocol: /^https?$/ }).max(2048) });

async function sandboxBaseUrl(): Promise<string> {
  const response = await fetch(new URL(GRAPH_SANDBOX_CONFIG, window.location.origin), { cache: 'no-store' });
  const parsed = response.ok ? sandboxConfig.safeParse(await response.json()) : null;
  if (!parsed?.success) throw new Error('The local Graph sandbox is not running (start the app with npm start).');
  return parsed.data.baseUrl;
}

/** What Graph offers a page: one sign-in (one MSAL token provider) serves them all. */
export interface GraphServices {
  calendar: CalendarGateway;
  archive: SessionArchiveStore;
  /** The user's own stored sessions, newest first (from `archive`). */
  history: SessionHistoryReading;
  /** The user's own Microsoft To Do (next steps they own). */
  tasks: TaskGateway;
  events: EventLookup;
  /** Settles once sign-in has answered a first request for a token (TokenFlow.answered). Never rejects. */
  signInAnswered(): Promise<void>;
}

/** Who signs in, as the host says. `local`: the host is the simulator (its tenant, or its people's mail domain). */
export interface GraphSignIn {
  loginHint: string | null;
  local: boolean;
  /** False when the host says it has no nested app authentication (Outlook without NestedAppAuth 1.1): the popup then. */
  nestedAppAuth?: boolean;
}

export const isLocalTenant = (tenantId: string | null) => tenantId === LOCAL_DEV_TENANT_ID;

/** How a page reads the user's history. */
export interface HistoryChoice {
  /** The newest stored sessions read (HISTORY_LIMIT unless said: My coaching reads more, for its insights). */
  historyLimit?: number;
  /** Read the history index beside the sessions, for insights' facts, and mend it after (My coaching). */
  historyIndex?: boolean;
}

/**
 * The device's cache of session texts for whoever Graph says is signed in
 * (`/me`, with the same tokens that read the files), so two accounts on one
 * device never share one. Asked for at once, beside the listing: reads wait
 * for /me, and go without a cache when it cannot answer.
 */
function signedInCache(events: EventLookup): () => ArchiveTextCache {
  const owner = loadOnce(async () => {
    // The database opens while /me is on its way: the listing answers at about the same time.
    const caches = deviceArchiveCaches();
    const me = await events.me();
    if (!me.ok) throw new Error(me.failure.kind);
    return caches(me.value.userId);
  });
  return () => {
    const ready = owner().catch(() => null);
    return {
      get: async (sessionId, eTag) => (await ready)?.get(sessionId, eTag) ?? null,
      put: async (sessionId, eTag, text) => (await ready)?.put(sessionId, eTag, text),
    };
  };
}

/**
 * Tokens come from MSAL everywhere, through the host's nested app
 * authentication. The simulator differs only in the client id its hosts
 * answer for and in Graph's address: they hand out local dev tokens, which
 * only the local sandbox accepts. The Graph code is the same.
 */
export async function openGraph(
  { loginHint, local, nestedAppAuth }: GraphSignIn,
  clientId: string,
  { historyLimit = HISTORY_LIMIT, historyIndex = false }: HistoryChoice = {},
): Promise<GraphServices> {
  const [{ GraphCalendarGateway, DriveArchiveStore, GraphTaskGateway, GraphEventLookup }, auth] = await Promise.all([
    import(/* webpackChunkName: "graph" */ '../graph'),
    import(/* webpackChunkName: "auth" */ '../auth'),
  ]);
  if (!local && !clientId) throw new Error('Sign-in is not set up in this build of Stagecoach (AAD_APP_CLIENT_ID was not set).');
  const tokens = auth.createMsalTokenProvider({ clientId: local ? LOCAL_DEV_CLIENT_ID : clientId, loginHint, nestedAppAuth });
  // Sign-in sets up while the sandbox's address is asked for. Graph is open once both are ready: the first request then waits for its token alone.
  const signIn = tokens.prepare();
  const options = local ? { tokens, baseUrl: await sandboxBaseUrl() } : { tokens };
  await signIn;
  const timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  const archive = new DriveArchiveStore(options);
  const events = new GraphEventLookup(options);
  const cache = signedInCache(events);
  return {
    calendar: new GraphCalendarGateway(options),
    archive,
    history: {
      list: (onProgress) => readSessionHistory(archive, historyLimit, { cache: cache(), onProgress, index: historyIndex }),
      byFollowUp: (iCalUId) => findSessionByFollowUp(archive, iCalUId, { cache: cache() }),
    },
    tasks: new GraphTaskGateway({ ...options, timeZone }),
    events,
    signInAnswered: tokens.answered,
  };
}

// The archive's side of the sync layer, in this chunk so it loads with Graph.
export { carryOverPrevious, readOwnCoachNotes, readOwnCopy, saveOwnCopy };
