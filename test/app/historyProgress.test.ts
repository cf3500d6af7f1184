import {
  readArchiveText,
  readHistoryIndex,
  serializeHistoryIndex,
  sessionFacts,
  type HistoryIndexEntry,
  type SessionFacts,
} from '../../src/domain';
import type { HistoryProgress } from '../../src/ports';
import { keepSessionArchive, readSessionHistory } from '../../src/app';
import { settle } from '../fixtures/waiting';
import { DAY, T0, memoryArchive, sessionFile, type MemoryArchive } from './memoryArchive';

/** Saves sessions `s-0`…`s-{n-1}` the app's way: each writes its index line, facts and all. */
async function savedSessions(m: MemoryArchive, n: number) {
  for (let i = 0; i < n; i++) {
    const read = readArchiveText(sessionFile(`s-${i}`, { at: T0 + i * DAY }));
    if (!read.ok) throw new Error(read.reason);
    expect((await keepSessionArchive(m.store, read.archive)).ok).toBe(true);
  }
}

function indexLines(m: MemoryArchive): HistoryIndexEntry[] {
  const read = readHistoryIndex(m.indexText() ?? '');
  if (read.kind !== 'read') throw new Error(`the index is ${read.kind}`);
  return read.index.entries;
}

/** Changes the index's lines as anyone could write it. */
function rewriteIndex(m: MemoryArchive, change: (line: HistoryIndexEntry) => HistoryIndexEntry) {
  m.putIndex(serializeHistoryIndex(indexLines(m).map(change)));
}

const ids = (p: HistoryProgress) => p.sessions.map((s) => s.sessionId);
const factIds = (facts: readonly SessionFacts[] | null | undefined) => facts?.map((f) => f.sessionId).sort() ?? null;

/** Facts of the session as its file reads. */
function fileFacts(m: MemoryArchive, sessionId: string): SessionFacts {
  const read = readArchiveText(m.file(sessionId)!);
  if (!read.ok) throw new Error(read.reason);
  return sessionFacts(read.state);
}

/** Reads the history with progress, answering reads one at a time (`order`); returns every report and the result. */
async function readHeld(m: MemoryArchive, { index = true, order = 'first' as 'first' | 'last', limit = 20 } = {}) {
  const reports: HistoryProgress[] = [];
  m.hold();
  const reading = readSessionHistory(m.store, limit, { parallel: 6, index, onProgress: (p) => reports.push(p) });
  await settle();
  const beforeAnyFile = [...reports];
  while (m.waiting() > 0) {
    m.release(order);
    await settle();
  }
  return { reports, beforeAnyFile, history: await reading };
}

describe('reading the history progressively', () => {
  it('reports the newest sessions as they are read, newest first, never losing one, and everything at the end', async () => {
    const m = memoryArchive();
    for (let i = 0; i < 14; i++) m.put(`s-${i}`, sessionFile(`s-${i}`, { at: T0 + i * DAY }));
    const { reports, history } = await readHeld(m, { index: false });
    expect(reports.length).toBeGreaterThan(2);
    reports.forEach((report, i) => {
      const newestFirst = Array.from({ length: report.sessions.length }, (_, k) => `s-${13 - k}`);
      expect(ids(report)).toEqual(newestFirst);
      expect(report.remaining).toBe(14 - report.sessions.length);
      if (i > 0) expect(report.sessions.length).toBeGreaterThan(reports[i - 1]!.sessions.length);
    });
    const last = reports.at(-1)!;
    expect(last.remaining).toBe(0);
    expect(history).toEqual({ kind: 'found', sessions: last.sessions, skipped: 0 });
  });

  it('shows no older session before every newer one is read, whatever order the files answer in', async () => {
    const m = memoryArchive();
    for (let i = 0; i < 6; i++) m.put(`s-${i}`, sessionFile(`s-${i}`, { at: T0 + i * DAY }));
    const { reports } = await readHeld(m, { index: false, order: 'last' });
    // The oldest answered first: nothing to show until the newest came, then all of it.
    expect(reports.map((r) => r.sessions.length)).toEqual([6]);
  });

  it('counts files that cannot be read among those reached, and a listener that throws stops nothing', async () => {
    const m = memoryArchive();
    for (let i = 0; i < 3; i++) m.put(`s-${i}`, sessionFile(`s-${i}`, { at: T0 + i * DAY }));
    m.put('s-1', '{"not":"an archive"}');
    const history = await readSessionHistory(m.store, 20, {
      onProgress: () => {
        throw new Error('a broken view');
      },
    });
    expect(history).toMatchObject({ kind: 'found', skipped: 1 });
    expect(history.kind === 'found' && history.sessions).toHaveLength(2);
  });
});

