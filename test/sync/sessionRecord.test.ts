import { RULES_VERSION, type Command } from '../../src/domain';
import { trustMemory } from '../../src/sync/deviceTrust';
import { SessionLog } from '../../src/sync/sessionLog';
import { OP_PREFIX, SessionRecord } from '../../src/sync/sessionRecord';
import { hashOp, readWireOp, WIRE_LIMITS, type WireOp } from '../../src/sync/wireOp';
import { deviceStore } from './liveShareHarness';

// The record's rules without a Fluid server: what a container holds at rest
// (a summary, written by whichever client was elected) is judged here.

const T0 = Date.UTC(2026, 10, 25, 9, 0);
const TODAY = '2026-11-25';
const COACH = 'u-coach';
const COACHEE = 'u-coachee';
const MALLORY = 'u-mallory';
const genesis = { sessionId: 'meeting-1', organizerId: COACH, at: T0 };

/** One user's panel: its log, its record and its device's memory. */
function panel(userId: string, storage = deviceStore()) {
  const log = new SessionLog(genesis);
  const record = new SessionRecord(log, userId, trustMemory(storage, genesis.sessionId, userId));
  let n = 0;
  const send = (command: Command): { key: string; value: WireOp } => {
    const made = log.local(command, userId, T0 + ++n * 1000, TODAY, `${userId}-${n}-${Math.random().toString(36).slice(2, 8)}`);
    if (!made.ok) throw new Error(made.reason.key);
    return record.local(made.op);
  };
  return { log, record, send, storage };
}

/** A forged op: well-formed, chained to nothing real, naming someone else as its author. */
function forged(actorId: string, id: string, command: Command, lamport = 50): [string, WireOp] {
  return [OP_PREFIX + id, { lamport, envelope: { id, actorId, at: T0, today: TODAY, command }, rules: RULES_VERSION, prev: null }];
}

/** Coach and coachee each made ops, live; returns what the container holds. */
function liveSession() {
  const coach = panel(COACH);
  const coachee = panel(COACHEE);
  const stored: [string, WireOp][] = [];
  const relay = (from: ReturnType<typeof panel>, to: ReturnType<typeof panel>, sender: string, command: Command) => {
    const { key, value } = from.send(command);
    stored.push([key, value]);
    expect(to.record.remote(key, structuredClone(value), sender).kind).toBe('taken');
  };
  relay(coach, coachee, COACH, { type: 'join', displayName: 'Alex' });
  relay(coachee, coach, COACHEE, { type: 'join', displayName: 'Sam', address: 'sam@contoso.example' });
  relay(coachee, coach, COACHEE, { type: 'stateChallenge', id: 'v1', text: 'Releases slip' });
  relay(coach, coachee, COACH, { type: 'addCause', id: 'c1', text: 'Scope creep' });
  return { coach, coachee, stored };
}

const ATTACK: [string, WireOp][] = [
  forged(COACH, 'f1', { type: 'addCause', id: 'c-evil', text: 'Forged' }),
  forged(COACH, 'f2', { type: 'assignRole', userId: MALLORY, role: 'coachee' }, 51),
  forged(COACHEE, 'f3', { type: 'join', displayName: 'Sam', address: 'mallory@evil.example' }, 52),
  forged(MALLORY, 'f4', { type: 'join', displayName: 'Mallory' }, 53),
];

