// The coach's private notes go into the coach's own OneDrive copy and nowhere
// else: not the coachee's copy, not the chat, not the calendar. Asserted on the
// bytes the sandbox stored, written through the real graph-client.
import { GraphCalendarGateway } from '../../src/graph';
import { createMemorySessionHub } from '../../src/sync';
import { readOwnCoachNotes, readOwnCopy, saveOwnCopy } from '../../src/app';
import { fakeClock } from '../fixtures/clock';
import { COACH, COACHEE, NOW, devTokens, followUp, sandboxDrive } from './helpers';
import { startGraphSandbox, type GraphSandbox } from './sandbox/graphSandbox';

let sandbox: GraphSandbox;
beforeEach(async () => {
  sandbox = await startGraphSandbox();
});
afterEach(() => sandbox.close());

const SECRET = 'Private: Sam sounds worn out, ask about workload.';
const CHAT = '19:meeting_private@thread.v2';
const drive = (userId: string) => sandboxDrive(sandbox.baseUrl, userId);
const gateway = (userId: string) =>
  new GraphCalendarGateway({
    tokens: devTokens(userId),
    baseUrl: sandbox.baseUrl,
    retryDelaySeconds: 0,
    maxRetries: 1,
    networkRetries: 1,
    attemptTimeoutMs: 2_000,
    now: () => NOW,
  });

function storedBytes(userId: string): string {
  return sandbox
    .driveFiles(userId)
    .map((path) => sandbox.driveFile(userId, path)?.toString('utf8') ?? '')
    .join('\n');
}

describe('the coach’s private notes in Graph', () => {
  it('are in the coach’s own copy only: never in the coachee’s copy, the chat or the calendars', async () => {
    const clock = fakeClock(NOW);
    const hub = createMemorySessionHub({ sessionId: 'meeting-private', organizerId: COACH, clock });
    const coach = hub.connect({ userId: COACH, displayName: 'Alex' });
    clock.advance(60_000);
    const coachee = hub.connect({ userId: COACHEE, displayName: 'Sam' });
    expect(coachee.dispatch({ type: 'stateChallenge', id: 'ch-1', text: 'Say no to extra projects' }).ok).toBe(true);
    const notes = { text: SECRET, updatedAt: NOW };

    expect(await saveOwnCopy(coach, drive(COACH), COACH, NOW + 1, notes)).toEqual({ ok: true });
    // Even were the notes handed over for the coachee's copy, it has no place for them.
    expect(await saveOwnCopy(coachee, drive(COACHEE), COACHEE, NOW + 2, notes)).toEqual({ ok: true });
    const closed = await gateway(COACH).scheduleFollowUp(followUp({ sessionId: 'meeting-private' }), CHAT);
    expect(closed.event.ok && closed.summary?.ok).toBe(true);

    expect(storedBytes(COACH)).toContain(SECRET);
    const coacheeBytes = storedBytes(COACHEE);
    expect(coacheeBytes).toContain('Say no to extra projects');
    expect(coacheeBytes).not.toContain(SECRET);
    expect(coacheeBytes).not.toContain('coachNotes');
    expect(JSON.stringify(sandbox.chatMessages(CHAT))).not.toContain(SECRET);
    expect(sandbox.chatMessages(CHAT)).toHaveLength(1);
    for (const user of [COACH, COACHEE]) expect(JSON.stringify(sandbox.events(user))).not.toContain(SECRET);
    // The drive PUTs: each person's own copy and history index under their own token, nothing else written to a drive.
    const puts = sandbox.requests.filter((r) => r.method === 'PUT');
    expect(
      puts
        .filter((r) => r.path.includes('/sessions/'))
        .map((r) => r.userId)
        .sort(),
    ).toEqual([COACH, COACHEE].sort());
    expect(puts.filter((r) => !r.path.includes('/sessions/')).every((r) => r.path.endsWith('/history-index.json:/content'))).toBe(true);
    for (const user of [COACH, COACHEE]) expect(sandbox.driveFile(user, 'history-index.json')?.toString('utf8')).not.toContain(SECRET);

    // Read back: the coach's copy brings the notes (a new device seeds from it), the coachee's none.
    const mine = await readOwnCopy(drive(COACH), 'meeting-private');
    expect(mine.kind === 'found' && mine.coachNotes).toEqual(notes);
    const theirs = await readOwnCopy(drive(COACHEE), 'meeting-private');
    expect(theirs.kind).toBe('found');
    expect(theirs.kind === 'found' && theirs.coachNotes).toBeUndefined();
    expect(await readOwnCoachNotes(drive(COACH), 'meeting-private')).toEqual(notes);
    expect(await readOwnCoachNotes(drive(COACHEE), 'meeting-private')).toBeNull();
    // A session never saved is not asked for by name (no 404 in the browser's console).
    const before = sandbox.requests.length;
    expect(await readOwnCoachNotes(drive(COACH), 'meeting-never-saved')).toBeNull();
    expect(sandbox.requests.slice(before).map((r) => `${r.method} ${r.status}`)).toEqual(['GET 200']);
  });

  it('keep the newer notes when a later save has none (another device without them)', async () => {
    const clock = fakeClock(NOW);
    const hub = createMemorySessionHub({ sessionId: 'meeting-private', organizerId: COACH, clock });
    const coach = hub.connect({ userId: COACH, displayName: 'Alex' });
    expect(await saveOwnCopy(coach, drive(COACH), COACH, NOW + 1, { text: SECRET, updatedAt: NOW })).toEqual({ ok: true });
    expect(await saveOwnCopy(coach, drive(COACH), COACH, NOW + 2, null)).toEqual({ ok: true });
    const mine = await readOwnCopy(drive(COACH), 'meeting-private');
    expect(mine.kind === 'found' && mine.coachNotes?.text).toBe(SECRET);
  });
});
