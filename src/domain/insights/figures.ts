import type { EpochMs, LocalDate, SessionState, UserId } from '../session';
import { stageIndex } from '../stages';
import { orderedTimeline } from '../timeline';
import type { FactsThinking, SessionFacts } from './facts';
import type { FollowThrough, SessionInsight, Thinking, ThinkingShare } from './types';

/** The UTC day of a moment, as carry-over dates sessions; empty for a time no calendar has. */
export function dayOf(at: EpochMs): LocalDate {
  return Number.isFinite(at) && Math.abs(at) <= 8.64e15 ? new Date(at).toISOString().slice(0, 10) : '';
}

function shareOf(authors: Iterable<UserId>, coacheeId: UserId | null): ThinkingShare {
  let byCoachee = 0;
  let total = 0;
  for (const author of authors) {
    total += 1;
    if (author === coacheeId) byCoachee += 1;
  }
  return { byCoachee, total };
}

export function addShares(a: ThinkingShare, b: ThinkingShare): ThinkingShare {
  return { byCoachee: a.byCoachee + b.byCoachee, total: a.total + b.total };
}

/** How much of the session's thinking came from `coacheeId` (see ThinkingArea); none of it when there is no coachee. */
export function thinkingOf(session: SessionState, coacheeId: UserId | null): Thinking {
  const challenge = shareOf(
    Object.values(session.challenge.versions).map((v) => v.authorId),
    coacheeId,
  );
  const causes = shareOf(
    Object.values(session.causes).map((c) => c.authorId),
    coacheeId,
  );
  const options = shareOf(
    Object.values(session.options).map((o) => o.authorId),
    coacheeId,
  );
  const nextSteps = shareOf(
    Object.values(session.nextSteps).map((s) => s.authorId),
    coacheeId,
  );
  const overall = [causes, options, nextSteps].reduce(addShares, challenge);
  return { challenge, causes, options, nextSteps, overall };
}

/**
 * When the session was last worked on: its last stage change or the last
 * thing captured in it, whichever is later. The coachee's acceptance and the
 * chat summary are left out: they may come days later, outside the meeting.
 */
export function endOf(session: SessionState): EpochMs {
  let end = session.createdAt;
  const later = (at: EpochMs | undefined) => {
    if (at !== undefined && Number.isFinite(at) && at > end) end = at;
  };
  for (const entry of orderedTimeline(session)) later(entry.at);
  for (const v of Object.values(session.challenge.versions)) later(v.at);
  for (const items of [session.causes, session.options, session.nextSteps]) for (const item of Object.values(items)) later(item.at);
  later(session.confidence?.at);
  later(session.coacheeSummary?.at);
  later(session.affirmation?.at);
  later(session.followUp.coachEvent?.at);
  return end;
}

export function loopsBackIn(session: SessionState): number {
  let loops = 0;
  for (const entry of orderedTimeline(session)) {
    if (entry.from !== null && stageIndex(entry.to) < stageIndex(entry.from)) loops += 1;
  }
  return loops;
}

/** The coachee's carried steps as this session reviewed them; null when nothing was carried over. */
export function followThroughIn(session: SessionState, coacheeId: UserId): FollowThrough | null {
  const carried = session.carriedOver;
  if (!carried) return null;
  const tally: FollowThrough = { done: 0, notDone: 0, dropped: 0, unreviewed: 0 };
  for (const step of Object.values(carried.steps)) {
    if (step.ownerId !== coacheeId) continue;
    // The review the pair gave wins; without one, the coachee's own client may have reported it done from their task list.
    const review = step.review ?? (step.doneBefore ? 'done' : null);
    tally[review ?? 'unreviewed'] += 1;
  }
  return tally;
}

/** The four areas with their sum (`overall`), as every figure shows them. */
export function withOverall({ challenge, causes, options, nextSteps }: FactsThinking): Thinking {
  const overall = [causes, options, nextSteps].reduce(addShares, challenge);
  return { challenge, causes, options, nextSteps, overall };
}

/** A session's figures for the coach, from its facts; `followUpHeld` is decided by the caller, who sees the later sessions. */
export function sessionInsight(facts: SessionFacts, followUpHeld: boolean | null): SessionInsight {
  return {
    sessionId: facts.sessionId,
    date: dayOf(facts.createdAt),
    thinking: withOverall(facts.thinking),
    loopsBack: facts.loopsBack,
    stageMs: { ...facts.stageMs },
    confidence: facts.confidence,
    closedWithAllCriteria: facts.closedWithAllCriteria,
    followThrough: facts.followThrough && { ...facts.followThrough },
    followUpHeld,
  };
}

/** Oldest first (ties by id, so the input's order never matters), one per session id: the copy furthest along. */
export function chronological(facts: readonly SessionFacts[]): SessionFacts[] {
  const byId = new Map<string, SessionFacts>();
  for (const f of facts) {
    const known = byId.get(f.sessionId);
    if (!known || f.seq > known.seq) byId.set(f.sessionId, f);
  }
  return [...byId.values()].sort(
    (a, b) => a.createdAt - b.createdAt || (a.sessionId < b.sessionId ? -1 : a.sessionId > b.sessionId ? 1 : 0),
  );
}
