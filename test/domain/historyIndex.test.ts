import {
  HISTORY_INDEX_FORMAT,
  HISTORY_INDEX_LIMITS,
  historyIndexEntry,
  readHistoryIndex,
  serializeHistoryIndex,
  SESSION_FACTS_VERSION,
  sessionFacts,
  type HistoryIndexEntry,
  type SessionFacts,
} from '../../src/domain';
import { COACH, COACHEE, sessionCompleted, sessionInPlan } from '../fixtures/sessions';

const line = (i: number, extra: Partial<HistoryIndexEntry> = {}): HistoryIndexEntry => ({
  sessionId: `s-${i}`,
  eTag: `"{A},${i}"`,
  lastModified: 1_000 + i,
  createdAt: 500 + i,
  coachId: 'u-coach',
  coacheeId: 'u-coachee',
  followUpICalUId: null,
  ...extra,
});

const file = (entries: unknown, version: unknown = 1) => JSON.stringify({ format: HISTORY_INDEX_FORMAT, version, entries });

describe('the history index format', () => {
  it('summarises a session as its file reads: the pair, the follow-up invite, the version read', () => {
    expect(historyIndexEntry(sessionCompleted(), { eTag: '"{A},3"', lastModified: 42 })).toEqual({
      sessionId: 's-fixture',
      eTag: '"{A},3"',
      lastModified: 42,
      createdAt: sessionCompleted().createdAt,
      coachId: COACH.userId,
      coacheeId: COACHEE.userId,
      followUpICalUId: 'ical-1',
      facts: sessionFacts(sessionCompleted()),
    });
    expect(historyIndexEntry(sessionInPlan(), { eTag: '"x"', lastModified: 1 }).followUpICalUId).toBeNull();
  });

  it('reads back what it writes, the most recently modified first', () => {
    const read = readHistoryIndex(serializeHistoryIndex([line(1), line(3, { followUpICalUId: 'ical-3' }), line(2)]));
    expect(read.kind === 'read' && read.index.entries.map((e) => e.sessionId)).toEqual(['s-3', 's-2', 's-1']);
    expect(read.kind === 'read' && read.index.entries[0]).toEqual(line(3, { followUpICalUId: 'ical-3' }));
  });

  it('writes one line per session, the last given winning, and no field it does not know', () => {
    const spoiled = { ...line(1, { eTag: '"new"' }), coachNotes: 'never here' } as HistoryIndexEntry;
    const text = serializeHistoryIndex([line(1), spoiled]);
    expect(text).not.toContain('coachNotes');
    const read = readHistoryIndex(text);
    expect(read.kind === 'read' && read.index.entries.map((e) => e.eTag)).toEqual(['"new"']);
  });

  it('keeps within its limits, dropping the oldest lines', () => {
    const many = Array.from({ length: HISTORY_INDEX_LIMITS.maxEntries + 5 }, (_, i) => line(i));
    const read = readHistoryIndex(serializeHistoryIndex(many));
    expect(read.kind === 'read' && read.index.entries).toHaveLength(HISTORY_INDEX_LIMITS.maxEntries);
    expect(read.kind === 'read' && read.index.entries.at(-1)?.sessionId).toBe('s-5');
    const long = Array.from({ length: 400 }, (_, i) => line(i, { followUpICalUId: 'x'.repeat(1000), eTag: 'y'.repeat(1000) }));
    const text = serializeHistoryIndex(long);
    expect(new TextEncoder().encode(text).length).toBeLessThanOrEqual(HISTORY_INDEX_LIMITS.maxBytes);
    expect(readHistoryIndex(text).kind).toBe('read');
  });

  it('drops unknown fields of a line it reads', () => {
    const read = readHistoryIndex(file([{ ...line(1), addedLater: true }]));
    expect(read.kind === 'read' && read.index.entries).toEqual([line(1)]);
  });

  it('leaves a newer version alone', () => {
    expect(readHistoryIndex(file('anything a newer Stagecoach writes', 2))).toEqual({ kind: 'newer', version: 2 });
  });

  it.each([
    ['not JSON', '{"format":'],
    ['another format', JSON.stringify({ format: 'stagecoach.session', version: 1, entries: [] })],
    ['no version', JSON.stringify({ format: HISTORY_INDEX_FORMAT, entries: [] })],
    ['an older version', file([], 0)],
    ['a line that is not one', file([{ sessionId: 's-1' }])],
    ['a wrong type', file([{ ...line(1), createdAt: 'yesterday' }])],
    ['two lines for one session', file([line(1), line(1, { eTag: '"other"' })])],
    ['too many lines', file(Array.from({ length: HISTORY_INDEX_LIMITS.maxEntries + 1 }, (_, i) => line(i)))],
    ['too large', file([line(1, { followUpICalUId: 'x'.repeat(HISTORY_INDEX_LIMITS.maxBytes) })])],
  ])('calls %s damaged', (_what, text) => {
    expect(readHistoryIndex(text)).toEqual({ kind: 'damaged' });
  });

  describe('facts', () => {
    const facts = (i: number): SessionFacts => ({ ...sessionFacts(sessionCompleted()), sessionId: `s-${i}` });
    const read = (text: string) => {
      const r = readHistoryIndex(text);
      if (r.kind !== 'read') throw new Error(`the index is ${r.kind}`);
      return r.index.entries;
    };

    it('reads back the facts it writes', () => {
      expect(read(serializeHistoryIndex([line(1, { facts: facts(1) })]))).toEqual([line(1, { facts: facts(1) })]);
    });

    it.each([
      ['a newer facts version', { ...facts(1), v: SESSION_FACTS_VERSION + 1 }],
      ['the facts version that counted next steps by owner', { ...facts(1), v: 1 }],
      ['out of bounds', { ...facts(1), loopsBack: -1 }],
      ['more by the coachee than in all', { ...facts(1), thinking: { ...facts(1).thinking, options: { byCoachee: 3, total: 2 } } }],
      ['not facts at all', 'lots of them'],
      ["another session's", facts(2)],
    ])('drops facts %s, keeping the line and the index', (_what, spoiled) => {
      expect(read(file([{ ...line(1), facts: spoiled }, line(2)]))).toEqual([line(1), line(2)]);
    });

    it('keeps facts only on the newest lines, and drops them before any line when the file would be too large', () => {
      const many = Array.from({ length: HISTORY_INDEX_LIMITS.linesWithFacts + 10 }, (_, i) => line(i, { facts: facts(i) }));
      const entries = read(serializeHistoryIndex(many));
      expect(entries.filter((e) => e.facts)).toHaveLength(HISTORY_INDEX_LIMITS.linesWithFacts);
      expect(entries.at(-1)?.facts).toBeUndefined();
      expect(entries[0]?.facts).toEqual(facts(many.length - 1));

      const named = (i: number) => ({
        ...facts(i),
        coacheeName: 'n'.repeat(100),
        coacheeSteps: Array.from({ length: 100 }, (_, k) => ({ id: `${'s'.repeat(60)}${k}`, done: false })),
      });
      const heavy = Array.from({ length: 400 }, (_, i) => line(i, { facts: named(i) }));
      const text = serializeHistoryIndex(heavy);
      expect(new TextEncoder().encode(text).length).toBeLessThanOrEqual(HISTORY_INDEX_LIMITS.maxBytes);
      const kept = read(text);
      expect(kept).toHaveLength(400);
      expect(kept.filter((e) => e.facts).length).toBeLessThan(HISTORY_INDEX_LIMITS.linesWithFacts);
      expect(kept[0]?.facts).toEqual(named(399));
    });
  });
});
