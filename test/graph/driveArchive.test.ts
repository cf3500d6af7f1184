import { archiveSession, readArchiveText, serializeArchive, type Command, type SessionArchive } from '../../src/domain';
import { archiveFileName, DriveArchiveStore, sessionIdFromFileName, type DriveArchiveStoreOptions } from '../../src/graph';
import type { ArchiveOutcome } from '../../src/ports';
import { exportLog, importLog } from '../../src/sync';
import { keepSessionArchive, openSessionArchive } from '../../src/app';
import { SessionLog } from '../../src/sync/sessionLog';
import { startGraphSandbox, type GraphSandbox } from './sandbox/graphSandbox';
import { COACH, COACHEE, NOW, sandboxClientOptions } from './helpers';

let sandbox: GraphSandbox;
beforeEach(async () => {
  sandbox = await startGraphSandbox({ drivePageSize: 2 });
});
afterEach(() => sandbox.close());

/** A Teams meeting id: base64, with "/" and "+" among its characters. */
const MEETING = 'MCMxOTptZWV0aW5nX05qRTRZak5q+TWpjdE5EUTFPQzAw/TjJJeUxXSTBNRFV0TmpObE1HWmhPVGd4TmpVMEB0aHJlYWQudjIjIzA=';
const FILE = `sessions/${archiveFileName(MEETING)}`;
const NOTES = 'Coach only: Sam avoids conflict with Kim';
const TODAY = '2026-12-01';

function drive(userId: string, options: Partial<DriveArchiveStoreOptions> = {}) {
  const base = sandboxClientOptions(sandbox.baseUrl, userId);
  const store = new DriveArchiveStore({ ...base, ...options });
  return Object.assign(store, { scopes: base.tokens.scopes });
}

function value<T>(outcome: ArchiveOutcome<T> | { ok: true; value: T } | { ok: false; failure: { kind: string } }): T {
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.failure));
  return outcome.value;
}

let seq = 0;
function play(log: SessionLog, actorId: string, command: Command) {
  const r = log.local(command, actorId, NOW + 1000 * ++seq, TODAY, `op-${String(seq).padStart(4, '0')}`);
  if (!r.ok) throw new Error(r.reason.key);
}

/** The live session both clients share (as Live Share would hold it, for a few hours). */
function liveSession(): SessionLog {
  const log = new SessionLog({ sessionId: MEETING, organizerId: COACH, at: NOW });
  play(log, COACH, { type: 'join', displayName: 'Alex' });
  play(log, COACHEE, { type: 'join', displayName: 'Sam' });
  play(log, COACHEE, { type: 'stateChallenge', id: 'ch-1', text: 'Say no to extra projects' });
  play(log, COACH, { type: 'advance' });
  play(log, COACHEE, { type: 'addCause', id: 'cause-1', text: 'I fear disappointing Kim' });
  play(log, COACHEE, { type: 'addOption', id: 'opt-1', text: 'Offer a trade-off' });
  return log;
}

const coachCopy = (log: SessionLog) =>
  archiveSession(exportLog(log), { copyFor: 'coach', coachNotes: { text: NOTES, updatedAt: NOW } }, NOW + 60_000);
const coacheeCopy = (log: SessionLog) => archiveSession(exportLog(log), { copyFor: 'coachee' }, NOW + 60_000);
const textOf = (a: SessionArchive) => {
  const s = serializeArchive(a);
  if (!s.ok) throw new Error(s.reason);
  return s.text;
};
const calls = () => sandbox.requests.map((r) => `${r.status} ${r.method} ${r.path.replace(/\/download\/.*/, '/download/…')}`);

describe('archive file names', () => {
  it('names a session file after its id, legal in OneDrive, and reads the id back', () => {
    const name = archiveFileName(MEETING)!;
    expect(name).toMatch(/^[A-Za-z0-9\-_=~]+\.json$/);
    expect(name).toContain('~2B'); // "+"
    expect(name).toContain('~2F'); // "/"
    for (const id of [MEETING, 'meeting-1', 'a b:c?*', '19:meeting_abc@thread.v2', 'Zoë 😀', '~41']) {
      expect(sessionIdFromFileName(archiveFileName(id)!)).toBe(id);
    }
  });

  it('reads back only names it writes', () => {
    for (const name of ['notes.txt', 'x.JSON', '~41.json', '~4.json', 'a b.json', '.json', '~FF.json', 'Untitled.docx']) {
      expect([name, sessionIdFromFileName(name)]).toEqual([name, null]);
    }
  });

  it('has no name for an empty id or one too long for OneDrive', () => {
    expect(archiveFileName('')).toBeNull();
    expect(archiveFileName('/'.repeat(80))).toBeNull();
  });
});

