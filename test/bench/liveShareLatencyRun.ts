// The Live Share half of `npm run bench`: two stores (coach and coachee) on
// one tinylicious; the coach changes the stage and the time until the
// coachee's store shows it is one sample. Built for Node by
// liveShareLatency.mjs (webpack, packages left to node_modules).
import { createLocalLiveShareHost, openLiveShareSessionStore } from '../../src/sync/liveShare';
import { untilSession } from '../fixtures/waiting';

const clock = { now: () => Date.now(), today: () => new Date().toISOString().slice(0, 10) };
const COACH = { userId: 'u-coach', displayName: 'Alex' };
const COACHEE = { userId: 'u-coachee', displayName: 'Sam' };

/** Opens stores for one meeting on `endpoint`: the coach organizes it; all share its container. */
function meetingOn(endpoint: string, sessionId: string) {
  let containerId: string | undefined;
  return (self: { userId: string; displayName: string }) =>
    openLiveShareSessionStore({
      host: createLocalLiveShareHost({ get: () => containerId, set: (id) => (containerId = id) }),
      sessionId,
      organizerId: COACH.userId,
      self,
      clock,
      connection: { type: 'local', endpoint },
    });
}

/** Milliseconds from the coach's dispatch to the coachee's store showing it, per change. */
export async function measureLatency(endpoint: string, changes: number, warmup: number): Promise<number[]> {
  const sessionId = `bench-${Date.now()}`;
  const open = meetingOn(endpoint, sessionId);
  const coach = await open(COACH);
  const coachee = await open(COACHEE);
  try {
    await untilSession(coach, (s) => Boolean(s.participants[COACHEE.userId]));
    const samples: number[] = [];
    for (let i = 0; i < warmup + changes; i++) {
      const entries = coach.getSnapshot().session!.timeline.size + 1;
      const started = performance.now();
      const result = coach.dispatch(i % 2 === 0 ? { type: 'advance', force: true } : { type: 'goBack', to: 'open' });
      if (!result.ok) throw new Error(`The coach's change was refused: ${result.reason}`);
      await untilSession(coachee, (s) => s.timeline.size >= entries);
      if (i >= warmup) samples.push(performance.now() - started);
    }
    return samples;
  } finally {
    coach.close();
    coachee.close();
  }
}

/**
 * Milliseconds from a late joiner opening its store to its session showing
 * all of a `total`-op log (mostly stage changes, as the issue measured), with
 * the coach and the coachee present to vouch for their ops.
 */
export async function measureLateJoin(endpoint: string, total: number): Promise<number> {
  const sessionId = `bench-late-${Date.now()}`;
  const open = meetingOn(endpoint, sessionId);
  const coach = await open(COACH);
  const coachee = await open(COACHEE);
  try {
    await untilSession(coach, (s) => Boolean(s.participants[COACHEE.userId]));
    // Two joins are in the log; the rest are the coach's stage changes.
    for (let i = 2; i < total; i++) {
      const result = coach.dispatch(i % 2 === 0 ? { type: 'advance', force: true } : { type: 'goBack', to: 'open' });
      if (!result.ok) throw new Error(`The coach's change was refused: ${result.reason}`);
    }
    const entries = coach.getSnapshot().session!.timeline.size;
    await untilSession(coachee, (s) => s.timeline.size >= entries);
    const started = performance.now();
    const late = await open({ userId: 'u-late', displayName: 'Lee' });
    try {
      await untilSession(late, (s) => s.timeline.size >= entries);
      return performance.now() - started;
    } finally {
      late.close();
    }
  } finally {
    coach.close();
    coachee.close();
  }
}
