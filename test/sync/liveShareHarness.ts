import { InsecureTokenProvider } from '@fluidframework/test-client-utils';
import { LiveEvent, LivePresence, LiveShareClient, LiveTimer, TestLiveShareHost } from '@microsoft/live-share';
import { SharedMap } from 'fluid-framework';
import type { SessionStore, SharedTimer, StoreSnapshot, TimerSnapshot } from '../../src/ports';
import { until, untilValue } from '../fixtures/waiting';

// Waits and hostile clients for the Live Share tests against a real tinylicious.
// No timing: every wait is "until it shows" (jest's timeout is the only clock).

export { untilSession } from '../fixtures/waiting';

export const untilSnapshot = (store: SessionStore, check: (s: StoreSnapshot) => boolean): Promise<StoreSnapshot> =>
  untilValue(
    () => store.getSnapshot(),
    (l) => store.subscribe(l),
    check,
  );

export const untilTimer = (timer: SharedTimer, check: (s: TimerSnapshot) => boolean): Promise<TimerSnapshot> =>
  untilValue(
    () => timer.getSnapshot(),
    (l) => timer.subscribe(l),
    check,
  );

/** Resolves once `check` holds for the map. */
export const untilMap = (map: SharedMap, check: (map: SharedMap) => boolean): Promise<SharedMap> =>
  untilValue(
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
    until(() => container.connectionState === 2 && !container.isDirty, {
      pollMs: 50,
      subscribe: (listener) => {
        container.on('saved', listener);
        container.on('connected', listener);
        return () => {
          container.off('saved', listener);
          container.off('connected', listener);
        };
      },
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
