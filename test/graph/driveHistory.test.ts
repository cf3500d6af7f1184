// The history's reads through the real graph-client against the sandbox's
// OneDrive: one round trip per file from the listing's download URL, a
// bounded number at once, none for a file the device cache holds, and the
// history index in the app folder (written on save, rebuilt when deleted or
// damaged, never trusted over the files).
import { HISTORY_INDEX_FORMAT, readArchiveText, readHistoryIndex, type HistoryIndexEntry } from '../../src/domain';
import type { ArchiveTextCache, SessionArchiveStore } from '../../src/ports';
import {
  createArchiveTextCache,
  findSessionByFollowUp,
  keepSessionArchive,
  readSessionHistory,
  type FollowUpLookupOptions,
} from '../../src/app';
import { archiveFileName, HISTORY_INDEX_FILE } from '../../src/graph/archiveFileNames';
import { DAY, T0, sessionFile } from '../app/memoryArchive';
import { COACH, sandboxDrive } from './helpers';
import { devToken, startGraphSandbox, type GraphSandbox } from './sandbox/graphSandbox';

let sandbox: GraphSandbox;
beforeEach(async () => {
  sandbox = await startGraphSandbox();
});
afterEach(() => sandbox.close());

const drive = () => sandboxDrive(sandbox.baseUrl, COACH);
const fileOf = (sessionId: string) => `sessions/${archiveFileName(sessionId)!}`;

/** Files written as another app (or an older Stagecoach) could: no index. `s-i` has follow-up `ical-i`. */
function planted(n: number) {
  for (let i = 0; i < n; i++)
    sandbox.putDriveFile(COACH, fileOf(`s-${i}`), sessionFile(`s-${i}`, { at: T0 + i * DAY, iCalUId: `ical-${i}` }));
}

/** Sessions saved the app's way, each writing its line in the index. */
async function saved(store: SessionArchiveStore, n: number) {
  for (let i = 0; i < n; i++) {
    const read = readArchiveText(sessionFile(`s-${i}`, { at: T0 + i * DAY, iCalUId: `ical-${i}` }));
    if (!read.ok) throw new Error(read.reason);
    expect((await keepSessionArchive(store, read.archive)).ok).toBe(true);
  }
}

function indexLines(): HistoryIndexEntry[] {
  const bytes = sandbox.driveFile(COACH, HISTORY_INDEX_FILE);
  if (!bytes) throw new Error('no index');
  const read = readHistoryIndex(bytes.toString('utf8'));
  if (read.kind !== 'read') throw new Error(`the index is ${read.kind}`);
  return read.index.entries;
}

/** The requests since `from`, as `METHOD what`: a session file, the index, a download, the listing. */
function requestsSince(from: number): string[] {
  return sandbox.requests.slice(from).map((r) => {
    const what = r.path.startsWith('/download/')
      ? 'download'
      : r.path.endsWith(':/children')
        ? 'listing'
        : r.path.includes(HISTORY_INDEX_FILE)
          ? 'index'
          : r.path.includes('/sessions/')
            ? 'session item'
            : r.path;
    return `${r.method} ${what}`;
  });
}

const lookup = (store: SessionArchiveStore, iCalUId: string, options?: FollowUpLookupOptions) =>
  findSessionByFollowUp(store, iCalUId, options);

function mapCache(): ArchiveTextCache {
  const texts = new Map<string, string>();
  return {
    get: async (sessionId, eTag) => texts.get(`${sessionId} ${eTag}`) ?? null,
    put: async (sessionId, eTag, text) => void texts.set(`${sessionId} ${eTag}`, text),
  };
}

describe('reading the history from OneDrive', () => {
  it('reads each listed file in one round trip, from the listing’s download URL', async () => {
    planted(3);
    const from = sandbox.requests.length;
    const history = await readSessionHistory(drive());
    expect(history).toMatchObject({ kind: 'found', skipped: 0 });
    expect(requestsSince(from)).toEqual(['GET listing', 'GET download', 'GET download', 'GET download']);
  });

  it('asks for the item again once a listed download URL is past the few minutes OneDrive keeps it', async () => {
    planted(1);
    const store = drive();
    const listed = await store.list();
    if (!listed.ok) throw new Error('not listed');
    const now = Date.now();
    const clock = jest.spyOn(Date, 'now').mockReturnValue(now + 3 * 60_000);
    try {
      const from = sandbox.requests.length;
      expect((await store.readListed(listed.value[0]!)).ok).toBe(true);
      expect(requestsSince(from)).toEqual(['GET session item', 'GET download']);
    } finally {
      clock.mockRestore();
    }
  });

  it('reads at most six files at once, every one of them once', async () => {
    planted(20);
    const store = drive();
    let reading = 0;
    let mostAtOnce = 0;
    const counted: SessionArchiveStore = {
      load: (id) => store.load(id),
      save: (id, text, write) => store.save(id, text, write),
      list: () => store.list(),
      readListed: async (entry) => {
        mostAtOnce = Math.max(mostAtOnce, ++reading);
        try {
          return await store.readListed(entry);
        } finally {
          reading--;
        }
      },
    };
    const history = await readSessionHistory(counted, 20);
    expect(history.kind === 'found' && history.sessions).toHaveLength(20);
    expect(mostAtOnce).toBe(6);
    expect(sandbox.requests.filter((r) => r.path.startsWith('/download/'))).toHaveLength(20);
  });

  it('downloads nothing the device cache holds in the listed version, and only what changed', async () => {
    planted(4);
    const store = drive();
    const cache = mapCache();
    await readSessionHistory(store, 20, { cache });
    let from = sandbox.requests.length;
    const again = await readSessionHistory(store, 20, { cache });
    expect(again.kind === 'found' && again.sessions).toHaveLength(4);
    expect(requestsSince(from)).toEqual(['GET listing']);
    sandbox.putDriveFile(COACH, fileOf('s-2'), sessionFile('s-2', { at: T0 + 2 * DAY, challenge: 'Changed elsewhere' }));
    from = sandbox.requests.length;
    const changed = await readSessionHistory(store, 20, { cache });
    expect(requestsSince(from)).toEqual(['GET listing', 'GET download']);
    const s2 = changed.kind === 'found' ? changed.sessions.find((s) => s.sessionId === 's-2') : undefined;
    expect(s2?.challenge.versions['ch-1']?.text).toBe('Changed elsewhere');
  });

  it('downloads every file, as without a cache, when the device refuses storage', async () => {
    planted(2);
    const refused = () => Promise.reject(new Error('IndexedDB refused'));
    const cache = createArchiveTextCache({ get: refused, set: refused, update: refused, delMany: refused, keys: refused }, COACH, {
      now: () => T0,
    });
    for (let round = 0; round < 2; round++) {
      const from = sandbox.requests.length;
      expect(await readSessionHistory(drive(), 20, { cache })).toMatchObject({ kind: 'found', skipped: 0 });
      expect(requestsSince(from)).toEqual(['GET listing', 'GET download', 'GET download']);
    }
  });
});

