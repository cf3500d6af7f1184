import { applyCommand, createSession, type Command, type SessionState } from '../../src/domain';
import { SessionLog, type LoggedOp } from '../../src/sync/sessionLog';

const T0 = Date.UTC(2026, 10, 25, 9, 0);
const TODAY = '2026-11-25';
const genesis = { sessionId: 'meeting-1', organizerId: 'u-coach', at: T0 };

let seq = 0;
function local(log: SessionLog, actorId: string, command: Command): LoggedOp {
  const result = log.local(command, actorId, T0 + 1000 * ++seq, TODAY, `op-${seq}`);
  if (!result.ok) throw new Error(result.reason.key);
  return result.op;
}

function joinedPair(): { a: SessionLog; b: SessionLog } {
  const a = new SessionLog(genesis);
  const b = new SessionLog(genesis);
  b.merge([local(a, 'u-coach', { type: 'join', displayName: 'Alex' })]);
  a.merge([local(b, 'u-coachee', { type: 'join', displayName: 'Sam' })]);
  return { a, b };
}

describe('SessionLog', () => {
  it('converges when two clients receive concurrent ops in different orders', () => {
    const { a, b } = joinedPair();
    const fromA = local(a, 'u-coach', { type: 'addCause', id: 'cause-a', text: 'Unclear priorities' });
    const fromB = local(b, 'u-coachee', { type: 'addCause', id: 'cause-b', text: 'Too many meetings' });
    a.merge([fromB]);
    b.merge([fromA]);
    expect(a.state).toEqual(b.state);
    expect(Object.keys(a.state.causes).sort()).toEqual(['cause-a', 'cause-b']);
  });

  it('lets the same order decide when concurrent ops conflict, so both agree', () => {
    const { a, b } = joinedPair();
    const stated = local(a, 'u-coach', { type: 'stateChallenge', id: 'v1', text: 'Releases slip' });
    b.merge([stated]);
    const advanceA = local(a, 'u-coach', { type: 'advance' });
    const advanceB = local(b, 'u-coachee', { type: 'advance' });
    a.merge([advanceB]);
    b.merge([advanceA]);
    expect(a.state).toEqual(b.state);
    // Both meant "Open → Learn": only the first in log order moves the stage.
    expect(a.state.stage).toBe('learn');
  });

  it('drops and counts malformed ops from a peer without touching the state', () => {
    const { a } = joinedPair();
    const before = a.state;
    const hostile = [
      null,
      { lamport: 'x', envelope: {} },
      { lamport: 99, envelope: { id: 'e1', actorId: 'u-coach', at: T0, today: TODAY, command: { type: 'explode' } } },
      { lamport: 2 ** 50, envelope: { id: 'e2', actorId: 'u-coach', at: T0, today: TODAY, command: { type: 'advance', force: true } } },
    ];
    expect(a.merge(hostile)).toEqual({ added: 0, invalid: 4 });
    expect(a.state).toBe(before);
  });

  it('keeps a well-formed op the domain refuses, but it changes nothing', () => {
    const { a } = joinedPair();
    const before = a.state;
    const observerAdvance = {
      lamport: 50,
      envelope: { id: 'sneaky', actorId: 'u-stranger', at: T0 + 60_000, today: TODAY, command: { type: 'advance', force: true } },
    };
    expect(a.merge([observerAdvance])).toEqual({ added: 1, invalid: 0 });
    expect(a.state.stage).toBe(before.stage);
    expect(a.state).toEqual(before);
  });

  it('ignores an op it already has', () => {
    const { a, b } = joinedPair();
    const op = local(a, 'u-coach', { type: 'addOption', id: 'o1', text: 'Pair on reviews' });
    expect(b.merge([op, op]).added).toBe(1);
    expect(b.merge([op]).added).toBe(0);
  });

  it('refuses an invalid local command with the domain reason and logs nothing', () => {
    const log = new SessionLog(genesis);
    local(log, 'u-coach', { type: 'join', displayName: 'Alex' });
    const result = log.local({ type: 'addCause', id: 'c1', text: '   ' }, 'u-coach', T0 + 5, TODAY, 'op-empty');
    expect(result).toEqual({
      ok: false,
      code: 'invalid',
      reason: { key: 'invalidField', field: 'text', problem: 'empty', subject: 'cause' },
    });
    expect(log.entries).toHaveLength(1);
  });

  it('settles two independently started copies on the earlier genesis', () => {
    const early = new SessionLog({ ...genesis, at: T0 });
    const late = new SessionLog({ ...genesis, at: T0 + 500 });
    expect(late.adoptGenesis(early.genesis)).toBe(true);
    expect(early.adoptGenesis(late.genesis)).toBe(false);
    expect(late.state.createdAt).toBe(early.state.createdAt);
  });

  it('finds a logged op by its envelope id', () => {
    const { a } = joinedPair();
    const op = local(a, 'u-coach', { type: 'addCause', id: 'k1', text: 'Unclear priorities' });
    expect(a.op(op.envelope.id)).toBe(op);
    expect(a.op('no-such-op')).toBeUndefined();
    expect(a.op('constructor')).toBeUndefined();
  });

  it('stamps a local op after every Lamport time it has seen', () => {
    const { a } = joinedPair();
    const far = {
      lamport: 40,
      envelope: { id: 'far', actorId: 'u-coachee', at: T0, today: TODAY, command: { type: 'addCause', id: 'k2', text: 'Late' } },
    };
    a.merge([far]);
    expect(local(a, 'u-coach', { type: 'addCause', id: 'k3', text: 'Next' }).lamport).toBe(41);
  });
});

