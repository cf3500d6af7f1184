/** Timers, injected so tests move time themselves. */
export interface JobTimers {
  setTimeout(run: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export interface BackgroundJobOptions {
  /** One run of the work. Never two at once; a rejection is the caller's to catch inside. */
  run(): Promise<void>;
  timers: JobTimers;
  /** Asked after a run that had a request during it: whether one more run is still needed. @default always */
  runAgain?(): boolean;
}

/**
 * Work done in the background for a panel (saving a copy, syncing tasks):
 * debounced while changes come, at once when asked, never two runs at once;
 * a request during a run makes one more run after it.
 */
export interface BackgroundJob {
  /** Runs once `ms` pass without another request (each call starts the wait again). */
  schedule(ms: number): void;
  /** Runs now, or once more right after the run in flight. */
  runNow(): void;
  /** A run is in flight or waiting. */
  readonly busy: boolean;
  readonly disposed: boolean;
  /** No run starts after this; one in flight finishes unheard. */
  dispose(): void;
}

export function createBackgroundJob({ run, timers, runAgain = () => true }: BackgroundJobOptions): BackgroundJob {
  let timer: unknown = null;
  let running = false;
  let again = false;
  let disposed = false;

  const cancelTimer = () => {
    if (timer !== null) timers.clearTimeout(timer);
    timer = null;
  };
  const start = () => {
    cancelTimer();
    if (disposed) return;
    if (running) {
      again = true;
      return;
    }
    running = true;
    // The work catches its own failures; a stray rejection must not stop the job.
    void run()
      .catch(() => undefined)
      .finally(() => {
        running = false;
        if (disposed || !again) return;
        again = false;
        if (runAgain()) start();
      });
  };

  return {
    schedule(ms) {
      if (disposed) return;
      cancelTimer();
      timer = timers.setTimeout(() => {
        timer = null;
        start();
      }, ms);
    },
    runNow: start,
    get busy() {
      return running || timer !== null;
    },
    get disposed() {
      return disposed;
    },
    dispose() {
      disposed = true;
      cancelTimer();
    },
  };
}
