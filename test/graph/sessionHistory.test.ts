// This user's stored sessions read back through the real graph-client and the
// sandbox's drives: each person sees only their own copies, newest first.
import { createMemorySessionHub } from '../../src/sync';
import { readSessionHistory, saveOwnCopy } from '../../src/app';
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

async function sessionSaved(sessionId: string, at: number, challenge: string, savers: string[]) {
  const clock = fakeClock(at);
  const hub = createMemorySessionHub({ sessionId, organizerId: COACH, clock });
  const coach = hub.connect({ userId: COACH, displayName: 'Alex' });
  clock.advance(60_000);
  const coachee = hub.connect({ userId: COACHEE, displayName: 'Sam' });
  expect(coachee.dispatch({ type: 'stateChallenge', id: 'ch-1', text: challenge }).ok).toBe(true);
  clock.advance(60_000);
  for (const userId of savers) {
    expect(await saveOwnCopy(userId === COACH ? coach : coachee, drive(userId), userId, clock.now())).toEqual({ ok: true });
  }
}

describe('reading this user’s history from their own drive', () => {
  it('lists each person’s own stored sessions, newest first', async () => {
    await sessionSaved('meeting-1', T0, 'First', [COACH, COACHEE]);
    await sessionSaved('meeting-2', T0 + 14 * DAY, 'Second', [COACH]);
    const coach = await readSessionHistory(drive(COACH));
    expect(coach.kind === 'found' && coach.sessions.map((s) => s.sessionId)).toEqual(['meeting-2', 'meeting-1']);
    expect(coach).toMatchObject({ skipped: 0 });
    const coachee = await readSessionHistory(drive(COACHEE));
    expect(coachee.kind === 'found' && coachee.sessions.map((s) => s.sessionId)).toEqual(['meeting-1']);
    const observer = await readSessionHistory(drive(OBSERVER));
    expect(observer).toEqual({ kind: 'found', sessions: [], skipped: 0 });
  });
});
