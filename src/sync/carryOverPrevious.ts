import { carryOverFrom, previousWithSamePair, roleOf, type SessionState } from '../domain';
import type { SessionArchiveStore, SessionStore } from '../ports';
import { openSessionArchive } from './archiveKeeper';

/** How many of the newest stored sessions are read to find the previous one with the same pair. */
export const CARRY_OVER_LOOKBACK = 10;

export type CarryOverOutcome =
  | { kind: 'carried'; fromSessionId: string }
  /** Not the moment: not the coach, not in Open, the coachee not here yet, or already carried. */
  | { kind: 'notYet' }
  | { kind: 'none' }
  | { kind: 'failed'; message: string };

const bothHere = (s: SessionState) => {
  const roles = Object.values(s.participants).map((p) => p.role);
  return roles.includes('coach') && roles.includes('coachee');
};

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
  if (!current || current.carriedOver || current.stage !== 'open' || roleOf(current, userId) !== 'coach' || !bothHere(current)) {
    return { kind: 'notYet' };
  }
  const listed = await archive.list();
  if (!listed.ok) return { kind: 'failed', message: listed.failure.message };
  const candidates = listed.value.filter((e) => e.sessionId !== current.sessionId).slice(0, CARRY_OVER_LOOKBACK);
  const earlier: SessionState[] = [];
  for (const entry of candidates) {
    const opened = await openSessionArchive(archive, entry.sessionId);
    // An unreadable file is left alone here; the notes tab says why when it is opened.
    if (opened.ok && opened.value?.read) earlier.push(opened.value.read.state);
  }
  const previous = previousWithSamePair(current, earlier);
  if (!previous) return { kind: 'none' };
  const latest = store.getSnapshot().session;
  if (latest?.carriedOver) return { kind: 'notYet' };
  const result = store.dispatch(carryOverFrom(previous));
  return result.ok ? { kind: 'carried', fromSessionId: previous.sessionId } : { kind: 'failed', message: result.reason };
}