describe('SessionLog out of order', () => {
  /** A coach and a coachee taking turns: 2 joins, then `n` more ops, lamport = position. */
  function script(n: number): LoggedOp[] {
    const source = new SessionLog(genesis);
    const ops = [
      local(source, 'u-coach', { type: 'join', displayName: 'Alex' }),
      local(source, 'u-coachee', { type: 'join', displayName: 'Sam' }),
    ];
    ops.push(local(source, 'u-coachee', { type: 'stateChallenge', id: 'ch', text: 'Releases slip' }));
    for (let i = 0; ops.length < n + 2; i++) {
      ops.push(local(source, 'u-coach', i % 2 === 0 ? { type: 'advance' } : { type: 'goBack', to: 'open' }));
      ops.push(local(source, 'u-coachee', { type: 'addCause', id: `k${i}`, text: `Cause ${i}` }));
    }
    return ops;
  }

  const folded = (ops: readonly LoggedOp[]): SessionState =>
    ops.reduce((state, op) => {
      const result = applyCommand(state, op.envelope);
      return result.ok ? result.state : state;
    }, createSession(genesis));

  it.each([0, 1, 5, 17, 30, 39])('refolds from the checkpoint before an op that arrives late at %i', (late) => {
    const ops = script(40);
    const log = new SessionLog(genesis, { checkpointEvery: 4 });
    log.merge(ops.filter((_, i) => i !== late));
    expect(log.merge([ops[late]])).toEqual({ added: 1, invalid: 0 });
    expect(log.entries).toEqual(ops);
    expect(log.state).toEqual(folded(ops));
    // The checkpoints stay right for the next late op too.
    const another = {
      lamport: 3,
      envelope: { id: 'zz-late', actorId: 'u-coach', at: T0, today: TODAY, command: { type: 'addOption', id: 'o9', text: 'Later' } },
    };
    log.merge([another]);
    expect(log.state).toEqual(folded(log.entries));
  });

  it('folds a batch once, however many of its ops arrive out of order', () => {
    const ops = script(30);
    const log = new SessionLog(genesis, { checkpointEvery: 3 });
    expect(log.merge([...ops].reverse())).toEqual({ added: ops.length, invalid: 0 });
    expect(log.state).toEqual(folded(ops));
    expect(log.entries).toEqual(ops);
  });

  it('refolds every op on the earlier genesis', () => {
    const ops = script(12);
    const log = new SessionLog({ ...genesis, at: T0 + 500 }, { checkpointEvery: 2 });
    log.merge(ops);
    log.adoptGenesis(genesis);
    expect(log.state).toEqual(folded(ops));
  });

  it('refuses a checkpoint interval that is not a whole number from 1', () => {
    expect(() => new SessionLog(genesis, { checkpointEvery: 0 })).toThrow(RangeError);
    expect(() => new SessionLog(genesis, { checkpointEvery: 1.5 })).toThrow(RangeError);
  });
});
