import type { Clock, SessionStore } from '../ports';
import type { Self } from '../ports';
import { LogSessionStore } from './logSessionStore';
import { SessionLog } from './sessionLog';

export interface MemoryHubOptions {
  sessionId: string;
  organizerId: string | null;
  clock: Clock;
}

export interface MemorySessionHub {
  /** A store for one user; joins the session on connect. */
  connect(self: Self): SessionStore;
}

/**
 * Several users sharing one session in one JavaScript realm: for tests,
 * the benchmark, and any surface that needs no network.
 */
export function createMemorySessionHub({ sessionId, organizerId, clock }: MemoryHubOptions): MemorySessionHub {
  const log = new SessionLog({ sessionId, organizerId, at: clock.now() });
  const stores = new Set<LogSessionStore>();
  const selves = new Map<LogSessionStore, Self>();
  const refreshAll = () => stores.forEach((store) => store.refresh());
  // Everyone connected has the panel open: presence is simply the open stores.
  const updatePresence = () => {
    const byUser = new Map([...selves.values()].map((s) => [s.userId, s]));
    const present = [...byUser.values()].sort((a, b) => a.userId.localeCompare(b.userId));
    stores.forEach((store) => store.setPresent(present));
  };

  return {
    connect(self) {
      const store = new LogSessionStore(log, self, clock, refreshAll);
      stores.add(store);
      selves.set(store, self);
      updatePresence();
      const joined = store.joinIfNeeded();
      if (!joined.ok) throw new Error(`Could not join the session: ${joined.code} (${joined.reason.key})`);
      const close = store.close.bind(store);
      store.close = () => {
        stores.delete(store);
        selves.delete(store);
        close();
        updatePresence();
      };
      return store;
    },
  };
}
