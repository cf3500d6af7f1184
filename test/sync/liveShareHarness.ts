import { InsecureTokenProvider } from '@fluidframework/test-client-utils';
import { LiveEvent, LivePresence, LiveShareClient, LiveTimer, TestLiveShareHost } from '@microsoft/live-share';
import { SharedMap } from 'fluid-framework';
import type { SessionState } from '../../src/domain';
import type { SessionStore, SharedTimer, StoreSnapshot, TimerSnapshot } from '../../src/ports';

// Waits and hostile clients for the Live Share tests against a real tinylicious.
// No timing: every wait is "until it shows" (jest's timeout is the only clock).

/** Resolves once `check` holds for what `subscribe`'s source shows. */
function until<T>(read: () => T, subscribe: (listener: () => void) => () => void, check: (value: T) => boolean): Promise<T> {
  return new Promise((resolve) => {
    let unsubscribe = () => {};
    let done = false;
    const test = () => {
      const value = read();
      if (!done && check(value)) {
        done = true;
        unsubscribe();
        resolve(value);
      }
    };
    unsubscribe = subscribe(test);
    test();
  });
}

/** Resolves once the store's session satisfies `check` (sync is asynchronous). */
export const untilSession = (store: SessionStore, check: (s: SessionState) => boolean): Promise<SessionState> =>
  until(
    () => store.getSnapshot().session,
    (l) => store.subscribe(l),
    (s) => s !== null && check(s),
  ) as Promise<SessionState>;

export const untilSnapshot = (store: SessionStore, check: (s: StoreSnapshot) => boolean): Promise<StoreSnapshot> =>
  until(
    () => store.getSnapshot(),
    (l) => store.subscribe(l),
    check,
  );

export const untilTimer = (timer: SharedTimer, check: (s: TimerSnapshot) => boolean): Promise<TimerSnapshot> =>
  until(
    () => timer.getSnapshot(),
    (l) => timer.subscribe(l),
    check,
  );

/** Resolves once `check` holds for the map. */
export const untilMap = (map: SharedMap, check: (map: SharedMap) => boolean): Promise<SharedMap> =>
  until(
    () => map,
    (l) => {
      map.on('valueChanged', l);
      return () => map.off('valueChanged', l);
    },
    check,
  );

export interface RawClient {
  map: SharedMap;
  timer: LiveTimer;
  /** Resolves once the server has everything this client wrote. */
  sent(): Promise<void>;
  dispose(): void;
}

/** A client that writes straight into the session's container, as a hostile peer could: any token it likes. */
export async function rawClient(endpoint: string, containerId: string, userId: string): Promise<RawClient> {
  const host = TestLiveShareHost.create(
    () => containerId,
    () => undefined,
  );
  const client = new LiveShareClient(host, {
    connection: { type: 'local', endpoint, tokenProvider: new InsecureTokenProvider('', { id: userId, name: userId } as { id: string }) },
  });
  const { container } = await client.joinContainer({
    initialObjects: { ops: SharedMap, presence: LivePresence, timer: LiveTimer, attest: LiveEvent },
  });
  // Looked at again every 50 ms as well as on the container's events: 'saved' may pass before anyone listens.
  const sent = () =>
    new Promise<void>((resolve) => {
      const check = () => {
        if (container.connectionState !== 2 || container.isDirty) return false;
        clearInterval(poll);
        resolve();
        return true;
      };
      const poll = setInterval(check, 50);
      if (check()) return;
      container.on('saved', check);
      container.on('connected', check);
    });
  return {
    map: container.initialObjects.ops as SharedMap,
    timer: container.initialObjects.timer as LiveTimer,
    sent,
    dispose: () => container.dispose(),
  };
}

/** An in-memory Storage: one device's localStorage, kept over a panel's reload. */
export function deviceStore(): Pick<Storage, 'getItem' | 'setItem'> {
  const items = new Map<string, string>();
  return { getItem: (key) => items.get(key) ?? null, setItem: (key, value) => void items.set(key, value) };
}