describe('the history index in the app folder', () => {
  it('is written with each save, naming the version the listing shows', async () => {
    const store = drive();
    await saved(store, 2);
    const listed = await store.list();
    const eTags = new Map(listed.ok ? listed.value.map((f) => [f.sessionId, f.eTag]) : []);
    expect(
      indexLines()
        .map((l) => [l.sessionId, l.eTag === eTags.get(l.sessionId), l.followUpICalUId])
        .sort(),
    ).toEqual([
      ['s-0', true, 'ical-0'],
      ['s-1', true, 'ical-1'],
    ]);
    // Beside the sessions folder: no listing of sessions takes it for one.
    expect(listed.ok && listed.value.map((f) => f.sessionId).sort()).toEqual(['s-0', 's-1']);
  });

  it('leads the Outlook pane’s lookup to the one session: only its file is downloaded', async () => {
    const store = drive();
    await saved(store, 8);
    const from = sandbox.requests.length;
    const found = await lookup(store, 'ical-5');
    expect(found.kind === 'found' && found.session.sessionId).toBe('s-5');
    expect(requestsSince(from).sort()).toEqual(['GET download', 'GET download', 'GET index', 'GET listing']);
  });

  it('is rebuilt when deleted', async () => {
    const store = drive();
    await saved(store, 3);
    const res = await fetch(`${sandbox.baseUrl}/me/drive/special/approot:/${HISTORY_INDEX_FILE}`, {
      method: 'DELETE',
      headers: { Authorization: `Bearer ${devToken(COACH)}` },
    });
    expect(res.status).toBe(204);
    expect(await lookup(store, 'ical-1')).toMatchObject({ kind: 'found', session: { sessionId: 's-1' } });
    expect(
      indexLines()
        .map((l) => l.sessionId)
        .sort(),
    ).toEqual(['s-0', 's-1', 's-2']);
    const from = sandbox.requests.length;
    await lookup(store, 'ical-0');
    expect(requestsSince(from).filter((r) => r === 'GET download')).toHaveLength(2); // the index, and s-0
  });

  it('is rebuilt when damaged', async () => {
    const store = drive();
    await saved(store, 3);
    sandbox.putDriveFile(COACH, HISTORY_INDEX_FILE, '{"format":"stagecoach.historyIndex","version":1,"entries":[{"oops":');
    expect(await lookup(store, 'ical-2')).toMatchObject({ kind: 'found', session: { sessionId: 's-2' } });
    expect(indexLines()).toHaveLength(3);
  });

  it('loses to a file newer than its line', async () => {
    const store = drive();
    await saved(store, 3);
    sandbox.putDriveFile(COACH, fileOf('s-0'), sessionFile('s-0', { at: T0, iCalUId: 'ical-written-elsewhere' }));
    expect(await lookup(store, 'ical-written-elsewhere')).toMatchObject({ kind: 'found', session: { sessionId: 's-0' } });
    expect(await lookup(store, 'ical-0')).toEqual({ kind: 'none' });
  });

  it('never makes a wrong session appear, whatever its lines claim', async () => {
    const store = drive();
    await saved(store, 3);
    const lying = indexLines().map((l) => ({ ...l, followUpICalUId: 'ical-1', coachId: 'sim-mallory', coacheeId: 'sim-mallory' }));
    sandbox.putDriveFile(COACH, HISTORY_INDEX_FILE, JSON.stringify({ format: HISTORY_INDEX_FORMAT, version: 1, entries: lying }));
    const found = await lookup(store, 'ical-1');
    expect(found.kind === 'found' && [found.session.sessionId, found.session.followUp.coachEvent?.iCalUId]).toEqual(['s-1', 'ical-1']);
    expect(found.kind === 'found' && Object.keys(found.session.participants).sort()).toEqual(['u-coach', 'u-coachee']);
    sandbox.putDriveFile(COACH, HISTORY_INDEX_FILE, JSON.stringify({ format: HISTORY_INDEX_FORMAT, version: 1, entries: lying }));
    expect(await lookup(store, 'ical-nowhere')).toEqual({ kind: 'none' });
  });
});
