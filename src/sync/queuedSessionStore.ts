import {
  applyCommand,
  createSession,
  parseEnvelope,
  reject,
  type ArchiveSource,
  type Command,
  type EpochMs,
  type SessionState,
} from '../domain';
import { createListeners, createStatusCell, type StatusCell } from '../base';
import type {
  Clock,
  DispatchResult,
  PendingChanges,
  PendingChangesStatus,
  RefusedChange,
  Self,
  SessionStore,
  SharedTimer,
  StoreSnapshot,
} from '../ports';

/** Far more than anyone makes while a panel connects; a bound, so a stuck connection cannot grow the queue without end. */
export const MAX_QUEUED = 500;

export interface QueuedStoreOptions {
  sessionId: string;
  organizerId: string | null;
  self: Self;
  clock: Clock;
  /**
   * This meeting's last known state on this device, already read back and
   * checked (readDeviceCopy), with when it was kept; null for a meeting this
   * device has never seen: the panel then starts from a fresh session in Open.
   */
  deviceCopy: { state: SessionState; savedAt: EpochMs } | null;
  /** @default MAX_QUEUED */
  maxQueued?: number;
}

/**
 * The session store a side panel paints with before Live Share connects:
 * this device's copy of the session (or a fresh one) and a queue. A change is
 * checked by the domain against that copy at once, so forms show their field
 * errors as always, then kept; once the live store is handed over, the same
 * commands (not their envelopes: the live store stamps its own) are
 * dispatched to it in order, and whatever it refuses is reported through
 * `pending`, never dropped in silence. From then on this store is only a
 * window onto the live one, so the UI keeps one store from first paint on.
 */
export class QueuedSessionStore implements SessionStore {
  private state: SessionState;
  private snapshot: StoreSnapshot;
  private readonly queue: Command[] = [];
  private readonly listeners = createListeners();
  private live: SessionStore | null = null;
  private unsubscribeLive: (() => void) | null = null;
  private retryConnect: (() => void) | null = null;
  private readonly status: StatusCell<PendingChangesStatus>;
  private readonly maxQueued: number;
  private readonly from: 'device' | 'fresh';
  private readonly savedAt: EpochMs | null;
  private organizerAway = false;
  /** What the panel shows of the changes made while connecting. */
  readonly pending: PendingChanges;

  constructor(private readonly options: QueuedStoreOptions) {
    const { deviceCopy, sessionId, organizerId, clock } = options;
    this.from = deviceCopy ? 'device' : 'fresh';
    this.savedAt = deviceCopy?.savedAt ?? null;
    this.maxQueued = options.maxQueued ?? MAX_QUEUED;
    this.state = deviceCopy?.state ?? createSession({ sessionId, organizerId, at: clock.now() });
    this.joinLocally();
    this.snapshot = { session: this.state, status: 'connecting', present: [] };
    this.status = createStatusCell<PendingChangesStatus>(this.connectingStatus());
    this.pending = {
      getStatus: () => this.status.get(),
      subscribe: (listener) => this.status.subscribe(listener),
      retry: () => this.retry(),
      dismissRefused: () => {
        const status = this.status.get();
        if (status.kind === 'connected' && status.refused.length > 0) this.status.set({ kind: 'connected', refused: [] });
      },
    };
  }

  getSnapshot = (): StoreSnapshot => (this.live ? this.live.getSnapshot() : this.snapshot);

  subscribe = (listener: () => void): (() => void) => {
    return this.listeners.subscribe(listener);
  };

  dispatch = (command: Command): DispatchResult => {
    if (this.live) return this.live.dispatch(command);
    if (this.queue.length >= this.maxQueued) {
      return reject('limit', { key: 'tooManyWaiting' });
    }
    const applied = this.applyLocally(command);
    if (!applied.ok) return applied;
    this.queue.push(command);
    this.state = applied.state;
    this.snapshot = { ...this.snapshot, session: applied.state };
    this.status.set(this.waitingStatus());
    this.emit();
    return { ok: true };
  };

  /** The live store's timer, once there is one. */
  get timer(): SharedTimer | undefined {
    return this.live?.timer;
  }

  /** The live store's word on who this is, once connected; the context's until then. */
  get userId(): string {
    return (this.live as { userId?: string } | null)?.userId ?? this.options.self.userId;
  }

