// Loaded once the personal tab's host is known (its own chunk, with Graph and
// sign-in behind it): this user's own stored sessions, task list and calendar.
// None of it weighs on the tab's first paint.
import { z } from 'zod';
import {
  GRAPH_SANDBOX_CONFIG,
  LOCAL_DEV_CLIENT_ID,
  LOCAL_DEV_TENANT_ID,
  type EventLookup,
  type GraphOutcome,
  type PersonalContext,
  type SessionHistoryReading,
  type TaskGateway,
  type TokenProvider,
} from '../ports';
import { readSessionHistory } from '../sync';

/** What every Graph adapter is made with: one sign-in for all of them. */
export interface PersonalGraphOptions {
  tokens: TokenProvider;
  baseUrl?: string;
}

type GraphModule = typeof import('../graph');

/**
 * THE SEAM. How the personal tab makes its task list and calendar adapters
 * from the Graph chunk. The To Do gateway and the event lookup are being
 * written in src/graph in parallel; until they are merged, both say so
 * instead of answering. Connecting them is these two lines:
 *
 *   taskGateway: (graph, options) => new graph.GraphTaskGateway(options),
 *   eventLookup: (graph, options) => new graph.GraphEventLookup(options),
 */
export const PERSONAL_GRAPH_FACTORIES: {
  taskGateway(graph: GraphModule, options: PersonalGraphOptions & { timeZone: string }): TaskGateway;
  eventLookup(graph: GraphModule, options: PersonalGraphOptions): EventLookup;
} = {
  taskGateway: () => notConnectedTasks,
  eventLookup: () => notConnectedEvents,
};

const notConnected = <T>(): Promise<GraphOutcome<T>> =>
  Promise.resolve({ ok: false, failure: { kind: 'unknown', message: 'This build of Stagecoach does not reach Microsoft To Do and Outlook yet.', retryable: false } });
const notConnectedTasks: TaskGateway = { syncSessionTasks: notConnected, listTasks: notConnected, setTaskDone: notConnected };
const notConnectedEvents: EventLookup = { me: notConnected, eventById: notConnected, eventByICalUId: notConnected };

const sandboxConfig = z.object({ baseUrl: z.url({ protocol: /^https?$/ }).max(2048) });

/** As in openGraph.ts: where `npm start` and the test server run the local Graph sandbox. */
async function sandboxBaseUrl(): Promise<string> {
  const response = await fetch(new URL(GRAPH_SANDBOX_CONFIG, window.location.origin), { cache: 'no-store' });
  const parsed = response.ok ? sandboxConfig.safeParse(await response.json()) : null;
  if (!parsed?.success) throw new Error('The local Graph sandbox is not running (start the app with npm start).');
  return parsed.data.baseUrl;
}

/** The personal tab's Graph: the user's own sessions, tasks and events, one MSAL sign-in for all. */
export interface PersonalGraph {
  history: SessionHistoryReading;
  tasks: TaskGateway;
  events: EventLookup;
}

/**
 * Tokens come from MSAL through the host's nested app authentication, as for
 * the meeting surfaces; the simulator's tenant gets the local client id and
 * the local Graph sandbox (see openGraph.ts).
 */
export async function openPersonalGraph(context: PersonalContext, clientId: string): Promise<PersonalGraph> {
  const [graph, auth] = await Promise.all([
    import(/* webpackChunkName: "graph" */ '../graph'),
    import(/* webpackChunkName: "auth" */ '../auth'),
  ]);
  const loginHint = context.userPrincipalName;
  let options: PersonalGraphOptions;
  if (context.tenantId === LOCAL_DEV_TENANT_ID) {
    options = { tokens: auth.createMsalTokenProvider({ clientId: LOCAL_DEV_CLIENT_ID, loginHint }), baseUrl: await sandboxBaseUrl() };
  } else {
    if (!clientId) throw new Error('Sign-in is not set up in this build of Stagecoach (AAD_APP_CLIENT_ID was not set).');
    options = { tokens: auth.createMsalTokenProvider({ clientId, loginHint }) };
  }
  const archive = new graph.DriveArchiveStore(options);
  const timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  return {
    history: { list: () => readSessionHistory(archive) },
    tasks: PERSONAL_GRAPH_FACTORIES.taskGateway(graph, { ...options, timeZone }),
    events: PERSONAL_GRAPH_FACTORIES.eventLookup(graph, options),
  };
}
