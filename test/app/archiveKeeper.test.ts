import { archiveSession, readArchiveText, serializeArchive, type Command, type SessionArchive } from '../../src/domain';
import type { ArchiveOutcome, ArchiveWrite, SavedArchive, SessionArchiveStore, StoredArchive } from '../../src/ports';
import { keepSessionArchive, openSessionArchive } from '../../src/app/archiveKeeper';
import { exportLog, SessionLog } from '../../src/sync/sessionLog';

const T0 = Date.UTC(2026, 10, 25, 9, 0);
const TODAY = '2026-11-25';
const SESSION = 'meeting-1';
const NOTES = 'Private: Sam avoids conflict with Kim';

/** The port's promises, kept in memory: eTags, create-only and replace-if-match, every save recorded. */
function memoryStore() {
  const files = new Map<string, { text: string; version: number }>();
  const saves: { sessionId: string; write: ArchiveWrite; ok: boolean }[] = [];
  let beforeSave: (() => void) | null = null;
  const eTag = (v: number) => `"v${v}"`;
  const store: SessionArchiveStore = {
    async load(sessionId): Promise<ArchiveOutcome<StoredArchive | null>> {
      const f = files.get(sessionId);
      return { ok: true, value: f ? { sessionId, text: f.text, eTag: eTag(f.version), size: f.text.length, lastModified: T0 } : null };
    },
    async save(sessionId, file, write): Promise<ArchiveOutcome<SavedArchive>> {
      beforeSave?.();
      beforeSave = null;
      const f = files.get(sessionId);
      const fits = write.kind === 'create' ? !f : f !== undefined && eTag(f.version) === write.eTag;
      saves.push({ sessionId, write, ok: fits });
      if (!fits) return { ok: false, failure: { kind: 'conflict', retryable: true } };
      const version = (f?.version ?? 0) + 1;
      files.set(sessionId, { text: file, version });
      return { ok: true, value: { eTag: eTag(version), size: file.length, lastModified: T0 } };
    },
    async list() {
      return { ok: true, value: [...files.keys()].map((sessionId) => ({ sessionId, size: 0, lastModified: T0, eTag: null })) };
    },
    readListed: (entry) => store.load(entry.sessionId),
  };
  return {
    store,
    files,
    saves,
    put: (sessionId: string, text: string) => files.set(sessionId, { text, version: (files.get(sessionId)?.version ?? 0) + 1 }),
    /** Runs once, just before the next save lands: someone else writing in between. */
    meanwhile: (f: () => void) => void (beforeSave = f),
  };
}

let seq = 0;
function play(log: SessionLog, actorId: string, command: Command) {
  const r = log.local(command, actorId, T0 + 1000 * ++seq, TODAY, `op-${String(seq).padStart(3, '0')}`);
  if (!r.ok) throw new Error(r.reason.key);
}

function session(): SessionLog {
  const log = new SessionLog({ sessionId: SESSION, organizerId: 'u-coach', at: T0 });
  play(log, 'u-coach', { type: 'join', displayName: 'Alex' });
  play(log, 'u-coachee', { type: 'join', displayName: 'Sam' });
  play(log, 'u-coachee', { type: 'stateChallenge', id: 'ch-1', text: 'Say no to extra projects' });
  return log;
}

const coachCopy = (log: SessionLog, savedAt = T0 + 10_000): SessionArchive =>
  archiveSession(exportLog(log), { copyFor: 'coach', coachNotes: { text: NOTES, updatedAt: T0 + 5_000 } }, savedAt);
const text = (a: SessionArchive) => {
  const s = serializeArchive(a);
  if (!s.ok) throw new Error(s.reason);
  return s.text;
};
const stateIn = (t: string) => {
  const r = readArchiveText(t);
  if (!r.ok) throw new Error(`${r.reason}: ${JSON.stringify(r.detail)}`);
  return r.state;
};