describe('the drive archive store, through the real graph-client against the sandbox', () => {
  it('saves create-only, loads the same text with its eTag, and lists it; only Files.ReadWrite.AppFolder asked for', async () => {
    const store = drive(COACH);
    const text = textOf(coachCopy(liveSession()));
    const saved = value(await store.save(MEETING, text, { kind: 'create' }));
    expect(sandbox.driveFile(COACH, FILE)!.toString('utf8')).toBe(text);
    const loaded = value(await store.load(MEETING))!;
    expect(loaded).toEqual({ sessionId: MEETING, text, eTag: saved.eTag, size: Buffer.byteLength(text), lastModified: saved.lastModified });
    expect(value(await store.list())).toEqual([
      { sessionId: MEETING, size: Buffer.byteLength(text), lastModified: saved.lastModified, eTag: saved.eTag },
    ]);
    expect(new Set(store.scopes.map((s) => s.join(' ')))).toEqual(new Set(['Files.ReadWrite.AppFolder']));
    // The bytes come from the pre-authenticated URL, with no token.
    expect(sandbox.requests.filter((r) => r.path.startsWith('/download/')).map((r) => r.userId)).toEqual([null]);
  });

  it('says null for a session never saved, and an empty list before anything was saved', async () => {
    expect(value(await drive(COACH).load(MEETING))).toBeNull();
    expect(value(await drive(COACH).list())).toEqual([]);
  });

  it('never writes blindly: create over a file, or replace of a version it did not read, is a conflict', async () => {
    const store = drive(COACH);
    const first = value(await store.save(MEETING, '{"a":1}', { kind: 'create' }));
    const again = await store.save(MEETING, '{"a":2}', { kind: 'create' });
    expect(!again.ok && again.failure.kind).toBe('conflict');
    value(await store.save(MEETING, '{"a":3}', { kind: 'replace', eTag: first.eTag }));
    const stale = await store.save(MEETING, '{"a":4}', { kind: 'replace', eTag: first.eTag });
    expect(stale).toMatchObject({ ok: false, failure: { kind: 'conflict', retryable: true } });
    expect(sandbox.driveFile(COACH, FILE)!.toString()).toBe('{"a":3}');
  });

  it('refuses a file over 4 MB before sending anything', async () => {
    const outcome = await drive(COACH).save(MEETING, 'é'.repeat(2 * 1024 * 1024 + 1), { kind: 'create' });
    expect(outcome).toMatchObject({ ok: false, failure: { kind: 'tooLarge', maxMegabytes: 4, retryable: false } });
    expect(sandbox.requests).toEqual([]);
  });

  it('lists only its own session files, newest first, across pages', async () => {
    const store = drive(COACH);
    for (const id of ['s-1', 's-2', 's-3']) value(await store.save(id, '{}', { kind: 'create' }));
    sandbox.putDriveFile(COACH, 'sessions/my notes.txt', 'the user’s own file');
    sandbox.putDriveFile(COACH, 'sessions/old/inner.json', '{}');
    const listed = value(await store.list());
    expect(listed.map((e) => e.sessionId).sort()).toEqual(['s-1', 's-2', 's-3']);
    expect(listed.map((e) => e.lastModified)).toEqual([...listed.map((e) => e.lastModified)].sort((a, b) => b - a));
    expect(calls().filter((c) => c.includes('children'))).toHaveLength(3); // 5 items, 2 a page
  });

  it('words a refusal of the drive as OneDrive’s, not the calendar’s', async () => {
    sandbox.injectFaults({ kind: 'status', status: 403 });
    const outcome = await drive(COACH).load(MEETING);
    expect(outcome).toMatchObject({ ok: false, failure: { kind: 'consent', need: 'archive', retryable: true } });
  });
});

