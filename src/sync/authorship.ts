import type { WireOp } from './wireOp';

/** How many hashes a pending vouch or a remembered author may hold: a hostile peer cannot fill memory. */
const MAX_PENDING = 1_000;

/**
 * Which stored ops are proven to be their author's (docs/live-sync.md).
 *
 * Each client chains its own ops: every op names the hash of the op its
 * user made before. Nobody else can extend that chain undetected, since the
 * hash covers the content. An op is verified once a hash its author vouched
 * for reaches it through `prev` links: the author's own live op (its sender
 * checked by the host), the author's attestation over the live channel, or
 * this device's memory of what it verified earlier. Anything else in the
 * container, however well-formed, stays unverified and is never folded.
 *
 * Each op is verified at most once and a walk stops at the first verified
 * op, so the whole log costs linear time.
 */
export class Authorship {
  private readonly held = new Map<string, WireOp>();
  private readonly verified = new Set<string>();
  /** Hashes their author vouched for before the op itself arrived: hash → author. */
  private readonly pending = new Map<string, string>();

  /** Whether an op with this hash is held (verified or not). */
  has(hash: string): boolean {
    return this.held.has(hash);
  }

  isVerified(hash: string): boolean {
    return this.verified.has(hash);
  }

  /** Ops held but not (yet) proven to be their author's. */
  get unverifiedCount(): number {
    return this.held.size - this.verified.size;
  }

  /** The claimed authors of the ops still unverified, for the panel to name. */
  unverifiedAuthors(): string[] {
    // The usual case, asked after every op: nothing waits, nothing to walk.
    if (this.unverifiedCount === 0) return [];
    const authors = new Set<string>();
    for (const [hash, op] of this.held) if (!this.verified.has(hash)) authors.add(op.envelope.actorId);
    return [...authors].sort();
  }

  /**
   * Holds an op read from the container, unverified. Returns the ops this
   * verifies at once (its author vouched for its hash before it arrived).
   */
  hold(op: WireOp, hash: string): WireOp[] {
    if (this.held.has(hash)) return [];
    this.held.set(hash, op);
    const author = this.pending.get(hash);
    if (author === undefined) return [];
    this.pending.delete(hash);
    return this.vouch(hash, author);
  }

  /** Forgets an unverified op proven bad (forged by its live sender). */
  drop(hash: string): void {
    if (!this.verified.has(hash)) this.held.delete(hash);
  }

  /**
   * `author` vouches for `hash` (an op of theirs, and so every op before it in
   * their chain). Returns the ops newly verified, newest first. A chain never
   * crosses authors: an op claiming another author ends the walk.
   */
  vouch(hash: string, author: string): WireOp[] {
    const found: WireOp[] = [];
    let next: string | null = hash;
    while (next !== null && !this.verified.has(next)) {
      const op = this.held.get(next);
      if (!op) {
        // Not here yet (or lost): verified when it arrives.
        if (this.pending.size < MAX_PENDING) this.pending.set(next, author);
        break;
      }
      if (op.envelope.actorId !== author) break;
      this.verified.add(next);
      found.push(op);
      next = op.prev;
    }
    return found;
  }
}
