import {
  applyCommand,
  createSession,
  parseEnvelope,
  type Command,
  type Envelope,
  type Rejection,
  type SessionState,
  type UserId,
} from '../domain';

/** How a session begins: agreed by every client, whoever created it first. */
export interface Genesis {
  sessionId: string;
  organizerId: UserId | null;
  at: number;
}

/** An envelope with its Lamport time: the unit that travels between clients. */
export interface LoggedOp {
  lamport: number;
  envelope: Envelope;
}

/** Ops between two kept states: an op that arrives out of order refolds at most this many before it. */
const CHECKPOINT_EVERY = 64;

export interface SessionLogOptions {
  /** Keep the state after every this many ops (tests make it small to exercise refolds). */
  checkpointEvery?: number;
}

/**
 * The session as an ordered log of commands, folded through the domain.
 *
 * Every client orders the same ops by (lamport, id) and folds them from the
 * same genesis, so all clients converge on one state whatever order the ops
 * arrived in. An op the domain refuses in that order is kept (so the order
 * stays the same everywhere) but changes nothing.
 *
 * An op that sorts last (every local op, most remote ones) costs one fold.
 * One that sorts earlier refolds from the checkpoint before its place, not
 * from genesis: states are immutable values, so keeping one every
 * `checkpointEvery` ops costs only references.
 */
export class SessionLog {
  /** In log order. */
  private readonly ops: LoggedOp[] = [];
  private readonly byId = new Map<string, LoggedOp>();
  private maxLamport = 0;
  /** `checkpoints[k]`: the state after the first k × `every` ops. */
  private checkpoints: SessionState[];
  private current: SessionState;
  private readonly every: number;

  constructor(
    private genesisValue: Genesis,
    options: SessionLogOptions = {},
  ) {
    this.every = options.checkpointEvery ?? CHECKPOINT_EVERY;
    if (!Number.isSafeInteger(this.every) || this.every < 1) throw new RangeError('checkpointEvery must be a whole number from 1.');
    this.current = createSession(genesisValue);
    this.checkpoints = [this.current];
  }

  get genesis(): Genesis {
    return this.genesisValue;
  }

  get state(): SessionState {
    return this.current;
  }

  get entries(): readonly LoggedOp[] {
    return this.ops;
  }

  /** The logged op with this envelope id. */
  op(id: string): LoggedOp | undefined {
    return this.byId.get(id);
  }

  /**
   * Adopts the earlier of two genesis records, so two clients that both
   * started the session settle on the same one. Returns true when it changed.
   */
  adoptGenesis(other: Genesis): boolean {
    if (other.sessionId !== this.genesisValue.sessionId) return false;
    if (compareGenesis(other, this.genesisValue) >= 0) return false;
    this.genesisValue = other;
    this.checkpoints = [createSession(other)];
    this.refoldFrom(0);
    return true;
  }

  /** Validates and applies a command from the local user. */
  local(command: Command, actorId: UserId, at: number, today: string, id: string): { ok: true; op: LoggedOp } | Rejection {
    const parsed = parseEnvelope({ id, actorId, at, today, command });
    if (!parsed.ok) return parsed;
    const result = applyCommand(this.current, parsed.envelope);
    if (!result.ok) return result;
    // Above every Lamport time seen, so it sorts last: no refold.
    const op: LoggedOp = { lamport: this.maxLamport + 1, envelope: parsed.envelope };
    this.insert(op);
    this.folded(result.state);
    return { ok: true, op };
  }

  /**
   * Moves the clock past a Lamport time seen in an op that is not in the log
   * (yet): one held unverified, say. This client's next op then sorts after
   * it, so a panel that joins before history is proven still joins last, as
   * everyone will order it once it is. Bounded: a hostile peer cannot push
   * the clock to the cap.
   */
  witness(lamport: number): void {
    if (lamport > this.maxLamport && lamport <= this.maxLamport + MAX_WITNESS_AHEAD) this.maxLamport = lamport;
  }

