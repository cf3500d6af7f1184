// The Outlook task pane's way to Graph, loaded as a chunk of its own after
// the first paint (with Graph, MSAL and zod behind it): which client id and
// which Graph, the user's own event, stored sessions and tasks, one sign-in
// for all of them.
import { z } from 'zod';
import type { PlanStepView } from '../domain';
import {
  GRAPH_SANDBOX_CONFIG,
  LOCAL_DEV_CLIENT_ID,
  LOCAL_DEV_MAIL_DOMAIN,
  type EventLookup,
  type GraphOutcome,
  type SessionArchiveStore,
  type TaskGateway,
  type TokenProvider,
} from '../ports';
import { readSessionHistory, resolveFollowUp, tickStep, type FollowUpResolution } from '../sync';
import type { OutlookItem } from '../outlook';

/** How Graph adapters are made: one token provider, Graph's address (the sandbox's, locally). */
export interface GraphAdapterOptions {
  tokens: TokenProvider;
  baseUrl?: string;
}

/**
 * THE WIRING SEAM. The user's own events and tasks over Graph. src/graph's
 * GraphEventLookup and GraphTaskGateway are being written beside this; until
 * they are merged, `pendingGateways` below stands in, and the lead replaces it with
 *   { events: (o) => new GraphEventLookup(o), tasks: (o) => new GraphTaskGateway(o) }
 * (both imported from the `graph` module loaded in openOutlookGraph).
 */
export interface OutlookGraphFactories {
  events(options: GraphAdapterOptions): EventLookup;
  tasks(options: GraphAdapterOptions & { timeZone: string }): TaskGateway;
}

const NOT_CONNECTED = {
  ok: false,
  failure: { kind: 'unknown', message: 'This build of Stagecoach cannot read Outlook events and To Do tasks yet.', retryable: false },
} as const satisfies GraphOutcome<never>;

/** Until src/graph's gateways are connected: every call says so, none reaches the network. */
export const pendingGateways: OutlookGraphFactories = {
  events: () => ({ me: async () => NOT_CONNECTED, eventById: async () => NOT_CONNECTED, eventByICalUId: async () => NOT_CONNECTED }),
  tasks: () => ({ syncSessionTasks: async () => NOT_CONNECTED, listTasks: async () => NOT_CONNECTED, setTaskDone: async () => NOT_CONNECTED }),
};

const sandboxConfig = z.object({ baseUrl: z.url({ protocol: /^https?$/ }).max(2048) });

/** The local Graph sandbox's address, as the dev and test servers name it (the same read as openGraph.ts's). */
async function sandboxBaseUrl(): Promise<string> {
  const response = await fetch(new URL(GRAPH_SANDBOX_CONFIG, window.location.origin), { cache: 'no-store' });
  const parsed = response.ok ? sandboxConfig.safeParse(await response.json()) : null;
  if (!parsed?.success) throw new Error('The local Graph sandbox is not running (start the app with npm start).');
  return parsed.data.baseUrl;
}

/** Whether Outlook's user is one of the simulator's people: the add-in's one local-development switch. */
export const isLocalDevUser = (email: string): boolean => email.trim().toLowerCase().endsWith(`@${LOCAL_DEV_MAIL_DOMAIN}`);

export interface OutlookGraph {
  /** The plan behind the open meeting. Never rejects. */
  resolve(): Promise<FollowUpResolution>;
  /** Ticks one of the viewer's own steps of the plan last resolved. Never rejects. */
  tick(step: PlanStepView, done: boolean): Promise<GraphOutcome<void>>;
}

/**
 * Signs in with MSAL (nested app authentication where Outlook offers it,
 * which MSAL finds as window.nestedAppAuthBridge; the popup otherwise, which
 * createNestablePublicClientApplication falls back to by itself), with the
 * mailbox's user as the login hint. The simulator's people use the local
 * client id and the local Graph sandbox.
 */
export async function openOutlookGraph(
  item: OutlookItem,
  build: { clientId: string; notesUrl: string },
  gateways: OutlookGraphFactories = pendingGateways,
): Promise<OutlookGraph> {
  const [{ DriveArchiveStore }, auth] = await Promise.all([
    import(/* webpackChunkName: "graph" */ '../graph'),
    import(/* webpackChunkName: "auth" */ '../auth'),
  ]);
  const loginHint = item.user.email;
  let options: GraphAdapterOptions;
  if (isLocalDevUser(loginHint)) {
    options = { tokens: auth.createMsalTokenProvider({ clientId: LOCAL_DEV_CLIENT_ID, loginHint }), baseUrl: await sandboxBaseUrl() };
  } else {
    if (!build.clientId) throw new Error('Sign-in is not set up in this build of Stagecoach (AAD_APP_CLIENT_ID was not set).');
    options = { tokens: auth.createMsalTokenProvider({ clientId: build.clientId, loginHint }) };
  }
  const archive: SessionArchiveStore = new DriveArchiveStore(options);
  const events = gateways.events(options);
  const tasks = gateways.tasks({ ...options, timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone });
  const history = { list: () => readSessionHistory(archive) };

  let last: Extract<FollowUpResolution, { kind: 'found' }> | null = null;
  return {
    async resolve() {
      const result = await resolveFollowUp({ restId: item.restId, events, history, tasks });
      last = result.kind === 'found' ? result : null;
      return result;
    },
    async tick(step, done) {
      if (!last) return { ok: false, failure: { kind: 'invalid', message: 'The plan is not loaded.', retryable: false } };
      return tickStep({ tasks, session: last.session, viewerId: last.viewerId, stepId: step.id, done, notesUrl: build.notesUrl });
    },
  };
}
