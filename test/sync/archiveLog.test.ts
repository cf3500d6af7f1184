import { archiveSession, readArchiveText, serializeArchive, type Command } from '../../src/domain';
import { exportLog, importLog, SessionLog, type LoggedOp } from '../../src/sync/sessionLog';

const T0 = Date.UTC(2026, 10, 25, 9, 0);
const TODAY = '2026-11-25';
const genesis = { sessionId: 'meeting-1', organizerId: 'u-coach', at: T0 };

let seq = 0;
function local(log: SessionLog, actorId: string, command: Command): LoggedOp {
  const result = log.local(command, actorId, T0 + 1000 * ++seq, TODAY, `op-${String(seq).padStart(3, '0')}`);
  if (!result.ok) throw new Error(result.reason.key);
  return result.op;
}

/** Two clients that each changed the session, with concurrent ops (equal Lamport times) merged both ways. */
function liveSession(): SessionLog {
  const a = new SessionLog(genesis);
  const b = new SessionLog(genesis);
  b.merge([local(a, 'u-coach', { type: 'join', displayName: 'Alex' })]);
  a.merge([local(b, 'u-coachee', { type: 'join', displayName: 'Sam' })]);
  b.merge([local(a, 'u-coach', { type: 'stateChallenge', id: 'ch-1', text: 'Say no to extra projects' })]);
  const fromA = local(a, 'u-coach', { type: 'addCause', id: 'cause-a', text: 'Unclear priorities' });
  const fromB = local(b, 'u-coachee', { type: 'addCause', id: 'cause-b', text: 'Too many meetings' });
  a.merge([fromB]);
  b.merge([fromA]);
  // Well-formed but refused by the domain: the live log keeps it, and it changes nothing.
  a.merge([
    {
      lamport: 40,
      envelope: { id: 'sneaky', actorId: 'u-coach', at: T0 + 60_000, today: TODAY, command: { type: 'recordCoacheeAcceptance' } },
    },
  ]);
  return a;
}

function through(log: SessionLog) {
  const archive = archiveSession(exportLog(log), { copyFor: 'coachee' }, T0 + 3_600_000);
  const written = serializeArchive(archive);
  if (!written.ok) throw new Error(written.reason);
  const read = readArchiveText(written.text);
  if (!read.ok) throw new Error(JSON.stringify(read.detail));
  return read;
}

describe('the log hands its ops to the archive and takes them back', () => {
  it('exports the genesis and the ops in log order, as copies', () => {
    const log = liveSession();
    const exported = exportLog(log);
    expect(exported.genesis).toEqual(genesis);
    expect(exported.ops).toEqual(log.entries);
    const lamports = exported.ops.map((o) => o.lamport);
    expect(lamports).toEqual([...lamports].sort((x, y) => x - y));
    (exported.ops[0]!.envelope.command as { displayName?: string }).displayName = 'Changed';
    expect(log.entries[0]!.envelope.command).toEqual({ type: 'join', displayName: 'Alex' });
  });

  it('reads back from the archive to the same state as the live log', () => {
    const log = liveSession();
    const read = through(log);
    expect(read.state).toEqual(log.state);
    expect(read.dropped).toEqual([{ id: 'sneaky', kind: 'refused', reason: { key: 'roleMayNot', command: 'recordCoacheeAcceptance' } }]);
  });

  it('rebuilds a log from the archive that folds to the same state and goes on counting from its Lamport times', () => {
    const log = liveSession();
    const read = through(log);
    const { log: restored, invalid } = importLog(
      { sessionId: read.archive.sessionId, organizerId: read.archive.organizerId, at: read.archive.createdAt },
      read.archive.ops,
    );
    expect(invalid).toBe(0);
    expect(restored.state).toEqual(log.state);
    expect(restored.entries).toEqual(log.entries);
    const next = local(restored, 'u-coachee', { type: 'addOption', id: 'o1', text: 'Trade one project' });
    expect(next.lamport).toBe(Math.max(...log.entries.map((o) => o.lamport)) + 1);
  });

  it('counts ops it cannot take back, as any merge does', () => {
    const { log, invalid } = importLog(genesis, [null, { lamport: 1, envelope: { id: 'x' } }]);
    expect(invalid).toBe(2);
    expect(log.entries).toEqual([]);
  });
});
