import type { SessionState } from '../../src/domain';
import type { SessionStore } from '../../src/ports';
import { openBroadcastSessionStore } from '../../src/sync';
import { fakeClock } from '../fixtures/clock';
import { memoryStorage } from '../fixtures/memoryStorage';

const T0 = Date.UTC(2026, 10, 25, 9, 0);
const COACH = { userId: 'u-coach', displayName: 'Alex' };
const COACHEE = { userId: 'u-coachee', displayName: 'Sam' };

let meeting = 0;
const open: SessionStore[] = [];

function opener(sessionId: string) {
  const clock = fakeClock(T0);
  return async (self: typeof COACH, storage = memoryStorage()) => {
    const store = await openBroadcastSessionStore({ sessionId, organizerId: COACH.userId, self, clock, storage, discoveryMs: 50 });
    open.push(store);
    return store;
  };
}

/** Resolves once the store's session satisfies `check` (sync is asynchronous). */
function until(store: SessionStore, check: (s: SessionState) => boolean): Promise<SessionState> {
  return new Promise((resolve) => {
    const test = () => {
      const session = store.getSnapshot().session;
      if (session && check(session)) {
        unsubscribe();
        resolve(session);
      }
    };
    const unsubscribe = store.subscribe(test);
    test();
  });
}

afterEach(() => {
  open.splice(0).forEach((store) => store.close());
});

describe('BroadcastChannel session store', () => {
  it('shows the coach’s change in the coachee’s store', async () => {
    const connect = opener(`m-${++meeting}`);
    const coach = await connect(COACH);
    const coachee = await connect(COACHEE);
    await until(coach, (s) => Boolean(s.participants[COACHEE.userId]));
    coach.dispatch({ type: 'stateChallenge', id: 'v1', text: 'Releases slip every sprint' });
    const seen = await until(coachee, (s) => s.challenge.currentId === 'v1');
    expect(seen.challenge.versions.v1?.text).toBe('Releases slip every sprint');
  });

  it('gives a late joiner the whole session', async () => {
    const connect = opener(`m-${++meeting}`);
    const coach = await connect(COACH);
    coach.dispatch({ type: 'addCause', id: 'c1', text: 'Scope creep' });
    coach.dispatch({ type: 'addOption', id: 'o1', text: 'Freeze scope mid-sprint' });
    const late = await connect(COACHEE);
    const seen = await until(late, (s) => Boolean(s.options.o1));
    expect(seen.causes.c1?.text).toBe('Scope creep');
    expect(seen.participants[COACHEE.userId]?.role).toBe('coachee');
  });

  it('restores the session after a reload from its saved copy', async () => {
    const connect = opener(`m-${++meeting}`);
    const storage = memoryStorage();
    const first = await connect(COACH, storage);
    first.dispatch({ type: 'addCause', id: 'c1', text: 'Scope creep' });
    first.close();
    const reloaded = await connect(COACH, storage);
    expect(reloaded.getSnapshot().session?.causes.c1?.text).toBe('Scope creep');
  });

  it('drops malformed messages and keeps its state', async () => {
    const sessionId = `m-${++meeting}`;
    const coach = await opener(sessionId)(COACH);
    const before = coach.getSnapshot().session;
    const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
    const attacker = new BroadcastChannel(`stagecoach:${sessionId}`);
    attacker.postMessage({ type: 'op', op: { lamport: 3, envelope: { id: 'x', actorId: COACH.userId, at: T0, today: '2026-11-25', command: { type: 'recordConfidence', value: 99 } } } });
    attacker.postMessage('not even an object');
    await new Promise((r) => setTimeout(r, 50));
    attacker.close();
    expect(coach.getSnapshot().session).toBe(before);
    expect(warn).toHaveBeenCalledTimes(2);
    warn.mockRestore();
  });

  it('converges when two panes start the same session at once', async () => {
    const connect = opener(`m-${++meeting}`);
    const [coach, coachee] = await Promise.all([connect(COACH), connect(COACHEE)]);
    await until(coach, (s) => Object.keys(s.participants).length === 2);
    await until(coachee, (s) => Object.keys(s.participants).length === 2);
    expect(coach.getSnapshot().session).toEqual(coachee.getSnapshot().session);
  });
});
