import { carryOverDue, participantWithRole, type SessionState } from '../domain';
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
 * An answer holds for the coachee it was found for: when the coach hands the
 * seat to someone else (an observer who joined first took it), that pair's
 * last plan is looked for in turn. Returns the way to stop.
 */
export function carryOverWhenDue(
  store: Pick<SessionStore, 'getSnapshot' | 'subscribe'>,
  userId: string,
  attemptCarryOver: () => Promise<CarryOverOutcome>,
): () => void {
  let running = false;
  let stopped = false;
  /** The coachee whose pair has its answer (carried, none, refused or failed). */
  let answeredFor: string | null = null;
  const attempt = () => {
    const session = store.getSnapshot().session;
    if (running || stopped || !carryOverDue(session, userId)) return;
    const coachee = coacheeOf(session);
    if (coachee === answeredFor) return;
    running = true;
    void attemptCarryOver()
      .then(
        (outcome) => {
          if (outcome.kind !== 'notYet') answeredFor = coachee;
        },
        () => (answeredFor = coachee),
      )
      .finally(() => {
        running = false;
        attempt();
      });
  };
  const unsubscribe = store.subscribe(attempt);
  attempt();
  return () => {
    stopped = true;
    unsubscribe();
  };
}

function coacheeOf(session: SessionState | null): string | null {
  return (session && participantWithRole(session.participants, 'coachee')?.userId) ?? null;
}