describe('facts for insights, through the history index', () => {
  it('come from lines that name the listed version before any file is read, and from the files at the end', async () => {
    const m = memoryArchive();
    await savedSessions(m, 8);
    m.reset();
    const { beforeAnyFile, reports } = await readHeld(m);
    expect(beforeAnyFile).toHaveLength(1);
    expect(beforeAnyFile[0]).toMatchObject({ sessions: [], remaining: 8 });
    expect(factIds(beforeAnyFile[0]!.facts)).toEqual(Array.from({ length: 8 }, (_, i) => `s-${i}`));
    for (const f of beforeAnyFile[0]!.facts!) expect(f).toEqual(fileFacts(m, f.sessionId));
    // Honest lines: the facts never change, so the array told first is the one told last.
    expect(reports.at(-1)!.facts).toBe(beforeAnyFile[0]!.facts);
    // A fresh index with honest facts is not written again.
    expect(m.count('index.save')).toBe(0);
  });

  it('never take a stale line’s: a file written since is read before its facts count', async () => {
    const m = memoryArchive();
    await savedSessions(m, 4);
    // Another device (or an older Stagecoach) wrote s-1 again without touching the index.
    m.put('s-1', sessionFile('s-1', { at: T0 + DAY, challenge: 'Changed elsewhere' }));
    const { beforeAnyFile, reports } = await readHeld(m, { order: 'last' });
    expect(beforeAnyFile).toEqual([]);
    const firstFacts = reports.find((r) => r.facts !== null)!;
    expect(firstFacts.facts!.find((f) => f.sessionId === 's-1')).toEqual(fileFacts(m, 's-1'));
    const line = indexLines(m).find((l) => l.sessionId === 's-1');
    expect(line?.eTag).not.toBeUndefined();
    expect(line?.facts).toEqual(fileFacts(m, 's-1'));
  });

  it('let the file win over a lying line: the facts change once it is read, and the line is written again', async () => {
    const m = memoryArchive();
    await savedSessions(m, 3);
    rewriteIndex(m, (l) => (l.sessionId === 's-2' && l.facts ? { ...l, facts: { ...l.facts, loopsBack: 9 } } : l));
    m.reset();
    const { beforeAnyFile, reports, history } = await readHeld(m);
    expect(beforeAnyFile[0]!.facts!.find((f) => f.sessionId === 's-2')?.loopsBack).toBe(9);
    const last = reports.at(-1)!;
    expect(last.facts!.find((f) => f.sessionId === 's-2')).toEqual(fileFacts(m, 's-2'));
    expect(history.kind).toBe('found');
    expect(indexLines(m).find((l) => l.sessionId === 's-2')?.facts).toEqual(fileFacts(m, 's-2'));
    expect(m.count('index.save')).toBe(1);
  });

  it('cope with lines without facts (an older writer): wait for those files, then add the facts in one write', async () => {
    const m = memoryArchive();
    await savedSessions(m, 5);
    rewriteIndex(m, (l) => (l.sessionId === 's-0' ? { ...l, facts: undefined } : l));
    m.reset();
    const { beforeAnyFile, reports } = await readHeld(m);
    expect(beforeAnyFile).toEqual([]);
    // s-0 is the oldest, read last: facts come with it.
    expect(reports.filter((r) => r.facts !== null)).toEqual([reports.at(-1)]);
    expect(indexLines(m).every((l) => l.facts !== undefined)).toBe(true);
    expect(m.count('index.save')).toBe(1);
  });

  it('are made and kept where there is no index yet (a new store): one write', async () => {
    const m = memoryArchive();
    for (let i = 0; i < 3; i++) m.put(`s-${i}`, sessionFile(`s-${i}`, { at: T0 + i * DAY }));
    const { reports } = await readHeld(m);
    expect(factIds(reports.at(-1)!.facts)).toEqual(['s-0', 's-1', 's-2']);
    expect(indexLines(m).map((l) => [l.sessionId, l.facts?.sessionId])).toEqual([
      ['s-2', 's-2'],
      ['s-1', 's-1'],
      ['s-0', 's-0'],
    ]);
    expect(m.count('index.save')).toBe(1);
  });

  it('drop a file the reader refuses, whatever its line says, and a file gone', async () => {
    const m = memoryArchive();
    await savedSessions(m, 3);
    const line = indexLines(m).find((l) => l.sessionId === 's-1')!;
    // The file is damaged in the very version its line vouches for: a lie the file gives away.
    const store = m.store;
    const readListed = store.readListed.bind(store);
    store.readListed = async (entry) => {
      // s-0 was deleted since the listing.
      if (entry.sessionId === 's-0') return { ok: true, value: null };
      if (entry.sessionId !== 's-1' || entry.eTag !== line.eTag) return readListed(entry);
      return { ok: true, value: { sessionId: 's-1', text: '{"not":"an archive"}', eTag: line.eTag, size: 20, lastModified: T0 } };
    };
    const { beforeAnyFile, reports, history } = await readHeld(m);
    expect(factIds(beforeAnyFile[0]!.facts)).toEqual(['s-0', 's-1', 's-2']);
    expect(factIds(reports.at(-1)!.facts)).toEqual(['s-2']);
    expect(history).toMatchObject({ kind: 'found', skipped: 1 });
    expect(indexLines(m).map((l) => l.sessionId)).toEqual(['s-2', 's-1']);
  });

  it('never hold the files up: they are read while the index is on its way, its facts joining when it comes', async () => {
    const m = memoryArchive();
    await savedSessions(m, 3);
    const index = m.store.index!;
    const load = index.load.bind(index);
    let answer: (() => void) | undefined;
    const slowIndex = { ...index, load: () => new Promise<void>((resolve) => (answer = resolve)).then(load) };
    const store = { ...m.store, index: slowIndex };
    const reports: HistoryProgress[] = [];
    m.hold();
    const reading = readSessionHistory(store, 20, { index: true, onProgress: (p) => reports.push(p) });
    await settle();
    expect(m.waiting()).toBe(3);
    m.release();
    await settle();
    expect(reports.map((r) => [ids(r), r.facts])).toEqual([[['s-2'], null]]);
    answer!();
    await settle();
    expect(reports.at(-1)).toMatchObject({ remaining: 2 });
    expect(factIds(reports.at(-1)!.facts)).toEqual(['s-0', 's-1', 's-2']);
    while (m.waiting() > 0) {
      m.release();
      await settle();
    }
    expect((await reading).kind).toBe('found');
  });

  it('are not read without `index` (the notes tab): no index read, no write', async () => {
    const m = memoryArchive();
    await savedSessions(m, 3);
    m.reset();
    const { reports } = await readHeld(m, { index: false });
    expect(reports.at(-1)!.facts).toHaveLength(3);
    expect(m.count('index.load') + m.count('index.save')).toBe(0);
  });
});
