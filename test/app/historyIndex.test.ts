import { HISTORY_INDEX_FORMAT, readArchiveText, readHistoryIndex, type HistoryIndexEntry } from '../../src/domain';
import type { ArchiveTextCache } from '../../src/ports';
import { createArchiveTextCache, findSessionByFollowUp, keepSessionArchive, readListedSessions, readSessionHistory } from '../../src/app';
import { settle } from '../fixtures/waiting';
import { DAY, T0, memoryArchive, sessionFile, type MemoryArchive } from './memoryArchive';

const archiveOf = (text: string) => {
  const read = readArchiveText(text);
  if (!read.ok) throw new Error(read.reason);
  return read.archive;
};

/** Saves sessions `s-0`…`s-{n-1}` the app's way (so each writes its index line), `s-i` with follow-up `ical-i`. */
async function savedSessions(m: MemoryArchive, n: number) {
  for (let i = 0; i < n; i++) {
    const kept = await keepSessionArchive(m.store, archiveOf(sessionFile(`s-${i}`, { at: T0 + i * DAY, iCalUId: `ical-${i}` })));
    expect(kept.ok).toBe(true);
  }
}

function indexLines(m: MemoryArchive): HistoryIndexEntry[] {
  const text = m.indexText();
  if (text === null) return [];
  const read = readHistoryIndex(text);
  if (read.kind !== 'read') throw new Error(`the index is ${read.kind}`);
  return read.index.entries;
}

const indexWith = (entries: HistoryIndexEntry[]) => JSON.stringify({ format: HISTORY_INDEX_FORMAT, version: 1, entries });

/** A cache kept in a Map, counting what it is asked. */
function mapCache(): ArchiveTextCache & { texts: Map<string, string>; hits: number } {
  const texts = new Map<string, string>();
  const cache = {
    texts,
    hits: 0,
    async get(sessionId: string, eTag: string) {
      const text = texts.get(`${sessionId} ${eTag}`) ?? null;
      if (text !== null) cache.hits++;
      return text;
    },
    async put(sessionId: string, eTag: string, text: string) {
      texts.set(`${sessionId} ${eTag}`, text);
    },
  };
  return cache;
}

