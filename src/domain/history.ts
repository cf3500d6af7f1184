import type { Command } from './commands';
import { thinkingOf } from './insights/figures';
import { own } from './records';
import { roleOf } from './roles';
import type { SessionState, UserId } from './session';

type CarryOverCommand = Extract<Command, { type: 'carryOver' }>;

const dayOf = (at: number) => new Date(at).toISOString().slice(0, 10);

/**
 * The previous session with the same people, as the command that brings its
 * plan into a new session: every next step (done or not) and every cause
 * diagnosed, so the status update can say what happened to each.
 */
export function carryOverFrom(previous: SessionState): CarryOverCommand {
  const name = (userId: UserId) => own(previous.participants, userId)?.displayName ?? 'Someone who left';
  const challengeId = previous.challenge.currentId;
  return {
    type: 'carryOver',
    fromSessionId: previous.sessionId,
    fromDate: dayOf(previous.createdAt),
    challenge: (challengeId && own(previous.challenge.versions, challengeId)?.text) || '',
    chosenOption: (previous.chosenOptionId && own(previous.options, previous.chosenOptionId)?.text) || null,
    steps: Object.values(previous.nextSteps)
      .sort((a, b) => a.due.localeCompare(b.due) || a.at - b.at)
      .map((s) => ({ id: s.id, text: s.text, ownerId: s.ownerId, ownerName: name(s.ownerId), due: s.due, done: s.done })),
    causes: Object.values(previous.causes)
      .sort((a, b) => a.at - b.at)
      .map((c) => ({ id: c.id, text: c.text, authorName: name(c.authorId) })),
  };
}

/**
 * Whether `userId`'s client should look for the previous plan now: they
 * coach, the coachee is here, the session is still in Open and carries
 * nothing over yet.
 */
export function carryOverDue(state: SessionState | null, userId: UserId): boolean {
  if (!state || state.carriedOver !== null || state.stage !== 'open' || roleOf(state, userId) !== 'coach') return false;
  return Object.values(state.participants).some((p) => p.role === 'coachee');
}

/** Whether two sessions were between the same coach and coachee (either way round counts as the same pair). */
export function samePair(a: SessionState, b: SessionState): boolean {
  const pair = (s: SessionState) =>
    Object.values(s.participants)
      .filter((p) => p.role !== 'observer')
      .map((p) => p.userId)
      .sort()
      .join('\n');
  const first = pair(a);
  return first.includes('\n') && first === pair(b);
}

/** The most recent earlier session with the same pair, if any. */
export function previousWithSamePair(current: SessionState, history: readonly SessionState[]): SessionState | null {
  return (
    history
      .filter((s) => s.sessionId !== current.sessionId && s.createdAt < current.createdAt && samePair(s, current))
      .sort((a, b) => b.createdAt - a.createdAt)[0] ?? null
  );
}

export interface GrowthShare {
  /** Contributions of this kind the coachee made. */
  byCoachee: number;
  total: number;
}

export interface SessionGrowth {
  sessionId: string;
  date: string;
  challenge: GrowthShare;
  causes: GrowthShare;
  options: GrowthShare;
}

/**
 * For the coach only: how much of each session's thinking came from the
 * coachee (challenge statements, causes, options). The model's goal is the
 * coachee's own problem-solving, so a rising share is the sign of growth.
 */
export function coachingGrowth(sessions: readonly SessionState[], coacheeId: UserId): SessionGrowth[] {
  return [...sessions]
    .filter((s) => own(s.participants, coacheeId) !== undefined)
    .sort((a, b) => a.createdAt - b.createdAt)
    .map((s) => {
      // The same counts as the insights (insights/figures.ts), so the notes and the charts agree.
      const { challenge, causes, options } = thinkingOf(s, coacheeId);
      return { sessionId: s.sessionId, date: dayOf(s.createdAt), challenge, causes, options };
    });
}