describe('keepSessionArchive', () => {
  it('creates the file when there is none, create-only', async () => {
    const m = memoryStore();
    const log = session();
    const kept = await keepSessionArchive(m.store, coachCopy(log));
    expect(kept.ok).toBe(true);
    expect(m.saves).toEqual([{ sessionId: SESSION, write: { kind: 'create' }, ok: true }]);
    expect(stateIn(m.files.get(SESSION)!.text)).toEqual(log.state);
  });

  it('merges into what is stored and replaces exactly the version it read', async () => {
    const m = memoryStore();
    const log = session();
    const other = new SessionLog(log.genesis);
    other.merge(log.entries);
    play(other, 'u-coachee', { type: 'addCause', id: 'c-other', text: 'Saved from another device' });
    m.put(SESSION, text(coachCopy(other)));
    play(log, 'u-coach', { type: 'addOption', id: 'o-here', text: 'Made here' });

    const kept = await keepSessionArchive(m.store, coachCopy(log));
    expect(kept.ok).toBe(true);
    expect(m.saves.at(-1)).toMatchObject({ write: { kind: 'replace', eTag: '"v1"' }, ok: true });
    const state = stateIn(m.files.get(SESSION)!.text);
    expect(Object.keys(state.causes)).toEqual(['c-other']);
    expect(Object.keys(state.options)).toEqual(['o-here']);
  });

  it('writes nothing when the file already holds everything', async () => {
    const m = memoryStore();
    const log = session();
    await keepSessionArchive(m.store, coachCopy(log));
    const kept = await keepSessionArchive(m.store, coachCopy(log, T0 + 99_000));
    expect(kept.ok && kept.value.saved).toBeNull();
    expect(m.saves).toHaveLength(1);
  });

  it.each([
    ['a newer version', (t: string) => t.replace('"version":1', '"version":3'), 'unknownVersion', { problem: 'newerVersion', version: 3 }],
    ['a foreign file', () => '{"hello":"world"}', 'foreignFormat', { problem: 'notAnArchive' }],
    [
      'a damaged file',
      (t: string) => t.replace('"createdAt":', '"createdAt":"soon","x":'),
      'invalid',
      { problem: 'damagedField', field: expect.any(String) },
    ],
    [
      'a file with a change it cannot read',
      (t: string) =>
        t.replace(
          '"ops":[',
          '"ops":[{"lamport":1,"envelope":{"id":"z","actorId":"u","at":1,"today":"2026-11-25","command":{"type":"fromTheFuture"}}},',
        ),
      'incomplete',
      undefined,
    ],
    ['another session’s file', (t: string) => t.replace(`"sessionId":"${SESSION}"`, '"sessionId":"meeting-2"'), 'otherSession', undefined],
  ])('never writes over %s, and says why, with what the reader found', async (_what, spoil, reason, found) => {
    const m = memoryStore();
    const original = spoil(text(coachCopy(session())));
    m.put(SESSION, original);
    const kept = await keepSessionArchive(m.store, coachCopy(session()));
    expect(kept).toEqual({ ok: false, failure: { kind: 'unreadable', reason, ...(found ? { found } : {}), retryable: false } });
    expect(m.saves).toEqual([]);
    expect(m.files.get(SESSION)!.text).toBe(original);
  });

  it('reads again and merges when the file changed between its read and its save', async () => {
    const m = memoryStore();
    const log = session();
    const other = new SessionLog(log.genesis);
    other.merge(log.entries);
    play(other, 'u-coachee', { type: 'addCause', id: 'c-meanwhile', text: 'Written meanwhile' });
    play(log, 'u-coach', { type: 'addOption', id: 'o-here', text: 'Made here' });
    m.meanwhile(() => m.put(SESSION, text(coachCopy(other))));

    const kept = await keepSessionArchive(m.store, coachCopy(log));
    expect(kept.ok).toBe(true);
    expect(m.saves.map((s) => [s.write.kind, s.ok])).toEqual([
      ['create', false],
      ['replace', true],
    ]);
    const state = stateIn(m.files.get(SESSION)!.text);
    expect(Object.keys(state.causes)).toEqual(['c-meanwhile']);
    expect(Object.keys(state.options)).toEqual(['o-here']);
  });

  it('gives up with a conflict when the file keeps changing', async () => {
    const m = memoryStore();
    const store: SessionArchiveStore = {
      ...m.store,
      save: async () => ({ ok: false, failure: { kind: 'conflict', retryable: true } }),
    };
    const kept = await keepSessionArchive(store, coachCopy(session()));
    expect(kept).toMatchObject({ ok: false, failure: { kind: 'conflict' } });
  });

  it('hands on a failure to load or save as it is', async () => {
    const m = memoryStore();
    const offline = { kind: 'offline', retryable: true } as const;
    const kept = await keepSessionArchive({ ...m.store, load: async () => ({ ok: false, failure: offline }) }, coachCopy(session()));
    expect(kept).toEqual({ ok: false, failure: offline });
    const saved = await keepSessionArchive({ ...m.store, save: async () => ({ ok: false, failure: offline }) }, coachCopy(session()));
    expect(saved).toEqual({ ok: false, failure: offline });
  });

  it("keeps the coachee's copy free of coach notes", async () => {
    const m = memoryStore();
    const log = session();
    await keepSessionArchive(m.store, archiveSession(exportLog(log), { copyFor: 'coachee' }, T0));
    expect(m.files.get(SESSION)!.text).not.toContain(NOTES);
  });
});

describe('openSessionArchive', () => {
  it('gives the stored copy, read; null when there is none', async () => {
    const m = memoryStore();
    expect(await openSessionArchive(m.store, SESSION)).toEqual({ ok: true, value: null });
    const log = session();
    await keepSessionArchive(m.store, coachCopy(log));
    const opened = await openSessionArchive(m.store, SESSION);
    expect(opened.ok && opened.value?.read.state).toEqual(log.state);
    expect(opened.ok && opened.value?.stored.eTag).toBe('"v1"');
  });
});
