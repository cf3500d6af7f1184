import { carryOverDue, carryOverFrom, previousWithSamePair } from '../domain';
import type { SessionArchiveStore, SessionStore } from '../ports';
import { readSessionHistory } from './sessionHistory';

/** How many of the newest stored sessions are read to find the previous one with the same pair. */
export const CARRY_OVER_LOOKBACK = 10;

export type CarryOverOutcome =
  | { kind: 'carried'; fromSessionId: string }
  /** Not the moment: not the coach, not in Open, the coachee not here yet, or already carried. */
  | { kind: 'notYet' }
  | { kind: 'none' }
  | { kind: 'failed'; message: string };

/**
 * A new session with the same coachee starts from the previous plan: the
 * coach's client reads its own stored sessions (the newest few), finds the
 * latest with the same two people, and brings its plan in. The coach's
 * client does it so that one client, not both, reads and sends; the domain
 * refuses a second copy anyway.
 */
export async function carryOverPrevious(
  store: Pick<SessionStore, 'getSnapshot' | 'dispatch'>,
  archive: SessionArchiveStore,
  userId: string,
): Promise<CarryOverOutcome> {
  const current = store.getSnapshot().session;
  if (!current || !carryOverDue(current, userId)) return { kind: 'notYet' };
  // One more than the lookback: this meeting's own copy may be among the newest.
  const history = await readSessionHistory(archive, CARRY_OVER_LOOKBACK + 1);
  if (history.kind === 'failed') return { kind: 'failed', message: history.message };
  const previous = previousWithSamePair(current, history.sessions);
  if (!previous) return { kind: 'none' };
  const latest = store.getSnapshot().session;
  if (latest?.carriedOver) return { kind: 'notYet' };
  const result = store.dispatch(carryOverFrom(previous));
  return result.ok ? { kind: 'carried', fromSessionId: previous.sessionId } : { kind: 'failed', message: result.reason };
}

/**
 * In the coach's side panel: tries the carry-over each time the session
 * changes until it is done or cannot be (no previous session, a failure,
 * which is left quiet: the session goes on without last time's plan). Never
 * two attempts at once; one more after an attempt that found it too early.
 * Returns the way to stop.
 */
export function carryOverWhenDue(
  store: Pick<SessionStore, 'getSnapshot' | 'subscribe'>,
  userId: string,
  attemptCarryOver: () => Promise<CarryOverOutcome>,
): () => void {
  let running = false;
  let finished = false;
  const attempt = () => {
    if (running || finished || !carryOverDue(store.getSnapshot().session, userId)) return;
    running = true;
    void attemptCarryOver()
      .then(
        (outcome) => (finished = outcome.kind !== 'notYet'),
        () => (finished = true),
      )
      .finally(() => {
        running = false;
        if (!finished) attempt();
      });
  };
  const unsubscribe = store.subscribe(attempt);
  attempt();
  return () => {
    finished = true;
    unsubscribe();
  };
}
