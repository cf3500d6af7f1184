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
  /** The sequence number of the last op this client has seen. */
  lastSequenceNumber(): number;
  /** The sequence number of the snapshot this client loaded from (0: none, the ops alone). */
  loadedAt(): number;
  /**
   * Has this client, as the elected summarizer (alone in the container), write
   * a Fluid summary now, and resolves with the sequence number it covers once
   * the service has acknowledged it: whatever is in the container up to there
   * is then at rest in a snapshot that every later client loads.
   */
  summarize(): Promise<number>;
  dispose(): void;
}

/**
 * The parts of Fluid 1.x's container internals a forced summary needs: the
 * runtime's SummaryManager, whose summarizer (a second, non-interactive
 * container this client spawns once elected) takes on-demand requests. Not
 * public API; the test depends on it knowingly. (ContainerRuntime's own
 * summarizeOnDemand asserts 0x257 in an interactive client.)
 */
interface FluidInternals {
  container: {
    deltaManager: { lastSequenceNumber: number; initialSequenceNumber: number };
    _context: { runtime: { summaryManager?: { summarizer?: OnDemandSummarizer } } };
  };
}
interface SummarizeResults {
  summarySubmitted: Promise<{ success: boolean; data?: { referenceSequenceNumber: number }; error?: unknown }>;
  receivedSummaryAckOrNack: Promise<{ success: boolean; error?: unknown }>;
}
interface OnDemandSummarizer {
  /** Runs after the summary under way, if any, once the summarizer has seen `afterSequenceNumber`. */
  enqueueSummarize(options: { reason: string; afterSequenceNumber: number; override: boolean }): SummarizeResults;
  /** Set once the summarizer has started and taken requests; private in Fluid. */
  readonly runningSummarizer?: { readonly disposed: boolean };
  stop(reason: string): void;
}

/** How many summaries a busy machine may see fail (a nack, a summarizer restarting) before the test gives up. */
const SUMMARY_ATTEMPTS = 5;

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
  const inner = (container as unknown as FluidInternals).container;
  const summaryManager = () => inner._context.runtime.summaryManager;
  return {
    map: container.initialObjects.ops as SharedMap,
    timer: container.initialObjects.timer as LiveTimer,
    sent,
    lastSequenceNumber: () => inner.deltaManager.lastSequenceNumber,
    loadedAt: () => inner.deltaManager.initialSequenceNumber,
    async summarize() {
      const covering = inner.deltaManager.lastSequenceNumber;
      const problems: string[] = [];
      for (let attempt = 1; attempt <= SUMMARY_ATTEMPTS; attempt++) {
        // The summarizer runs once this client is elected and Fluid's initial delay has passed: the
        // summary manager holds it from its start, but it takes requests only once it is running.
        const running = () => summaryManager()?.summarizer?.runningSummarizer;
        await until(() => running() !== undefined && !running()!.disposed, { pollMs: 100 });
        let results;
        try {
          results = summaryManager()!.summarizer!.enqueueSummarize({
            reason: `hostile test ${attempt}`,
            afterSequenceNumber: covering,
            override: true,
          });
        } catch (error) {
          // Stopped between the look and the request: it is started again while this client stays elected.
          problems.push(String(error));
          continue;
        }
        const submitted = await results.summarySubmitted;
        const acked = submitted.success ? await results.receivedSummaryAckOrNack : null;
        if (submitted.success && submitted.data && acked?.success) return submitted.data.referenceSequenceNumber;
        problems.push(String((acked ?? submitted).error ?? 'no reason given'));
      }
      throw new Error(`The forced summary was not taken: ${problems.join('; ')}`);
    },
    dispose: () => {
      // The summarizer is a container of its own: it would outlive the test.
      summaryManager()?.summarizer?.stop('test over');
      container.dispose();
    },
  };
}

/** An in-memory Storage: one device's localStorage, kept over a panel's reload. */
export function deviceStore(): Pick<Storage, 'getItem' | 'setItem'> {
  const items = new Map<string, string>();
  return { getItem: (key) => items.get(key) ?? null, setItem: (key, value) => void items.set(key, value) };
}
