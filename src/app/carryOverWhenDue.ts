import { carryOverDue } from '../domain';
import type { SessionStore } from '../ports';
import type { CarryOverOutcome } from './carryOverPrevious';

// Apart from carryOverPrevious: the side panel runs this loop from its first
// paint, and the carry-over itself (the archive, replayed through the domain
// with zod) loads only when it is due, in the Graph chunk.
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