describe('SessionRecord', () => {
  it('folds none of the forged ops at rest after a reload, and both reloaded panels agree', () => {
    const { coach, coachee, stored } = liveSession();
    const atRest = [...stored, ...ATTACK];
    // Both panels reload on their own devices: their memory vouches for what they verified live.
    const reloaded = [panel(COACH, coach.storage), panel(COACHEE, coachee.storage)];
    for (const p of reloaded) {
      p.record.load(structuredClone(atRest));
      expect(p.log.state.causes['c-evil']).toBeUndefined();
      expect(p.log.state.participants[MALLORY]).toBeUndefined();
      expect(p.log.state.participants[COACHEE]?.role).toBe('coachee');
      expect(p.log.state.participants[COACHEE]?.address).toBe('sam@contoso.example');
      expect(p.record.integrity()).toMatchObject({ unverified: ATTACK.length, unverifiedAuthors: [COACH, COACHEE, MALLORY].sort() });
    }
    expect(reloaded[0]!.log.state).toEqual(reloaded[1]!.log.state);
    expect(reloaded[0]!.log.state).toEqual(coach.log.state);
  });

  it('gives a late joiner on a new device only what the present authors vouch for', () => {
    const { coach, coachee, stored } = liveSession();
    const late = panel('u-late');
    late.record.load(structuredClone([...stored, ...ATTACK]));
    // Nothing is proven yet: the late panel shows a fresh session, not the forged one.
    expect(Object.keys(late.log.state.participants)).toEqual([]);
    // Present authors vouch over the live channel (the sender checked by the host).
    expect(late.record.vouch(coach.record.ownHeads(), COACH)).toBe(true);
    expect(late.record.vouch(coachee.record.ownHeads(), COACHEE)).toBe(true);
    // Mallory vouching for the coach's forged op counts for nothing: a chain never crosses authors.
    expect(late.record.vouch([hashOp(ATTACK[0]![1])], MALLORY)).toBe(false);
    expect(late.log.state).toEqual(coach.log.state);
    expect(late.record.integrity().unverified).toBe(ATTACK.length);
  });

  it('stamps a panel’s first op after everything it holds, proven or not, so joining early never reorders history', () => {
    const { coach, stored } = liveSession();
    const late = panel('u-late');
    late.record.load(structuredClone(stored));
    const { value: join } = late.send({ type: 'join', displayName: 'Lee' });
    expect(join.lamport).toBeGreaterThan(Math.max(...stored.map(([, op]) => op.lamport)));
    // A hostile lamport far ahead does not drag the clock with it.
    const far = panel('u-far');
    far.record.load([forged(MALLORY, 'far', { type: 'join', displayName: 'Mallory' }, 2 ** 39)]);
    expect(far.send({ type: 'join', displayName: 'Far' }).value.lamport).toBe(1);
    void coach;
  });

  it('removes a change its live sender forged, and holds one whose sender cannot be told', () => {
    const { coach } = liveSession();
    const [key, value] = ATTACK[0]!;
    expect(coach.record.remote(key, value, MALLORY)).toMatchObject({ kind: 'remove' });
    const [otherKey, other] = ATTACK[1]!;
    expect(coach.record.remote(otherKey, other, undefined)).toMatchObject({ kind: 'held' });
    expect(coach.log.state.participants[MALLORY]).toBeUndefined();
    expect(coach.record.integrity().unverified).toBe(1);
  });

  it('verifies an op held at rest once its author sends it again live', () => {
    const { coachee, stored } = liveSession();
    const fresh = panel('u-late');
    fresh.record.load(structuredClone(stored));
    const [key, value] = stored.find(([, op]) => op.envelope.command.type === 'stateChallenge')!;
    expect(fresh.record.remote(key, structuredClone(value), COACHEE)).toMatchObject({ kind: 'taken' });
    // The coachee's join came before it in the coachee's chain: verified with it.
    expect(fresh.log.state.participants[COACHEE]).toBeDefined();
    expect(fresh.log.state.challenge.currentId).toBe('v1');
    void coachee;
  });

  it('puts back a stored change a peer rewrote or removed', () => {
    const { coach, stored } = liveSession();
    const [key, value] = stored[0]!;
    const rewritten = { ...value, envelope: { ...value.envelope, at: T0 + 1 } };
    expect(coach.record.remote(key, rewritten, MALLORY)).toMatchObject({ kind: 'restore' });
    expect(coach.record.removed(key)).toMatchObject({ kind: 'restore' });
    expect(coach.record.remote(key, structuredClone(value), MALLORY)).toEqual({ kind: 'known' });
  });

  it('removes oversized, malformed and mis-keyed values, and reports a newer version without folding it', () => {
    const p = panel(COACH);
    const huge = forged(COACH, 'big', { type: 'addCause', id: 'c-big', text: 'x' });
    (huge[1].envelope as unknown as { pad: string }).pad = 'x'.repeat(WIRE_LIMITS.opBytes);
    const newer = forged(COACHEE, 'n1', { type: 'addCause', id: 'c-new', text: 'From the future' });
    newer[1].rules = RULES_VERSION + 1;
    const { remove } = p.record.load([
      huge,
      ['op:junk', { lamport: 'soon' }],
      ['op:elsewhere', forged(COACH, 'mismatch', { type: 'advance' })[1]],
      ['stray', 1],
      newer,
    ]);
    expect(remove.sort()).toEqual(['op:big', 'op:elsewhere', 'op:junk', 'stray']);
    expect(p.record.integrity().newerVersion).toBe(true);
    expect(p.log.state.causes['c-new']).toBeUndefined();
  });

  it('says when the session nears its size cap and when it is full', () => {
    const p = panel(COACH);
    p.send({ type: 'join', displayName: 'Alex' });
    expect(p.record.integrity().capacity).toBe('ok');
    const text = 'y'.repeat(490);
    const perOp = JSON.stringify(p.send({ type: 'addCause', id: 'c0', text }).value).length;
    // Forged ops are a little smaller than chained ones: a tenth more reaches the mark for sure.
    const toNear = Math.ceil((1.1 * WIRE_LIMITS.sessionBytes * WIRE_LIMITS.nearFull) / perOp);
    const entries: [string, WireOp][] = Array.from({ length: toNear }, (_, i) =>
      forged(COACH, `pad-${i}`, { type: 'addCause', id: `c${i}`, text }),
    );
    p.record.load(entries);
    expect(p.record.integrity().capacity).toBe('nearFull');
    p.record.load(Array.from({ length: toNear }, (_, i) => forged(COACH, `more-${i}`, { type: 'addCause', id: `d${i}`, text })));
    expect(p.record.integrity().capacity).toBe('full');
  });
});

describe('the wire format', () => {
  it('hashes the same op alike whatever order its keys arrive in, and tells any change', () => {
    const [, op] = forged(COACH, 'h1', { type: 'addCause', id: 'c1', text: 'Scope creep' });
    const reordered = JSON.parse(JSON.stringify({ prev: op.prev, rules: op.rules, envelope: op.envelope, lamport: op.lamport }));
    const read = readWireOp(reordered);
    expect(read.ok && read.hash).toBe(hashOp(op));
    const changed = readWireOp({ ...op, lamport: op.lamport + 1 });
    expect(changed.ok && changed.hash).not.toBe(hashOp(op));
  });

  it('reads an op without a version or chain (protocol 1) as rules 1, unchained', () => {
    const [, op] = forged(COACH, 'old', { type: 'advance' });
    const read = readWireOp({ lamport: op.lamport, envelope: op.envelope });
    expect(read).toMatchObject({ ok: true, op: { rules: 1, prev: null } });
  });
});