describe('each participant keeps a full copy in their own OneDrive', () => {
  it("saves the coach's and the coachee's copies with their own tokens; the coachee's bytes never hold the coach notes", async () => {
    const log = liveSession();
    const coach = drive(COACH);
    const coachee = drive(COACHEE);
    expect((await keepSessionArchive(coach, coachCopy(log))).ok).toBe(true);
    expect((await keepSessionArchive(coachee, coacheeCopy(log))).ok).toBe(true);

    const coachBytes = sandbox.driveFile(COACH, FILE)!;
    const coacheeBytes = sandbox.driveFile(COACHEE, FILE)!;
    expect(coachBytes.toString('utf8')).toContain(NOTES);
    expect(coacheeBytes.toString('utf8')).not.toContain(NOTES);
    expect(coacheeBytes.includes(Buffer.from(NOTES, 'utf8'))).toBe(false);
    const puts = sandbox.requests.filter((r) => r.method === 'PUT' && r.path.includes('/sessions/'));
    expect(puts.map((r) => r.userId)).toEqual([COACH, COACHEE]);
    expect(coachee.scopes.flat()).toEqual(expect.arrayContaining(['Files.ReadWrite.AppFolder']));

    // Each a full copy of the shared session.
    for (const bytes of [coachBytes, coacheeBytes]) {
      const read = readArchiveText(bytes.toString('utf8'));
      expect(read.ok && read.state).toEqual(log.state);
    }
  });

  it('restores the session from the archive after the Live Share container is gone', async () => {
    let log: SessionLog | null = liveSession();
    const original = log.state;
    const entries = log.entries;
    expect((await keepSessionArchive(drive(COACHEE), coacheeCopy(log))).ok).toBe(true);
    log = null; // the container, and every op in it, is deleted

    // A reload, with a new client: only the archive is left.
    const opened = value(await openSessionArchive(drive(COACHEE), MEETING))!;
    expect(opened.read.state).toEqual(original);
    expect(opened.read.dropped).toEqual([]);
    const { archive } = opened.read;
    const restored = importLog({ sessionId: archive.sessionId, organizerId: archive.organizerId, at: archive.createdAt }, archive.ops);
    expect(restored.invalid).toBe(0);
    expect(restored.log.state).toEqual(original);
    expect(restored.log.entries).toEqual(entries);
  });

  it('refuses a file of an unknown version and leaves its bytes exactly as they were', async () => {
    const newer = textOf(coachCopy(liveSession())).replace('"version":1', '"version":3');
    const planted = Buffer.from(`\ufeff${newer}\n`, 'utf8'); // a BOM and a newline: nothing may be "tidied"
    sandbox.putDriveFile(COACH, FILE, planted);
    const before = sandbox.requests.length;

    const opened = await openSessionArchive(drive(COACH), MEETING);
    expect(opened).toMatchObject({ ok: false, failure: { kind: 'unreadable', reason: 'unknownVersion' } });
    const kept = await keepSessionArchive(drive(COACH), coachCopy(liveSession()));
    expect(kept).toEqual({
      ok: false,
      failure: {
        kind: 'unreadable',
        reason: 'unknownVersion',
        found: { problem: 'newerVersion', version: 3 },
        retryable: false,
      },
    });
    expect(sandbox.driveFile(COACH, FILE)!.equals(planted)).toBe(true);
    expect(sandbox.requests.slice(before).every((r) => r.method === 'GET')).toBe(true);
  });

  it('does not corrupt the file when Graph throttles (429, 503) the item, the upload and the download', async () => {
    const log = liveSession();
    const pass = { kind: 'slow', ms: 0 } as const;
    const store = drive(COACH);
    // Create: the item (404) throttled once, the upload throttled twice.
    sandbox.injectFaults(
      { kind: 'status', status: 429, retryAfterSeconds: 0 },
      pass,
      { kind: 'status', status: 503 },
      { kind: 'status', status: 429 },
    );
    expect((await keepSessionArchive(store, coachCopy(log))).ok).toBe(true);
    const first = sandbox.driveFile(COACH, FILE)!.toString('utf8');
    expect(first).toBe(textOf(coachCopy(log)));

    // Replace: the download throttled, then the upload.
    play(log, COACHEE, { type: 'addNextStep', id: 'step-1', text: 'Draft the message', ownerId: COACHEE, due: '2026-12-10' });
    sandbox.injectFaults(pass, { kind: 'status', status: 503 }, pass, { kind: 'status', status: 503 });
    expect((await keepSessionArchive(store, coachCopy(log))).ok).toBe(true);
    const read = readArchiveText(sandbox.driveFile(COACH, FILE)!.toString('utf8'));
    expect(read.ok && read.state).toEqual(log.state);
    expect(calls().filter((c) => c.startsWith('503') || c.startsWith('429'))).toHaveLength(5);
  });

  it('ends with one consistent file when the answer to an upload is lost (the work was done)', async () => {
    const log = liveSession();
    const pass = { kind: 'slow', ms: 0 } as const;
    const store = drive(COACH);
    // The item: not there; the upload: stored, but its answer never arrives.
    sandbox.injectFaults(pass, { kind: 'drop', when: 'after' });
    const kept = await keepSessionArchive(store, coachCopy(log));
    expect(kept.ok).toBe(true);
    // Repeated create-only, it met its own file (409), read it, and found nothing new to write.
    expect(calls()).toEqual([
      '404 GET /v1.0/me/drive/special/approot:/sessions/' + encodeURIComponent(archiveFileName(MEETING)!),
      '0 PUT /v1.0/me/drive/special/approot:/sessions/' + encodeURIComponent(archiveFileName(MEETING)!) + ':/content',
      '409 PUT /v1.0/me/drive/special/approot:/sessions/' + encodeURIComponent(archiveFileName(MEETING)!) + ':/content',
      '200 GET /v1.0/me/drive/special/approot:/sessions/' + encodeURIComponent(archiveFileName(MEETING)!),
      '200 GET /download/…',
    ]);
    expect(kept.ok && kept.value.saved).toBeNull();
    expect(sandbox.driveFile(COACH, FILE)!.toString('utf8')).toBe(textOf(coachCopy(log)));

    // The same for a replace: If-Match after the lost answer meets the new eTag (412), and the next read settles it.
    play(log, COACH, { type: 'addOption', id: 'opt-2', text: 'Ask Kim to rank the projects' });
    sandbox.injectFaults(pass, pass, { kind: 'drop', when: 'after' });
    expect((await keepSessionArchive(store, coachCopy(log))).ok).toBe(true);
    const read = readArchiveText(sandbox.driveFile(COACH, FILE)!.toString('utf8'));
    expect(read.ok && read.state).toEqual(log.state);
    expect(read.ok && read.archive.ops).toHaveLength(log.entries.length);
  });
});
