export type TimerState = 'off' | 'running' | 'paused' | 'finished';

export interface TimerSnapshot {
  state: TimerState;
  /** The duration the timer was started with; 0 when off. */
  durationMs: number;
  /** What is left; 0 when off or finished. */
  remainingMs: number;
}

/**
 * A countdown everyone in the session sees, off until the coach starts one.
 * It only shows time: nothing in the session waits for it or is blocked by it.
 * Only the coach may change it; for anyone else the changing calls do nothing.
 */
export interface SharedTimer {
  /** Stable between changes, as useSyncExternalStore requires. */
  getSnapshot(): TimerSnapshot;
  subscribe(listener: () => void): () => void;
  start(durationMs: number): void;
  pause(): void;
  resume(): void;
  /** Turns the timer off for everyone. */
  stop(): void;
}