  /**
   * Merges ops from elsewhere. They are untrusted: each is re-validated, and
   * malformed ones are counted and dropped.
   */
  merge(incoming: readonly unknown[]): { added: number; invalid: number } {
    let added = 0;
    let invalid = 0;
    /** The first position whose state is stale, once an op lands before the end. */
    let staleFrom = Infinity;
    for (const raw of incoming) {
      const op = parseLoggedOp(raw);
      if (!op) invalid++;
      if (!op || this.byId.has(op.envelope.id)) continue;
      const at = this.insert(op);
      added++;
      if (at < this.ops.length - 1) staleFrom = Math.min(staleFrom, at);
      else if (staleFrom === Infinity) this.folded(foldOne(this.current, op));
    }
    if (staleFrom !== Infinity) this.refoldFrom(staleFrom);
    return { added, invalid };
  }

  /** Puts `op` in its place in the log (binary search) and returns that place. */
  private insert(op: LoggedOp): number {
    let low = 0;
    let high = this.ops.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (compareOps(this.ops[mid]!, op) < 0) low = mid + 1;
      else high = mid;
    }
    this.ops.splice(low, 0, op);
    this.byId.set(op.envelope.id, op);
    this.maxLamport = Math.max(this.maxLamport, op.lamport);
    return low;
  }

  /** Takes the state after the last op, keeping a checkpoint when one is due. */
  private folded(state: SessionState): void {
    this.current = state;
    if (this.ops.length % this.every === 0) this.checkpoints.push(state);
  }

  /** Refolds from the checkpoint at or before `position`; those after it are stale. */
  private refoldFrom(position: number): void {
    const k = Math.floor(position / this.every);
    this.checkpoints.length = k + 1;
    let state = this.checkpoints[k]!;
    for (let i = k * this.every; i < this.ops.length; i++) {
      state = foldOne(state, this.ops[i]!);
      if ((i + 1) % this.every === 0) this.checkpoints.push(state);
    }
    this.current = state;
  }
}

/** A log as the archive keeps it (src/domain/archive.ts): its genesis and its ops in log order. */
export interface LogExport {
  genesis: Genesis;
  ops: LoggedOp[];
}

/** Hands a log over for archiving: copies, so the archive and the live log never share an object. */
export function exportLog(log: SessionLog): LogExport {
  return { genesis: { ...log.genesis }, ops: log.entries.map((op) => structuredClone(op)) };
}

/**
 * Rebuilds a log from archived ops (after the live container is gone, say).
 * They are re-validated like any merge; the malformed ones are counted.
 */
export function importLog(genesis: Genesis, ops: readonly unknown[]): { log: SessionLog; invalid: number } {
  const log = new SessionLog({ ...genesis });
  const { invalid } = log.merge(ops);
  return { log, invalid };
}

const MAX_LAMPORT = 2 ** 40;
/** How far past this log's own ops an op seen elsewhere may move its clock. */
const MAX_WITNESS_AHEAD = 100_000;

function foldOne(state: SessionState, op: LoggedOp): SessionState {
  const result = applyCommand(state, op.envelope);
  return result.ok ? result.state : state;
}

function compareOps(a: LoggedOp, b: LoggedOp): number {
  return a.lamport - b.lamport || compareStrings(a.envelope.id, b.envelope.id);
}

function compareGenesis(a: Genesis, b: Genesis): number {
  return a.at - b.at || compareStrings(a.organizerId ?? '', b.organizerId ?? '');
}

function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function parseLoggedOp(raw: unknown): LoggedOp | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const { lamport, envelope } = raw as { lamport?: unknown; envelope?: unknown };
  // The cap keeps a hostile peer from pushing everyone's clocks past safe integers.
  if (typeof lamport !== 'number' || !Number.isSafeInteger(lamport) || lamport < 1 || lamport > MAX_LAMPORT) return null;
  const parsed = parseEnvelope(envelope);
  return parsed.ok ? { lamport, envelope: parsed.envelope } : null;
}