describe('the history index', () => {
  it('is written with each save: the session, the version written, its pair and its follow-up', async () => {
    const m = memoryArchive();
    await savedSessions(m, 2);
    const lines = indexLines(m);
    expect(lines.map((l) => [l.sessionId, l.coachId, l.coacheeId, l.followUpICalUId]).sort()).toEqual([
      ['s-0', 'u-coach', 'u-coachee', 'ical-0'],
      ['s-1', 'u-coach', 'u-coachee', 'ical-1'],
    ]);
    const listed = await m.store.list();
    for (const file of listed.ok ? listed.value : []) {
      expect(lines.find((l) => l.sessionId === file.sessionId)?.eTag).toBe(file.eTag);
    }
  });

  it('is not written when a save writes nothing', async () => {
    const m = memoryArchive();
    await savedSessions(m, 1);
    m.reset();
    const kept = await keepSessionArchive(m.store, archiveOf(m.file('s-0')!));
    expect(kept.ok && kept.value.saved).toBeNull();
    expect(m.count('index.save')).toBe(0);
  });

  it('leads the follow-up lookup to the one session: one file read', async () => {
    const m = memoryArchive();
    await savedSessions(m, 12);
    m.reset();
    const found = await findSessionByFollowUp(m.store, 'ical-4');
    expect(found.kind === 'found' && found.session.sessionId).toBe('s-4');
    expect(m.calls.filter((c) => c.startsWith('readListed') || c.startsWith('load'))).toEqual(['readListed s-4']);
    expect(m.count('index.save')).toBe(0);
  });

  it('is rebuilt when missing: the lookup reads the files, then writes it, and the next lookup reads one', async () => {
    const m = memoryArchive();
    for (let i = 0; i < 5; i++) m.put(`s-${i}`, sessionFile(`s-${i}`, { at: T0 + i * DAY, iCalUId: `ical-${i}` }));
    const found = await findSessionByFollowUp(m.store, 'ical-2');
    expect(found.kind === 'found' && found.session.sessionId).toBe('s-2');
    expect(m.count('readListed')).toBe(5);
    expect(
      indexLines(m)
        .map((l) => l.followUpICalUId)
        .sort(),
    ).toEqual(['ical-0', 'ical-1', 'ical-2', 'ical-3', 'ical-4']);
    m.reset();
    expect(await findSessionByFollowUp(m.store, 'ical-3')).toMatchObject({ kind: 'found', session: { sessionId: 's-3' } });
    expect(m.count('readListed')).toBe(1);
  });

  it.each([
    ['not JSON', '{"format":"stagecoach.histo'],
    ['another format', '{"format":"something else","version":1,"entries":[]}'],
    ['a damaged line', indexWith([{ sessionId: 's-1' } as HistoryIndexEntry])],
    ['an older version', JSON.stringify({ format: HISTORY_INDEX_FORMAT, version: 0, entries: [] })],
  ])('is rebuilt when damaged (%s)', async (_what, damaged) => {
    const m = memoryArchive();
    await savedSessions(m, 3);
    m.putIndex(damaged);
    m.reset();
    expect(await findSessionByFollowUp(m.store, 'ical-1')).toMatchObject({ kind: 'found', session: { sessionId: 's-1' } });
    expect(m.count('readListed')).toBe(3);
    expect(indexLines(m)).toHaveLength(3);
  });

  it('is rebuilt by the next save too, from that save’s line', async () => {
    const m = memoryArchive();
    m.putIndex('garbage');
    await savedSessions(m, 1);
    expect(indexLines(m).map((l) => l.sessionId)).toEqual(['s-0']);
  });

  it('is left alone when a newer Stagecoach wrote it, and the lookup reads the files instead', async () => {
    const m = memoryArchive();
    await savedSessions(m, 3);
    const newer = JSON.stringify({ format: HISTORY_INDEX_FORMAT, version: 2, entries: 'whatever it holds now' });
    m.putIndex(newer);
    m.reset();
    expect(await findSessionByFollowUp(m.store, 'ical-0')).toMatchObject({ kind: 'found', session: { sessionId: 's-0' } });
    expect((await keepSessionArchive(m.store, archiveOf(sessionFile('s-new', { iCalUId: 'ical-new' })))).ok).toBe(true);
    expect(m.count('save')).toBe(1);
    expect(m.indexText()).toBe(newer);
    expect(m.count('index.save')).toBe(0);
  });

  it('loses to a file newer than its line: the file is read, and the line mended', async () => {
    const m = memoryArchive();
    await savedSessions(m, 3);
    // Another device (or an older Stagecoach) writes s-0 without touching the index: now with a follow-up the index does not know.
    m.put('s-0', sessionFile('s-0', { at: T0, iCalUId: 'ical-later' }));
    m.reset();
    expect(await findSessionByFollowUp(m.store, 'ical-later')).toMatchObject({ kind: 'found', session: { sessionId: 's-0' } });
    const line = indexLines(m).find((l) => l.sessionId === 's-0');
    const listed = await m.store.list();
    expect(line).toMatchObject({ followUpICalUId: 'ical-later', eTag: listed.ok && listed.value.find((f) => f.sessionId === 's-0')?.eTag });
  });

  it('never makes a wrong session appear when it lies about a follow-up or a pair', async () => {
    const m = memoryArchive();
    await savedSessions(m, 3);
    const lines = indexLines(m);
    // Each line vouches for its file's very version, and says something else.
    m.putIndex(
      indexWith(
        lines.map((l) =>
          l.sessionId === 's-0'
            ? { ...l, followUpICalUId: 'ical-2', coachId: 'u-stranger', coacheeId: 'u-other' }
            : l.sessionId === 's-2'
              ? { ...l, followUpICalUId: 'ical-nobody' }
              : l,
        ),
      ),
    );
    // s-0's line names ical-2: its file does not, so s-2 (whose file does) is the answer.
    const found = await findSessionByFollowUp(m.store, 'ical-2');
    expect(found.kind === 'found' && found.session.sessionId).toBe('s-2');
    expect(found.kind === 'found' && Object.keys(found.session.participants).sort()).toEqual(['u-coach', 'u-coachee']);
    // A line naming an invite no file has finds nothing.
    m.putIndex(indexWith([{ ...lines[0]!, followUpICalUId: 'ical-nobody' }]));
    expect(await findSessionByFollowUp(m.store, 'ical-nobody')).toEqual({ kind: 'none' });
    // A line for a session that has no file is not a session.
    m.putIndex(indexWith([{ ...lines[0]!, sessionId: 's-ghost', followUpICalUId: 'ical-ghost' }]));
    expect(await findSessionByFollowUp(m.store, 'ical-ghost')).toEqual({ kind: 'none' });
  });

  it('is not needed: a store without one is scanned as before', async () => {
    const m = memoryArchive({ withIndex: false });
    for (let i = 0; i < 3; i++) m.put(`s-${i}`, sessionFile(`s-${i}`, { at: T0 + i * DAY, iCalUId: `ical-${i}` }));
    expect(await findSessionByFollowUp(m.store, 'ical-0')).toMatchObject({ kind: 'found', session: { sessionId: 's-0' } });
    expect(await findSessionByFollowUp(m.store, 'ical-9')).toEqual({ kind: 'none' });
  });
});

