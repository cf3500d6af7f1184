import { carriedDoneInTasks, roleOf, stepTaskKey, type SessionState } from '../domain';
import type { SessionStore, TaskGateway } from '../ports';

export interface ReportCarriedDoneOptions {
  store: Pick<SessionStore, 'getSnapshot' | 'subscribe' | 'dispatch'>;
  userId: string;
  /** The user's own task list; loaded (with sign-in) only when a carried step of theirs is still open. May reject. */
  tasks: () => Promise<TaskGateway>;
}

/** Whether the carried-over plan has a step this user owns that the session does not know done. */
const hasOpenCarriedStep = (session: SessionState, userId: string) =>
  Object.values(session.carriedOver?.steps ?? {}).some((s) => s.ownerId === userId && !s.doneBefore);

/**
 * Done in To Do means done in Stagecoach: when the previous plan is carried
 * in, this user's client reads their own task list once and reports the
 * carried steps they own and ticked there since. Only the owner's client can
 * read the owner's tasks, so the coach learns of the coachee's progress only
 * this way. Once per carried plan; a failure stays quiet (the status update
 * in Open still works by hand). Returns the way to stop.
 */
export function reportCarriedDoneFromTasks({ store, userId, tasks }: ReportCarriedDoneOptions): () => void {
  let stopped = false;
  /** The carried plan already looked at (at most once each). */
  let handled: string | null = null;

  const report = async () => {
    const gateway = await tasks();
    const listed = await gateway.listTasks();
    if (stopped || !listed.ok) return;
    const taskDone = new Map(listed.value.map((t) => [stepTaskKey(t.sessionId, t.stepId), t.done]));
    // The session as it is now: someone may have reported or reviewed meanwhile.
    const session = store.getSnapshot().session;
    const ids = session ? carriedDoneInTasks(session, userId, taskDone) : [];
    if (ids.length > 0) store.dispatch({ type: 'reportCarriedDone', ids });
  };

  const check = () => {
    const session = store.getSnapshot().session;
    const carried = session?.carriedOver;
    if (stopped || !session || !carried || handled === carried.fromSessionId) return;
    // Observers own no steps; an observer who becomes coachee later is looked at then.
    if (roleOf(session, userId) === 'observer') return;
    handled = carried.fromSessionId;
    if (!hasOpenCarriedStep(session, userId)) return;
    report().catch(() => undefined);
  };

  const unsubscribe = store.subscribe(check);
  check();
  return () => {
    stopped = true;
    unsubscribe();
  };
}
