import { archiveSession, serializeArchive, type Command } from '../../src/domain';
import type { ArchiveEntry, ArchiveOutcome, SessionArchiveStore, StoredArchive } from '../../src/ports';
import { HISTORY_LIMIT, readSessionHistory } from '../../src/app';
import { exportLog, SessionLog } from '../../src/sync/sessionLog';

const T0 = Date.UTC(2026, 10, 25, 9, 0);
const DAY = 86_400_000;
const TODAY = '2026-11-25';

/** A stored session file per id, listed newest first as the store does; every load counted. */
function memoryStore(listing: ArchiveOutcome<ArchiveEntry[]> | null = null) {
  const files = new Map<string, { text: string; at: number }>();
  const loads: string[] = [];
  const store: SessionArchiveStore = {
    async load(sessionId): Promise<ArchiveOutcome<StoredArchive | null>> {
      loads.push(sessionId);
      const f = files.get(sessionId);
      return { ok: true, value: f ? { sessionId, text: f.text, eTag: '"v1"', size: f.text.length, lastModified: f.at } : null };
    },
    async save() {
      throw new Error('reading history never writes');
    },
    async list() {
      if (listing) return listing;
      const entries = [...files.entries()].map(([sessionId, f]) => ({ sessionId, size: f.text.length, lastModified: f.at, eTag: null }));
      return { ok: true, value: entries.sort((a, b) => b.lastModified - a.lastModified) };
    },
    readListed: (entry) => store.load(entry.sessionId),
  };
  return { store, files, loads };
}

function sessionFile(sessionId: string, at: number, challenge: string): string {
  let seq = 0;
  const log = new SessionLog({ sessionId, organizerId: 'u-coach', at });
  const play = (actorId: string, command: Command) => {
    const r = log.local(command, actorId, at + 1000 * ++seq, TODAY, `${sessionId}-op-${seq}`);
    if (!r.ok) throw new Error(r.reason.key);
  };
  play('u-coach', { type: 'join', displayName: 'Alex' });
  play('u-coachee', { type: 'join', displayName: 'Sam' });
  play('u-coachee', { type: 'stateChallenge', id: 'ch-1', text: challenge });
  const s = serializeArchive(archiveSession(exportLog(log), { copyFor: 'coachee' }, at + 60_000));
  if (!s.ok) throw new Error(s.reason);
  return s.text;
}

describe('readSessionHistory', () => {
  it('reads this user’s stored sessions, newest first', async () => {
    const m = memoryStore();
    m.files.set('m-1', { text: sessionFile('m-1', T0, 'First'), at: T0 });
    m.files.set('m-2', { text: sessionFile('m-2', T0 + 7 * DAY, 'Second'), at: T0 + 7 * DAY });
    const history = await readSessionHistory(m.store);
    expect(history.kind).toBe('found');
    if (history.kind !== 'found') return;
    expect(history.sessions.map((s) => s.sessionId)).toEqual(['m-2', 'm-1']);
    expect(history.sessions[1]!.challenge.versions['ch-1']?.text).toBe('First');
    expect(history.skipped).toBe(0);
  });

  it('skips and counts a file it cannot read, and never writes', async () => {
    const m = memoryStore();
    m.files.set('m-1', { text: sessionFile('m-1', T0, 'First'), at: T0 });
    m.files.set('m-bad', { text: '{"format":"something else"}', at: T0 + DAY });
    m.files.set('m-new', {
      text: sessionFile('m-new', T0 + 2 * DAY, 'New').replace(/"version":\s*\d+/, '"version": 999'),
      at: T0 + 2 * DAY,
    });
    const history = await readSessionHistory(m.store);
    expect(history).toMatchObject({ kind: 'found', skipped: 2 });
    expect(history.kind === 'found' && history.sessions.map((s) => s.sessionId)).toEqual(['m-1']);
  });

  it('reads at most the newest few', async () => {
    const m = memoryStore();
    for (let i = 0; i < HISTORY_LIMIT + 5; i++)
      m.files.set(`m-${i}`, { text: sessionFile(`m-${i}`, T0 + i * DAY, `Challenge ${i}`), at: T0 + i * DAY });
    const history = await readSessionHistory(m.store);
    expect(history.kind === 'found' && history.sessions).toHaveLength(HISTORY_LIMIT);
    expect(m.loads).toHaveLength(HISTORY_LIMIT);
    expect(history.kind === 'found' && history.sessions[0]!.sessionId).toBe(`m-${HISTORY_LIMIT + 4}`);
  });

  it('says why when the list cannot be read', async () => {
    const m = memoryStore({ ok: false, failure: { kind: 'offline', retryable: true } });
    expect(await readSessionHistory(m.store)).toEqual({ kind: 'failed', failure: { kind: 'offline', retryable: true } });
  });
});