describe('reading the history in parallel', () => {
  it('reads at most `parallel` files at once, keeps the listing’s order, and reads every file once', async () => {
    const m = memoryArchive();
    for (let i = 0; i < 20; i++) m.put(`s-${i}`, sessionFile(`s-${i}`, { at: T0 + i * DAY }));
    m.hold();
    const reading = readSessionHistory(m.store, 20, { parallel: 6 });
    await settle();
    expect(m.reading()).toBe(6);
    while (m.waiting() > 0) {
      m.release();
      await settle();
      expect(m.reading()).toBeLessThanOrEqual(6);
    }
    const history = await reading;
    expect(m.mostAtOnce()).toBe(6);
    expect(m.count('readListed')).toBe(20);
    expect(history.kind === 'found' && history.sessions.map((s) => s.sessionId)).toEqual(
      Array.from({ length: 20 }, (_, i) => `s-${19 - i}`),
    );
  });

  it('gives each file’s read in the listing’s order, whatever order they answer in', async () => {
    const m = memoryArchive();
    for (let i = 0; i < 4; i++) m.put(`s-${i}`, sessionFile(`s-${i}`));
    const listed = await m.store.list();
    if (!listed.ok) throw new Error('no listing');
    m.hold();
    const reads = readListedSessions(m.store, listed.value, { parallel: 4 });
    await settle();
    expect(m.waiting()).toBe(4);
    // The reads answer last first.
    while (m.waiting() > 0) {
      m.release('last');
      await settle();
    }
    expect((await reads).map((r) => r.entry.sessionId)).toEqual(listed.value.map((f) => f.sessionId));
  });

  it('never rejects: a read that throws is skipped and counted, the others still read', async () => {
    const m = memoryArchive();
    for (let i = 0; i < 3; i++) m.put(`s-${i}`, sessionFile(`s-${i}`, { at: T0 + i * DAY }));
    const readListed = m.store.readListed.bind(m.store);
    m.store.readListed = (entry) => (entry.sessionId === 's-1' ? Promise.reject(new Error('lost')) : readListed(entry));
    const history = await readSessionHistory(m.store);
    expect(history).toMatchObject({ kind: 'found', skipped: 1 });
    expect(history.kind === 'found' && history.sessions.map((s) => s.sessionId)).toEqual(['s-2', 's-0']);
  });
});

