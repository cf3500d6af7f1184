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

/**
 * The session as an ordered log of commands, folded through the domain.
 *
 * Every client orders the same ops by (lamport, id) and folds them from the
 * same genesis, so all clients converge on one state whatever order the ops
 * arrived in. An op the domain refuses in that order is kept (so the order
 * stays the same everywhere) but changes nothing.
 */
export class SessionLog {
  private ops: LoggedOp[] = [];
  private readonly ids = new Set<string>();
  private current: SessionState;

  constructor(private genesisValue: Genesis) {
    this.current = createSession(genesisValue);
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

  /**
   * Adopts the earlier of two genesis records, so two clients that both
   * started the session settle on the same one. Returns true when it changed.
   */
  adoptGenesis(other: Genesis): boolean {
    if (other.sessionId !== this.genesisValue.sessionId) return false;
    if (compareGenesis(other, this.genesisValue) >= 0) return false;
    this.genesisValue = other;
    this.refold();
    return true;
  }

  /** Validates and applies a command from the local user. */
  local(command: Command, actorId: UserId, at: number, today: string, id: string): { ok: true; op: LoggedOp } | Rejection {
    const parsed = parseEnvelope({ id, actorId, at, today, command });
    if (!parsed.ok) return parsed;
    const result = applyCommand(this.current, parsed.envelope);
    if (!result.ok) return result;
    const op: LoggedOp = { lamport: this.maxLamport() + 1, envelope: parsed.envelope };
    this.ops.push(op);
    this.ids.add(id);
    this.current = result.state;
    return { ok: true, op };
  }

  /**
   * Merges ops from elsewhere. They are untrusted: each is re-validated, and
   * malformed ones are counted and dropped.
   */
  merge(incoming: readonly unknown[]): { added: number; invalid: number } {
    let added = 0;
    let invalid = 0;
    let inOrder = true;
    for (const raw of incoming) {
      const op = parseLoggedOp(raw);
      if (!op) invalid++;
      if (!op || this.ids.has(op.envelope.id)) continue;
      const last = this.ops[this.ops.length - 1];
      if (last && compareOps(op, last) < 0) inOrder = false;
      this.ops.push(op);
      this.ids.add(op.envelope.id);
      if (inOrder) this.current = foldOne(this.current, op);
      added++;
    }
    if (added > 0 && !inOrder) this.refold();
    return { added, invalid };
  }

  private maxLamport(): number {
    return this.ops.reduce((max, op) => Math.max(max, op.lamport), 0);
  }

  private refold(): void {
    this.ops.sort(compareOps);
    this.current = this.ops.reduce(foldOne, createSession(this.genesisValue));
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
