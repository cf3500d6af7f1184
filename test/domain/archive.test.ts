import {
  ARCHIVE_LIMITS,
  ARCHIVE_VERSION,
  applyCommand,
  archiveSession,
  createSession,
  mergeArchives,
  parseEnvelope,
  readArchive,
  readArchiveText,
  sameArchiveContent,
  serializeArchive,
  utf8Length,
  type ArchivedOp,
  type ArchiveMigration,
  type ArchiveRead,
  type ArchiveReadFailure,
  type ArchiveSource,
  type Command,
  type CopyFor,
  type SessionArchive,
  type SessionState,
} from '../../src/domain';
import { COACH, COACHEE, NEXT_WEEK, SESSION_ID, T0, TODAY, type Actor } from '../fixtures/sessions';

const GENESIS = { sessionId: SESSION_ID, organizerId: COACH.userId, at: T0 };
const SAVED_AT = T0 + 3_600_000;
const SECRET = 'Sam seems to avoid conflict with Kim (coach only)';

/** A log as the sync layer keeps it: one op per command, Lamport times counting up. */
function logOf(script: [Actor, Command][], firstLamport = 1): ArchivedOp[] {
  return script.map(([actor, command], i) => {
    const parsed = parseEnvelope({
      id: `op-${String(firstLamport + i).padStart(4, '0')}`,
      actorId: actor.userId,
      at: T0 + 1000 * (firstLamport + i),
      today: TODAY,
      command,
    });
    if (!parsed.ok) throw new Error(parsed.reason.key);
    return { lamport: firstLamport + i, envelope: parsed.envelope };
  });
}

const SCRIPT: [Actor, Command][] = [
  [COACH, { type: 'join', displayName: 'Alex' }],
  [COACHEE, { type: 'join', displayName: 'Sam' }],
  [COACHEE, { type: 'stateChallenge', id: 'ch-1', text: 'Say no to extra projects' }],
  [COACH, { type: 'advance' }],
  [COACHEE, { type: 'addCause', id: 'cause-1', text: 'I fear disappointing Kim' }],
  [COACHEE, { type: 'addOption', id: 'opt-1', text: 'Offer a trade-off' }],
  [COACHEE, { type: 'addNextStep', id: 'step-1', text: 'Draft the message', ownerId: COACHEE.userId, due: NEXT_WEEK }],
];

const source = (ops = logOf(SCRIPT)): ArchiveSource => ({ genesis: GENESIS, ops });

/** The session as the live log folds it: from the genesis, every op in (lamport, id) order. */
function fold(ops: readonly ArchivedOp[]): SessionState {
  return ops.reduce((state, op) => {
    const r = applyCommand(state, op.envelope);
    return r.ok ? r.state : state;
  }, createSession(GENESIS));
}

function textOf(archive: SessionArchive): string {
  const s = serializeArchive(archive);
  if (!s.ok) throw new Error(`too large (over ${s.maxMegabytes} MB)`);
  return s.text;
}

function ok(result: ArchiveRead | ArchiveReadFailure): ArchiveRead {
  if (!result.ok) throw new Error(`${result.reason}: ${JSON.stringify(result.detail)}`);
  return result;
}

function refused(result: ArchiveRead | ArchiveReadFailure): ArchiveReadFailure {
  if (result.ok) throw new Error('the archive was read');
  return result;
}

const coachCopy = (ops = logOf(SCRIPT)) =>
  archiveSession(source(ops), { copyFor: 'coach', coachNotes: { text: SECRET, updatedAt: SAVED_AT - 1 } }, SAVED_AT);
const fileOf = (archive: SessionArchive) => JSON.parse(textOf(archive)) as Record<string, unknown> & { ops: unknown[] };