describe('the device cache in the readers', () => {
  it('reads an unchanged file from the device, never downloading it again', async () => {
    const m = memoryArchive();
    for (let i = 0; i < 5; i++) m.put(`s-${i}`, sessionFile(`s-${i}`, { at: T0 + i * DAY }));
    const cache = mapCache();
    await readSessionHistory(m.store, 20, { cache });
    expect(m.count('readListed')).toBe(5);
    m.reset();
    const again = await readSessionHistory(m.store, 20, { cache });
    expect(m.count('readListed')).toBe(0);
    expect(again.kind === 'found' && again.sessions).toHaveLength(5);
    // A file changed since: only it is downloaded.
    m.put('s-3', sessionFile('s-3', { at: T0 + 3 * DAY, challenge: 'Changed on another device' }));
    m.reset();
    const changed = await readSessionHistory(m.store, 20, { cache });
    expect(m.calls.filter((c) => c.startsWith('readListed'))).toEqual(['readListed s-3']);
    const s3 = changed.kind === 'found' ? changed.sessions.find((s) => s.sessionId === 's-3') : undefined;
    expect(s3?.challenge.versions['ch-1']?.text).toBe('Changed on another device');
  });

  it('reads what the device kept through the domain’s reader: a damaged or foreign text is downloaded instead', async () => {
    const m = memoryArchive();
    m.put('s-0', sessionFile('s-0'));
    m.put('s-1', sessionFile('s-1'));
    const listed = await m.store.list();
    const eTag = (id: string) => (listed.ok ? listed.value.find((f) => f.sessionId === id)!.eTag! : '');
    const cache = mapCache();
    await cache.put('s-0', eTag('s-0'), '{"not":"an archive"}');
    await cache.put('s-1', eTag('s-1'), sessionFile('s-other'));
    const history = await readSessionHistory(m.store, 20, { cache });
    expect(history.kind === 'found' && history.sessions.map((s) => s.sessionId).sort()).toEqual(['s-0', 's-1']);
    expect(m.count('readListed')).toBe(2);
  });

  it('serves the follow-up lookup too: a scan of unchanged files downloads nothing', async () => {
    const m = memoryArchive({ withIndex: false });
    for (let i = 0; i < 4; i++) m.put(`s-${i}`, sessionFile(`s-${i}`, { iCalUId: `ical-${i}` }));
    const cache = mapCache();
    await findSessionByFollowUp(m.store, 'ical-1', { cache });
    m.reset();
    expect(await findSessionByFollowUp(m.store, 'ical-2', { cache })).toMatchObject({ kind: 'found', session: { sessionId: 's-2' } });
    expect(m.count('readListed')).toBe(0);
  });

  it('falls back to downloading every file when the device refuses storage', async () => {
    const m = memoryArchive();
    for (let i = 0; i < 3; i++) m.put(`s-${i}`, sessionFile(`s-${i}`));
    const refused = () => Promise.reject(new DOMException('The user denied permission to access the database.', 'SecurityError'));
    const device = { get: refused, set: refused, update: refused, delMany: refused, keys: refused };
    const cache = createArchiveTextCache(device, 'u-coach', { now: () => T0 });
    for (let round = 0; round < 2; round++) {
      m.reset();
      const history = await readSessionHistory(m.store, 20, { cache });
      expect(history).toMatchObject({ kind: 'found', skipped: 0 });
      expect(m.count('readListed')).toBe(3);
    }
    const none = createArchiveTextCache(null, 'u-coach', { now: () => T0 });
    m.reset();
    expect(await readSessionHistory(m.store, 20, { cache: none })).toMatchObject({ kind: 'found', skipped: 0 });
    expect(m.count('readListed')).toBe(3);
  });
});
