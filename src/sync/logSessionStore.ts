import { reject, type ArchiveSource, type Command } from '../domain';
import type {
  Clock,
  ConnectionStatus,
  DispatchResult,
  PresentUser,
  RecordIntegrity,
  Self,
  SessionStore,
  SharedTimer,
  StoreSnapshot,
} from '../ports';
import { exportLog, type LoggedOp, type SessionLog } from './sessionLog';
import { createListeners } from '../base';

/**
 * A SessionStore view of a SessionLog for one user. Transports (memory,
 * Live Share) feed it remote ops and receive its local ones.
 */
export class LogSessionStore implements SessionStore {
  private snapshot: StoreSnapshot;
  private readonly listeners = createListeners();
  /** Set by transports that can share one (Live Share). */
  timer?: SharedTimer;

  constructor(
    private readonly log: SessionLog,
    private readonly self: Self,
    private readonly clock: Clock,
    private readonly publish: (op: LoggedOp) => void,
    status: ConnectionStatus = 'connected',
  ) {
    this.snapshot = { session: log.state, status, present: [] };
  }

  getSnapshot = (): StoreSnapshot => this.snapshot;

  subscribe = (listener: () => void): (() => void) => {
    return this.listeners.subscribe(listener);
  };

  /** The user this store acts as. */
  get userId(): string {
    return this.self.userId;
  }

  dispatch = (command: Command): DispatchResult => {
    const blocked = this.blockedBy();
    if (blocked) return blocked;
    const result = this.log.local(command, this.self.userId, this.clock.now(), this.clock.today(), crypto.randomUUID());
    if (!result.ok) return result;
    this.publish(result.op);
    this.refresh();
    return { ok: true };
  };

  /** The log as the archive takes it: copied, so the archive never shares an object with the live log. */
  archiveSource = (): ArchiveSource => exportLog(this.log);

  /** Joins the session unless this user already has a place in it. */
  joinIfNeeded(): DispatchResult {
    const { displayName, address } = this.self;
    const known = this.log.state.participants[this.self.userId];
    if (known && known.displayName === displayName && (!address || known.address === address)) return { ok: true };
    return this.dispatch({ type: 'join', displayName, ...(address ? { address } : {}) });
  }

  /** Re-reads the log after it changed underneath (remote ops, status). */
  refresh(status: ConnectionStatus = this.snapshot.status): void {
    if (this.snapshot.session === this.log.state && this.snapshot.status === status) return;
    this.snapshot = { ...this.snapshot, session: this.log.state, status };
    this.emit();
  }

  /** Replaces what the transport knows of the record's integrity (Live Share). */
  setIntegrity(integrity: RecordIntegrity): void {
    const before = this.snapshot.integrity;
    if (before && JSON.stringify(before) === JSON.stringify(integrity)) return;
    this.snapshot = { ...this.snapshot, integrity };
    this.emit();
  }

  /** Writing stops when a newer client is in the session (folding would diverge) or the container is full. */
  private blockedBy(): DispatchResult | null {
    const integrity = this.snapshot.integrity;
    if (integrity?.newerVersion) {
      return reject('newerVersion', { key: 'newerVersion' });
    }
    if (integrity?.capacity === 'full') return reject('sessionFull', { key: 'sessionFull' });
    return null;
  }

  /** Replaces who is present (transports that can tell, like Live Share). */
  setPresent(present: readonly PresentUser[]): void {
    const before = this.snapshot.present ?? [];
    const same =
      before.length === present.length &&
      before.every((p, i) => p.userId === present[i]?.userId && p.displayName === present[i]?.displayName);
    if (same) return;
    this.snapshot = { ...this.snapshot, present };
    this.emit();
  }

  private emit(): void {
    this.listeners.notify();
  }

  close(): void {
    this.listeners.clear();
  }
}
