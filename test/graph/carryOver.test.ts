// A second session with the same pair starts from the first one's plan, read
// from the coach's own OneDrive copy through the real graph-client and the sandbox.
import { createMemorySessionHub } from '../../src/sync';
import { carryOverPrevious, saveOwnCopy } from '../../src/app';
import { fakeClock } from '../fixtures/clock';
import { COACH, COACHEE, OBSERVER, sandboxDrive } from './helpers';
import { startGraphSandbox, type GraphSandbox } from './sandbox/graphSandbox';

let sandbox: GraphSandbox;
beforeEach(async () => {
  sandbox = await startGraphSandbox();
});
afterEach(() => sandbox.close());

const T0 = Date.UTC(2026, 10, 11, 9, 0);
const DAY = 86_400_000;
const drive = (userId: string) => sandboxDrive(sandbox.baseUrl, userId);

function meeting(sessionId: string, at: number, people: { userId: string; displayName: string }[]) {
  const clock = fakeClock(at);
  const hub = createMemorySessionHub({ sessionId, organizerId: COACH, clock });
  const stores = people.map((p) => {
    clock.advance(60_000);
    return hub.connect(p);
  });
  return { clock, stores };
}

async function firstSessionSaved() {
  const { stores, clock } = meeting('meeting-1', T0, [
    { userId: COACH, displayName: 'Alex' },
    { userId: COACHEE, displayName: 'Sam' },
  ]);
  const [coach, coachee] = stores as [(typeof stores)[0], (typeof stores)[0]];
  const ok = (r: { ok: boolean }) => expect(r.ok).toBe(true);
  ok(coachee.dispatch({ type: 'stateChallenge', id: 'ch-1', text: 'Missing the report deadline' }));
  ok(coach.dispatch({ type: 'advance' }));
  ok(coachee.dispatch({ type: 'addCause', id: 'k-1', text: 'Data arrives late' }));
  ok(coach.dispatch({ type: 'addNextStep', id: 'st-1', text: 'Ask for the data on Wednesday', ownerId: COACHEE, due: '2026-11-18' }));
  clock.advance(60_000);
  expect(await saveOwnCopy(coach, drive(COACH), COACH, clock.now())).toEqual({ ok: true });
}

describe('carry-over from the coach’s own archive', () => {
  it('brings the previous plan with the same coachee into the new session, once', async () => {
    await firstSessionSaved();
    const { stores } = meeting('meeting-2', T0 + 14 * DAY, [
      { userId: COACH, displayName: 'Alex' },
      { userId: COACHEE, displayName: 'Sam' },
    ]);
    const [coach, coachee] = stores as [(typeof stores)[0], (typeof stores)[0]];
    // The coachee's client does not do it: one client reads and sends.
    expect(await carryOverPrevious(coachee, drive(COACHEE), COACHEE)).toEqual({ kind: 'notYet' });
    expect(await carryOverPrevious(coach, drive(COACH), COACH)).toEqual({ kind: 'carried', fromSessionId: 'meeting-1' });
    const carried = coachee.getSnapshot().session!.carriedOver!;
    expect(carried.challenge).toBe('Missing the report deadline');
    expect(Object.values(carried.steps).map((s) => [s.text, s.ownerName, s.review])).toEqual([
      ['Ask for the data on Wednesday', 'Sam', null],
    ]);
    expect(Object.values(carried.causes).map((c) => c.text)).toEqual(['Data arrives late']);
    expect(await carryOverPrevious(coach, drive(COACH), COACH)).toEqual({ kind: 'notYet' });
  });

  it('waits for the coachee, and finds nothing for a different pair', async () => {
    await firstSessionSaved();
    const alone = meeting('meeting-2', T0 + 14 * DAY, [{ userId: COACH, displayName: 'Alex' }]);
    expect(await carryOverPrevious(alone.stores[0]!, drive(COACH), COACH)).toEqual({ kind: 'notYet' });
    const other = meeting('meeting-3', T0 + 14 * DAY, [
      { userId: COACH, displayName: 'Alex' },
      { userId: OBSERVER, displayName: 'Jordan' },
    ]);
    expect(await carryOverPrevious(other.stores[0]!, drive(COACH), COACH)).toEqual({ kind: 'none' });
  });
});
