import type { PageLifecycle } from '../../src/ports';
import { createMemorySessionHub } from '../../src/sync';
import { carryOverWhenDue, keepOwnCopy, type CarryOverOutcome, type SaverTimers } from '../../src/app';
import { fakeClock } from '../fixtures/clock';
import { COACH, COACHEE, OBSERVER } from '../fixtures/sessions';
import { settle } from '../fixtures/waiting';

const T0 = Date.UTC(2026, 10, 25, 9, 0);
const noTimers: SaverTimers = { setTimeout: () => 0, clearTimeout: () => undefined };

/** A page the test hides by hand. */
function fakePage() {
  const leaves = new Set<() => void>();
  const page: PageLifecycle = {
    onLeave: (run) => {
      leaves.add(run);
      return () => void leaves.delete(run);
    },
  };
  return { page, leave: () => leaves.forEach((run) => run()), watchers: () => leaves.size };
}

function meeting() {
  const clock = fakeClock(T0);
  const hub = createMemorySessionHub({ sessionId: 's-keep', organizerId: COACH.userId, clock });
  const coach = hub.connect(COACH);
  const coachee = hub.connect(COACHEE);
  return { clock, coach, coachee };
}

describe('keepOwnCopy', () => {
  it('saves, best effort, when the page is hidden or left after a change, and stops watching on dispose', async () => {
    const m = meeting();
    const p = fakePage();
    const save = jest.fn(async () => ({ ok: true as const }));
    const kept = keepOwnCopy({
      store: m.coach,
      userId: COACH.userId,
      page: p.page,
      save,
      timers: noTimers,
      now: m.clock.now,
      debounceMs: 20_000,
    });
    p.leave();
    await settle();
    expect(save).not.toHaveBeenCalled(); // nothing changed yet: nothing to save
    m.coachee.dispatch({ type: 'stateChallenge', id: 'c', text: 'Deadlines slip' });
    p.leave();
    await settle();
    expect(save).toHaveBeenCalledTimes(1);
    kept.dispose();
    expect(p.watchers()).toBe(0);
  });
});

describe('carryOverWhenDue', () => {
  it('tries once the session makes it due, again after "not yet", and stops for good after an answer', async () => {
    const m = meeting();
    const outcomes: CarryOverOutcome[] = [{ kind: 'notYet' }, { kind: 'none' }];
    const attempt = jest.fn(async () => outcomes.shift() ?? { kind: 'none' as const });
    const stop = carryOverWhenDue(m.coach, COACH.userId, attempt);
    await settle();
    // The coach in Open with the coachee here: due at once; "not yet" asks once more, "none" ends it.
    expect(attempt).toHaveBeenCalledTimes(2);
    m.coachee.dispatch({ type: 'stateChallenge', id: 'c', text: 'Deadlines slip' });
    await settle();
    expect(attempt).toHaveBeenCalledTimes(2);
    stop();
  });

  it('never tries for someone who is not the coach', async () => {
    const m = meeting();
    const attempt = jest.fn(async () => ({ kind: 'none' as const }));
    carryOverWhenDue(m.coachee, COACHEE.userId, attempt)();
    await settle();
    expect(attempt).not.toHaveBeenCalled();
  });

  it('looks again for the pair the coach makes: an answer holds only for the coachee it was found for', async () => {
    const clock = fakeClock(T0);
    const hub = createMemorySessionHub({ sessionId: 's-seat', organizerId: COACH.userId, clock });
    const coach = hub.connect(COACH);
    // Someone else got to the meeting first and took the coachee's seat.
    hub.connect(OBSERVER);
    hub.connect(COACHEE);
    const seen: (string | undefined)[] = [];
    const attempt = jest.fn(async () => {
      seen.push(Object.values(coach.getSnapshot().session!.participants).find((p) => p.role === 'coachee')?.userId);
      return { kind: 'none' as const };
    });
    carryOverWhenDue(coach, COACH.userId, attempt);
    await settle();
    expect(seen).toEqual([OBSERVER.userId]);
    expect(coach.dispatch({ type: 'assignRole', userId: COACHEE.userId, role: 'coachee' }).ok).toBe(true);
    await settle();
    expect(seen).toEqual([OBSERVER.userId, COACHEE.userId]);
    coach.dispatch({ type: 'stateChallenge', id: 'c', text: 'x' });
    await settle();
    expect(attempt).toHaveBeenCalledTimes(2);
  });

  it('treats a failed attempt as an answer: the session goes on without last time', async () => {
    const m = meeting();
    const attempt = jest.fn(() => Promise.reject(new Error('offline')));
    carryOverWhenDue(m.coach, COACH.userId, attempt);
    await settle();
    m.coachee.dispatch({ type: 'stateChallenge', id: 'c', text: 'x' });
    await settle();
    expect(attempt).toHaveBeenCalledTimes(1);
  });
});
