// The Outlook task pane's way to Graph, loaded as a chunk of its own after
// the first paint (with Graph, MSAL and zod behind it): which client id and
// which Graph, the user's own event, stored sessions and tasks, one sign-in
// for all of them.
import type { PlanStepView } from '../domain';
import { LOCAL_DEV_MAIL_DOMAIN, type GraphOutcome } from '../ports';
import { resolveFollowUp, tickStep, type FollowUpResolution } from '../app';
import type { OutlookItem } from '../outlook';
import { openGraph } from './openGraph';

/** Whether Outlook's user is one of the simulator's people: the add-in's one local-development switch (Outlook names no tenant). */
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
 * name Outlook says the user signed in as, else the mailbox's address, as the login hint. The simulator's people use the local
 * client id and the local Graph sandbox.
 */
export async function openOutlookGraph(
  item: OutlookItem,
  build: { clientId: string; notesUrl: string; notesLabel: () => Promise<string> },
): Promise<OutlookGraph> {
  const loginHint = item.user.signInName ?? item.user.email;
  const { history, events, tasks } = await openGraph(
    { loginHint, local: isLocalDevUser(loginHint), nestedAppAuth: item.nestedAuth },
    build.clientId,
  );

  let last: Extract<FollowUpResolution, { kind: 'found' }> | null = null;
  return {
    async resolve() {
      const result = await resolveFollowUp({ restId: item.restId, events, history, tasks });
      last = result.kind === 'found' ? result : null;
      return result;
    },
    async tick(step, done) {
      if (!last) return { ok: false, failure: { kind: 'invalid', problem: 'planNotLoaded', retryable: false } };
      const notes = { url: last.plan.notesUrl ?? build.notesUrl, label: await build.notesLabel() };
      return tickStep({ tasks, session: last.session, viewerId: last.viewerId, stepId: step.id, done, notes });
    },
  };
}