describe('the session archive', () => {
  it('round-trips: the file read back replays to the same session as the live log', () => {
    const ops = logOf(SCRIPT);
    const archive = coachCopy(ops);
    const read = ok(readArchiveText(textOf(archive)));
    expect(read.archive).toEqual(archive);
    expect(read.state).toEqual(fold(ops));
    expect(read.state.nextSteps['step-1']?.text).toBe('Draft the message');
    expect(read.dropped).toEqual([]);
    expect(read.complete).toBe(true);
    expect(read.migratedFrom).toBeNull();
  });

  it('writes the format, the version, the genesis and the ops with their Lamport times', () => {
    const file = fileOf(coachCopy());
    expect(file).toMatchObject({
      format: 'stagecoach.session',
      version: ARCHIVE_VERSION,
      sessionId: SESSION_ID,
      organizerId: COACH.userId,
      createdAt: T0,
      savedAt: SAVED_AT,
      copyFor: 'coach',
      coachNotes: { text: SECRET, updatedAt: SAVED_AT - 1 },
    });
    expect(file.ops[0]).toEqual({
      lamport: 1,
      envelope: { id: 'op-0001', actorId: COACH.userId, at: T0 + 1000, today: TODAY, command: { type: 'join', displayName: 'Alex' } },
    });
  });

  it('orders the ops itself, whatever order the file lists them in', () => {
    const ops = logOf(SCRIPT);
    const file = fileOf(coachCopy(ops));
    file.ops.reverse();
    const read = ok(readArchive(file));
    expect(read.state).toEqual(fold(ops));
    expect(read.archive.ops.map((o) => o.lamport)).toEqual(ops.map((o) => o.lamport));
  });

  describe("the coachee's copy never holds the coach's notes", () => {
    it('has no place for them: the bytes written do not contain them', () => {
      const archive = archiveSession(source(), { copyFor: 'coachee' }, SAVED_AT);
      const text = textOf(archive);
      expect(text).not.toContain(SECRET);
      expect(text).not.toContain('coachNotes');
      expect(ok(readArchiveText(text)).archive.copyFor).toBe('coachee');
    });

    it('drops notes smuggled in past the types, when building and when writing', () => {
      const smuggled = { copyFor: 'coachee', coachNotes: { text: SECRET, updatedAt: 1 } } as unknown as CopyFor;
      expect(textOf(archiveSession(source(), smuggled, SAVED_AT))).not.toContain(SECRET);
      const tampered = { ...archiveSession(source(), { copyFor: 'coachee' }, SAVED_AT), coachNotes: { text: SECRET, updatedAt: 1 } };
      expect(textOf(tampered as unknown as SessionArchive)).not.toContain(SECRET);
    });

    it('keeps them in the coach copy only', () => {
      expect(textOf(coachCopy())).toContain(SECRET);
      expect(textOf(archiveSession(source(), { copyFor: 'coach', coachNotes: null }, SAVED_AT))).not.toContain('coachNotes');
    });

    it('refuses a coachee copy that carries coach notes', () => {
      const file = { ...fileOf(coachCopy()), copyFor: 'coachee' };
      expect(refused(readArchive(file))).toEqual({ ok: false, reason: 'invalid', detail: { problem: 'coachNotesInCoacheeCopy' } });
    });

    it('merges into a coachee copy without the notes of a coach copy', () => {
      const coachee = archiveSession(source(), { copyFor: 'coachee' }, SAVED_AT);
      expect(textOf(mergeArchives(coachCopy(), coachee))).not.toContain(SECRET);
    });
  });

  describe('versions', () => {
    it('refuses a newer version, naming it', () => {
      const failure = refused(readArchive({ ...fileOf(coachCopy()), version: 3 }));
      expect(failure).toEqual({ ok: false, reason: 'unknownVersion', detail: { problem: 'newerVersion', version: 3 } });
    });

    it('refuses an older version that no migration covers', () => {
      const failure = refused(readArchive({ ...fileOf(coachCopy()), version: 0 }));
      expect(failure).toEqual({ ok: false, reason: 'unknownVersion', detail: { problem: 'olderVersion', version: 0 } });
    });

    it('migrates an older version through the table, then reads it like any file', () => {
      // A made-up version 0 that called the ops "log" and the copy "owner".
      const { ops, copyFor, ...rest } = fileOf(coachCopy());
      const v0 = { ...rest, version: 0, log: ops, owner: copyFor };
      const v0ToV1: ArchiveMigration = ({ log, owner, ...older }) => ({ ...older, version: 1, ops: log, copyFor: owner });
      const read = ok(readArchive(v0, { 0: v0ToV1 }));
      expect(read.migratedFrom).toBe(0);
      expect(read.state).toEqual(fold(logOf(SCRIPT)));
      expect(read.complete).toBe(true);
    });

    it('refuses a migration that does not produce the next version', () => {
      const v0 = { ...fileOf(coachCopy()), version: 0 };
      expect(refused(readArchive(v0, { 0: (older) => ({ ...older, version: 7 }) }))).toMatchObject({
        reason: 'invalid',
        detail: { problem: 'notMigrated', version: 0 },
      });
      expect(
        refused(
          readArchive(v0, {
            0: () => {
              throw new Error('boom');
            },
          }),
        ).detail,
      ).toEqual({ problem: 'unreadable' });
    });

    it('refuses a file without a usable version as damaged', () => {
      for (const version of [undefined, '1', 1.5, -1]) {
        expect(refused(readArchive({ ...fileOf(coachCopy()), version }))).toMatchObject({
          reason: 'invalid',
          detail: { problem: 'noVersion' },
        });
      }
    });
  });

  it('refuses foreign files as foreign', () => {
    for (const json of [null, 42, 'text', [], { hello: 'world' }, { format: 'other.app', version: 1 }]) {
      const failure = refused(readArchive(json));
      expect(failure).toEqual({ ok: false, reason: 'foreignFormat', detail: { problem: 'notAnArchive' } });
    }
    expect(refused(readArchiveText('<html>not json</html>'))).toMatchObject({ reason: 'foreignFormat', detail: { problem: 'notJson' } });
  });

  it('refuses a damaged header with the first problem named', () => {
    const noSession: Record<string, unknown> = fileOf(coachCopy());
    delete noSession.sessionId;
    const damaged = (field: string) => ({ ok: false, reason: 'invalid', detail: { problem: 'damagedField', field } });
    expect(refused(readArchive(noSession))).toEqual(damaged('sessionId'));
    expect(refused(readArchive({ ...fileOf(coachCopy()), ops: 'none' }))).toEqual(damaged('ops'));
    expect(refused(readArchive({ ...fileOf(coachCopy()), copyFor: 'observer' }))).toEqual(damaged('copyFor'));
  });

  it('drops a tampered op the domain refuses (a coachee-only command sent by the coach), and counts it', () => {
    const ops = logOf([...SCRIPT, [COACH, { type: 'writeCoacheeSummary', text: 'Words put in Sam’s mouth' }]]);
    const read = ok(readArchiveText(textOf(coachCopy(ops))));
    expect(read.state.coacheeSummary).toBeNull();
    expect(read.state).toEqual(fold(ops.slice(0, -1)));
    expect(read.dropped).toEqual([
      { id: ops.at(-1)!.envelope.id, kind: 'refused', reason: { key: 'roleMayNot', command: 'writeCoacheeSummary' } },
    ]);
    // Kept in the log (as the live log keeps it), so the file is still complete.
    expect(read.archive.ops).toHaveLength(ops.length);
    expect(read.complete).toBe(true);
  });

  it('drops an op it cannot read, and says the file is not complete (so it must not be written over)', () => {
    const file = fileOf(coachCopy());
    file.ops.push({ lamport: 99, envelope: { id: 'op-new', actorId: COACH.userId, at: T0, today: TODAY, command: { type: 'newIn3' } } });
    file.ops.push({ lamport: 'x' });
    const read = ok(readArchive(file));
    expect(read.dropped).toEqual([
      { id: 'op-new', kind: 'malformed', reason: { key: 'unknownCommand' } },
      { id: null, kind: 'malformed' },
    ]);
    expect(read.state).toEqual(fold(logOf(SCRIPT)));
    expect(read.complete).toBe(false);
  });

  it('says a file with fields it does not know is not complete', () => {
    expect(ok(readArchive({ ...fileOf(coachCopy()), mood: 'calm' })).complete).toBe(false);
    const file = fileOf(coachCopy());
    (file.ops[2] as { envelope: { command: Record<string, unknown> } }).envelope.command.tone = 'warm';
    expect(ok(readArchive(file)).complete).toBe(false);
  });

  it('keeps the first of two ops with one id', () => {
    const file = fileOf(coachCopy());
    file.ops.push(file.ops[0]);
    const read = ok(readArchive(file));
    expect(read.dropped).toEqual([{ id: 'op-0001', kind: 'duplicate' }]);
    expect(read.archive.ops).toHaveLength(SCRIPT.length);
  });

  describe('size limits', () => {
    it('refuses a huge file before parsing it', () => {
      const huge = `{"format":"stagecoach.session","pad":"${'x'.repeat(ARCHIVE_LIMITS.maxBytes)}"}`;
      const parse = jest.spyOn(JSON, 'parse');
      const failure = refused(readArchiveText(huge));
      expect(parse).not.toHaveBeenCalled();
      parse.mockRestore();
      expect(failure).toEqual({ ok: false, reason: 'tooLarge', detail: { problem: 'tooLarge', maxMegabytes: 4 } });
    });

    it('counts bytes, not characters', () => {
      const chars = Math.floor(ARCHIVE_LIMITS.maxBytes / 3) + 10; // fewer characters than bytes allowed, more bytes
      expect(refused(readArchiveText(`"${'€'.repeat(chars)}"`)).reason).toBe('tooLarge');
    });

    it('refuses to write a file over the limit', () => {
      const archive = coachCopy();
      const big = { ...archive, coachNotes: { text: 'x'.repeat(ARCHIVE_LIMITS.maxBytes), updatedAt: 1 } } as SessionArchive;
      expect(serializeArchive(big)).toEqual({ ok: false, reason: 'tooLarge', maxMegabytes: 4 });
    });

    it('refuses a file with more ops than an archive holds', () => {
      const file = fileOf(coachCopy());
      const op = file.ops[0];
      const failure = refused(readArchive({ ...file, ops: Array.from({ length: ARCHIVE_LIMITS.maxOps + 1 }, () => op) }));
      expect(failure).toEqual({ ok: false, reason: 'invalid', detail: { problem: 'tooManyChanges', max: ARCHIVE_LIMITS.maxOps } });
    });

    it('measures UTF-8 as an encoder does', () => {
      for (const s of ['', 'abc', 'é', '€', '😀', 'a😀b€é', '\ud800', '\udc00x']) {
        expect([s, utf8Length(s)]).toEqual([s, Buffer.byteLength(s, 'utf8')]);
      }
    });
  });

  describe('merging two copies', () => {
    it('keeps every op of both, the earlier genesis and the newer notes', () => {
      const all = logOf(SCRIPT);
      const saved = archiveSession(
        { genesis: GENESIS, ops: all.slice(0, 5) },
        { copyFor: 'coach', coachNotes: { text: 'older', updatedAt: 1 } },
        SAVED_AT,
      );
      const ours = archiveSession(
        { genesis: { ...GENESIS, at: T0 + 500 }, ops: all.slice(3) },
        { copyFor: 'coach', coachNotes: { text: 'newer', updatedAt: 2 } },
        SAVED_AT + 1,
      );
      const merged = mergeArchives(saved, ours);
      expect(merged.ops).toEqual(all);
      expect(merged.createdAt).toBe(T0);
      expect(merged.savedAt).toBe(SAVED_AT + 1);
      expect(merged.copyFor === 'coach' && merged.coachNotes?.text).toBe('newer');
      expect(ok(readArchiveText(textOf(merged))).state).toEqual(fold(all));
    });

    it('keeps the saved notes when ours have none', () => {
      const saved = coachCopy();
      const ours = archiveSession(source(), { copyFor: 'coach', coachNotes: null }, SAVED_AT + 5);
      const merged = mergeArchives(saved, ours);
      expect(merged.copyFor === 'coach' && merged.coachNotes?.text).toBe(SECRET);
    });

    it('tells the same content apart from a new save time', () => {
      const a = coachCopy();
      expect(sameArchiveContent(a, { ...a, savedAt: a.savedAt + 10 })).toBe(true);
      expect(sameArchiveContent(a, mergeArchives(a, coachCopy(logOf(SCRIPT.slice(0, 3)))))).toBe(true);
      expect(sameArchiveContent(a, coachCopy(logOf(SCRIPT.slice(0, 3))))).toBe(false);
      expect(sameArchiveContent(a, archiveSession(source(), { copyFor: 'coach', coachNotes: null }, SAVED_AT))).toBe(false);
    });
  });
});