  /** The live log, once connected: the device copy is never archived as if it were the session. */
  archiveSource = (): ArchiveSource | null => this.live?.archiveSource?.() ?? null;

  /** Whether the live store has taken over. */
  get connected(): boolean {
    return this.live !== null;
  }

  /**
   * Hands over to the live store: the queued commands go to it in order, its
   * refusals are reported, and from now on it is what this store shows.
   * Returns the refusals.
   */
  handOver(live: SessionStore): readonly RefusedChange[] {
    if (this.live) throw new Error('The session store was already handed over.');
    const refused: RefusedChange[] = [];
    for (const command of this.queue.splice(0)) {
      let result: DispatchResult;
      try {
        result = live.dispatch(command);
      } catch (error) {
        result = reject('invalid', { key: 'notApplied', ...(error instanceof Error ? { detail: error.message } : {}) });
      }
      if (!result.ok) refused.push({ command, code: result.code, reason: result.reason });
    }
    this.live = live;
    this.retryConnect = null;
    // Listened to only after the replay: the panel goes from the device copy to the live session in one step.
    this.unsubscribeLive = live.subscribe(() => this.emit());
    this.status.set({ kind: 'connected', refused });
    this.emit();
    return refused;
  }

  /** The live session waits for the meeting's organizer to open it: the panel says so, and changes still queue. */
  waitingForOrganizer(): void {
    if (this.live || this.organizerAway) return;
    this.organizerAway = true;
    const status = this.status.get();
    if (status.kind === 'connecting') this.status.set(this.connectingStatus());
  }

  /**
   * The live session could not be reached: the device copy stays on screen,
   * the queue waits, and "Try again" calls `retry` (which connects again and
   * hands over, or fails again). `detail` says why, for developers.
   */
  connectionFailed(detail: string, retry: (() => void) | null): void {
    if (this.live) return;
    this.retryConnect = retry;
    this.snapshot = { ...this.snapshot, status: 'offline' };
    const failure = { kind: 'unavailable', what: 'liveShare', retryable: retry !== null, detail } as const;
    this.status.set({ kind: 'failed', failure, queued: this.queue.length });
    this.emit();
  }

  close(): void {
    this.unsubscribeLive?.();
    this.live?.close();
    this.listeners.clear();
    this.status.clear();
  }

  private retry(): void {
    const retry = this.retryConnect;
    if (!retry || this.live) return;
    this.retryConnect = null;
    this.snapshot = { ...this.snapshot, status: 'connecting' };
    this.status.set(this.waitingStatus());
    this.emit();
    retry();
  }

  private connectingStatus(): PendingChangesStatus {
    const joined = Object.hasOwn(this.state.participants, this.options.self.userId);
    const { from, savedAt, organizerAway } = this;
    return { kind: 'connecting', from, savedAt, queued: this.queue.length, joined, organizerAway };
  }

  /** Connecting, or still failed (a change made after a failure waits all the same). */
  private waitingStatus(): PendingChangesStatus {
    const status = this.status?.get();
    if (status?.kind === 'failed' && this.retryConnect) return { ...status, queued: this.queue.length };
    return this.connectingStatus();
  }

  /** The domain's verdict on `command` by this user, against the session shown. */
  private applyLocally(command: Command) {
    const { self, clock } = this.options;
    const parsed = parseEnvelope({ id: crypto.randomUUID(), actorId: self.userId, at: clock.now(), today: clock.today(), command });
    if (!parsed.ok) return parsed;
    return applyCommand(this.state, parsed.envelope);
  }

  /**
   * This user's place in the session shown, as the live store makes sure of
   * on connecting (so it is never queued): kept (with the name as the host
   * says it) when the copy has them; taken by the organizer, who coaches a
   * new session; for anyone else the live session decides, so until then
   * they follow without a role rather than with a made-up one.
   */
  private joinLocally(): void {
    const { self, organizerId } = this.options;
    const { displayName, address } = self;
    const known = this.state.participants[self.userId];
    if (known && known.displayName === displayName && (!address || known.address === address)) return;
    const organizes = organizerId !== null && organizerId.trim().toLowerCase() === self.userId.trim().toLowerCase();
    if (!known && !organizes) return;
    const joined = this.applyLocally({ type: 'join', displayName, ...(address ? { address } : {}) });
    if (joined.ok) this.state = joined.state;
  }

  private emit(): void {
    this.listeners.notify();
  }
}
