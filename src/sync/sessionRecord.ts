import type { RecordIntegrity } from '../ports';
import { Authorship } from './authorship';
import type { TrustMemory } from './deviceTrust';
import type { LoggedOp, SessionLog } from './sessionLog';
import { jsonBytes, readWireOp, toWire, WIRE_LIMITS, type WireOp } from './wireOp';

export const OP_PREFIX = 'op:';

/** What to do with a value a peer stored, once judged. */
export type Verdict =
  /** Verified and folded (or verified nothing new). */
  | { kind: 'taken' }
  /** Held, not proven: kept in the container for its author to vouch for later. */
  | { kind: 'held' }
  /** A value we already hold: nothing to do. */
  | { kind: 'known' }
  /** A peer replaced or removed a value we hold: put ours back. */
  | { kind: 'restore'; why: string }
  /** Proven bad (malformed, oversized, under a wrong key, or forged by its live sender): remove it for everyone. */
  | { kind: 'remove'; why: string }
  /** Made by a newer Stagecoach: left alone, and this panel goes read-only. */
  | { kind: 'newer' };

interface Stored {
  hash: string;
  op: WireOp;
}

/**
 * The session's ops as a container holds them, judged for one client: which
 * are proven their author's (folded into `log`), which wait (held), which
 * are refused. Pure, so its rules are tested without a Fluid server; the
 * Live Share store feeds it and carries out its verdicts.
 */
export class SessionRecord {
  private readonly authorship = new Authorship();
  private readonly byKey = new Map<string, Stored>();
  private bytes = 0;
  private newer = false;
  /** The hash of this user's last op: the next one's `prev`. */
  private ownHead: string | null;

  constructor(
    readonly log: SessionLog,
    private readonly selfId: string,
    private readonly memory: TrustMemory,
  ) {
    this.ownHead = memory.read().get(selfId)?.at(-1) ?? null;
  }

  /**
   * Reads what the container held at join: nothing in it is trusted (a
   * summary is written by whichever client was elected). Returns the keys
   * whose values are proven bad, to remove.
   */
  load(entries: Iterable<[string, unknown]>): { remove: string[] } {
    const remove: string[] = [];
    for (const [key, value] of entries) {
      const verdict = this.judge(key, value);
      if (verdict.kind === 'remove') remove.push(key);
    }
    // This device's memory vouches for what it verified before (its own ops among them).
    for (const [author, hashes] of this.memory.read()) {
      for (const hash of hashes) this.fold(this.authorship.vouch(hash, author), author);
    }
    return { remove };
  }

  /**
   * A value a peer stored, live. `sender` is the user the host says sent it
   * (undefined when it cannot tell): only an op by its own sender is proven.
   */
  remote(key: string, value: unknown, sender: string | undefined): Verdict {
    const known = this.byKey.get(key);
    if (known) {
      const again = readWireOp(value);
      if (!again.ok || again.hash !== known.hash) return { kind: 'restore', why: 'a rewrite of a stored change' };
      // The same op again (a peer putting back what it holds): it proves something only when its author sent it.
      const author = known.op.envelope.actorId;
      if (sender !== author || this.authorship.isVerified(known.hash)) return { kind: 'known' };
      this.fold(this.authorship.vouch(known.hash, author), author);
      return { kind: 'taken' };
    }
    const verdict = this.judge(key, value);
    if (verdict.kind !== 'held') return verdict;
    const stored = this.byKey.get(key)!;
    const actor = stored.op.envelope.actorId;
    if (sender === undefined) return { kind: 'held' };
    if (sender !== actor) return this.forget(key, `a change claiming to be by ${actor} sent by ${sender}`);
    this.fold(this.authorship.vouch(stored.hash, sender), sender);
    return { kind: 'taken' };
  }

  /** A peer removed a key: ours goes back if we hold it. */
  removed(key: string): Verdict {
    return this.byKey.has(key) ? { kind: 'restore', why: 'a removal of a stored change' } : { kind: 'known' };
  }

  /** `author` vouches for these hashes of theirs (an attestation received live from them). */
  vouch(hashes: readonly string[], author: string): boolean {
    let added = false;
    for (const hash of hashes) added = this.fold(this.authorship.vouch(hash, author), author) || added;
    return added;
  }

  /** This user's op, as the log made it: chained and stored under its key. */
  local(op: LoggedOp): { key: string; value: WireOp } {
    const { op: wire, hash } = toWire(op, this.ownHead);
    const key = OP_PREFIX + op.envelope.id;
    this.ownHead = hash;
    this.byKey.set(key, { hash, op: wire });
    this.bytes += jsonBytes(wire);
    this.authorship.hold(wire, hash);
    this.authorship.vouch(hash, this.selfId);
    this.memory.remember(this.selfId, hash);
    return { key, value: wire };
  }

  /** What this client vouches for when asked: its own latest hashes on this device. */
  ownHeads(): string[] {
    return this.memory.read().get(this.selfId) ?? [];
  }

  /** Every value we hold, by key, to put back what a peer removed or replaced. */
  held(): IterableIterator<[string, Stored]> {
    return this.byKey.entries();
  }

  integrity(): RecordIntegrity {
    const share = this.bytes / WIRE_LIMITS.sessionBytes;
    return {
      unverified: this.authorship.unverifiedCount,
      unverifiedAuthors: this.authorship.unverifiedAuthors(),
      newerVersion: this.newer,
      capacity: share >= 1 ? 'full' : share >= WIRE_LIMITS.nearFull ? 'nearFull' : 'ok',
    };
  }

  /** Reads a value under its key and holds it unverified; anything unusable is refused. */
  private judge(key: string, value: unknown): Verdict {
    if (!key.startsWith(OP_PREFIX)) return { kind: 'remove', why: 'a value under an unknown key' };
    const read = readWireOp(value);
    if (!read.ok) {
      if (read.reason === 'newerRules') {
        this.newer = true;
        return { kind: 'newer' };
      }
      return { kind: 'remove', why: read.reason === 'tooLarge' ? 'an oversized change' : 'an invalid change' };
    }
    if (read.op.envelope.id !== key.slice(OP_PREFIX.length)) return { kind: 'remove', why: 'a change under a mismatched key' };
    if (this.byKey.has(key)) return { kind: 'known' };
    this.byKey.set(key, { hash: read.hash, op: read.op });
    this.bytes += read.bytes;
    // Verified or not, our next op sorts after it.
    this.log.witness(read.op.lamport);
    const author = read.op.envelope.actorId;
    this.fold(this.authorship.hold(read.op, read.hash), author);
    return { kind: 'held' };
  }

  /** Drops a value proven forged, so nobody downloads it again. */
  private forget(key: string, why: string): Verdict {
    const stored = this.byKey.get(key);
    if (stored) {
      this.authorship.drop(stored.hash);
      this.bytes -= jsonBytes(stored.op);
    }
    this.byKey.delete(key);
    return { kind: 'remove', why };
  }

  /** Folds ops just proven `author`'s and remembers the newest on this device. */
  private fold(ops: readonly WireOp[], author: string): boolean {
    if (ops.length === 0) return false;
    this.log.merge(ops.map(({ lamport, envelope }) => ({ lamport, envelope })));
    const newest = ops[0]!;
    const stored = this.byKey.get(OP_PREFIX + newest.envelope.id);
    if (stored) this.memory.remember(author, stored.hash);
    return true;
  }
}
