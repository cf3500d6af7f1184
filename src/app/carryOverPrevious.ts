import { carryOverDue, carryOverFrom, previousWithSamePair, type Refusal, type RejectionCode } from '../domain';
import type { Failure, SessionArchiveStore, SessionStore } from '../ports';
import { readSessionHistory } from './sessionHistory';

/** How many of the newest stored sessions are read to find the previous one with the same pair. */
export const CARRY_OVER_LOOKBACK = 10;

export type CarryOverOutcome =
  | { kind: 'carried'; fromSessionId: string }
  /** Not the moment: not the coach, not in Open, the coachee not here yet, or already carried. */
  | { kind: 'notYet' }
  | { kind: 'none' }
  /** The history could not be read. */
  | { kind: 'failed'; failure: Failure }
  /** The session refused the carried plan: the domain's code and reason, as data. */
  | { kind: 'refused'; code: RejectionCode; reason: Refusal };

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
  if (history.kind === 'failed') return { kind: 'failed', failure: history.failure };
  const previous = previousWithSamePair(current, history.sessions);
  if (!previous) return { kind: 'none' };
  const latest = store.getSnapshot().session;
  if (latest?.carriedOver) return { kind: 'notYet' };
  const result = store.dispatch(carryOverFrom(previous));
  return result.ok ? { kind: 'carried', fromSessionId: previous.sessionId } : { kind: 'refused', code: result.code, reason: result.reason };
}
