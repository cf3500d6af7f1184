import type { Clock, SessionStore } from '../ports';
import { LogSessionStore, type Self } from './logSessionStore';
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
  const refreshAll = () => stores.forEach((store) => store.refresh());

  return {
    connect(self) {
      const store = new LogSessionStore(log, self, clock, refreshAll);
      stores.add(store);
      const joined = store.joinIfNeeded();
      if (!joined.ok) throw new Error(`Could not join the session: ${joined.reason}`);
      const close = store.close.bind(store);
      store.close = () => {
        stores.delete(store);
        close();
      };
      return store;
    },
  };
}
