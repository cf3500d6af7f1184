// Loaded once the personal tab's host is known (its own chunk, with Graph and
// sign-in behind it): this user's own stored sessions, task list and calendar.
// None of it weighs on the tab's first paint.
import type { EventLookup, PersonalContext, SessionHistoryReading, TaskGateway } from '../ports';
import { readSessionHistory } from '../sync';
import { isLocalTenant, openGraph } from './openGraph';

/** The personal tab's Graph: the user's own sessions, tasks and events, one MSAL sign-in for all. */
export interface PersonalGraph {
  history: SessionHistoryReading;
  tasks: TaskGateway;
  events: EventLookup;
}

export async function openPersonalGraph(context: PersonalContext, clientId: string): Promise<PersonalGraph> {
  const graph = await openGraph({ loginHint: context.userPrincipalName, local: isLocalTenant(context.tenantId) }, clientId);
  return { history: { list: () => readSessionHistory(graph.archive) }, tasks: graph.tasks, events: graph.events };
}
