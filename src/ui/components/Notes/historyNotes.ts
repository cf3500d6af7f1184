import {
  coachingGrowth,
  own,
  orderedTimeline,
  participantWithRole,
  roleOf,
  samePair,
  type EpochMs,
  type LocalDate,
  type SessionGrowth,
  type SessionState,
  type UserId,
} from '../../../domain';

// This user's earlier sessions as the notes tab shows them: plain data, no
// React. `history` is this user's own stored sessions (the history port),
// newest first.

/** Someone the current session is with: the other coach or coachee, not an observer. */
export interface Counterpart {
  userId: UserId;
  name: string;
}

/** One earlier session in the list: when, what about, how far its plan got. */
export interface EarlierSession {
  session: SessionState;
  sessionId: string;
  createdAt: EpochMs;
  /** The challenge in force at the end; empty when none was stated. */
  challenge: string;
  stepsDone: number;
  stepsTotal: number;
}

/** The last session with someone, before this one has content: its open next steps. */
export interface LastSession {
  session: SessionState;
  counterpart: Counterpart | null;
  challenge: string;
  /** `owner` is null for someone no longer in the roster. */
  openSteps: { id: string; text: string; owner: string | null; due: LocalDate }[];
}

const nameIn = (session: SessionState, userId: UserId) => own(session.participants, userId)?.displayName ?? null;

/** The one other non-observer in `session`, seen from `selfId`; null when there is none, or `selfId` observes. */
export function counterpartOf(session: SessionState, selfId: UserId): Counterpart | null {
  if (roleOf(session, selfId) === 'observer') return null;
  const other = Object.values(session.participants).find((p) => p.userId !== selfId && p.role !== 'observer');
  return other ? { userId: other.userId, name: other.displayName } : null;
}

const challengeOf = (s: SessionState) => (s.challenge.currentId && own(s.challenge.versions, s.challenge.currentId)?.text) || '';

/** The earlier sessions of `current`'s pair in `history`, newest first. */
export function earlierSessions(current: SessionState, history: readonly SessionState[]): EarlierSession[] {
  return history
    .filter((s) => s.sessionId !== current.sessionId && s.createdAt < current.createdAt && samePair(s, current))
    .sort((a, b) => b.createdAt - a.createdAt)
    .map((s) => {
      const steps = Object.values(s.nextSteps);
      return {
        session: s,
        sessionId: s.sessionId,
        createdAt: s.createdAt,
        challenge: challengeOf(s),
        stepsDone: steps.filter((step) => step.done).length,
        stepsTotal: steps.length,
      };
    });
}

/**
 * Before the meeting: the most recent stored session of this user, with the
 * person the live session names (its other coach or coachee) when it names
 * one, else simply the latest. Null when there is none.
 */
export function lastSession(live: SessionState, selfId: UserId, history: readonly SessionState[]): LastSession | null {
  const wanted = counterpartOf(live, selfId);
  const candidates = history
    .filter((s) => s.sessionId !== live.sessionId)
    .filter((s) => !wanted || (own(s.participants, wanted.userId) !== undefined && own(s.participants, selfId) !== undefined))
    .sort((a, b) => b.createdAt - a.createdAt);
  const session = candidates[0];
  if (!session) return null;
  return {
    session,
    counterpart: counterpartOf(session, selfId),
    challenge: challengeOf(session),
    openSteps: Object.values(session.nextSteps)
      .filter((s) => !s.done)
      .sort((a, b) => a.due.localeCompare(b.due) || a.at - b.at)
      .map((s) => ({ id: s.id, text: s.text, owner: nameIn(session, s.ownerId), due: s.due })),
  };
}

/**
 * For the coach only: the coachee's share of each session's thinking, across
 * the earlier sessions with this coachee and the current one, oldest first.
 * Null unless `selfId` coaches `current` and it has a coachee.
 */
export function growthFor(current: SessionState, selfId: UserId, earlier: readonly EarlierSession[]): SessionGrowth[] | null {
  if (roleOf(current, selfId) !== 'coach') return null;
  const coachee = participantWithRole(current.participants, 'coachee');
  if (!coachee) return null;
  return coachingGrowth([...earlier.map((e) => e.session), current], coachee.userId);
}

/** When an archived session was last touched: its notes count time in stage up to there, not up to today. */
export function lastActivityOf(session: SessionState): EpochMs {
  return orderedTimeline(session).reduce((latest, e) => Math.max(latest, e.at), session.createdAt);
}
