// Loaded once the personal tab's host is known (its own chunk, with Graph and
// sign-in behind it): this user's own stored sessions, task list and calendar.
// None of it weighs on the tab's first paint.
import { PERSONAL_HISTORY_LIMIT } from '../app';
import type { PersonalContext } from '../ports';
import { isLocalTenant, openGraph, type GraphServices } from './openGraph';

/** The personal tab's Graph: the user's own sessions, tasks and events, one MSAL sign-in for all. */
export type PersonalGraph = Pick<GraphServices, 'history' | 'tasks' | 'events' | 'signInAnswered'>;

/**
 * My coaching reads more of the history than a meeting's pages (its insights
 * look across every session with each coachee), and the history index for
 * the facts that draw insights before the files arrive.
 */
export const openPersonalGraph = (context: PersonalContext, clientId: string): Promise<PersonalGraph> =>
  openGraph({ loginHint: context.loginHint, local: isLocalTenant(context.tenantId) }, clientId, {
    historyLimit: PERSONAL_HISTORY_LIMIT,
    historyIndex: true,
  });
