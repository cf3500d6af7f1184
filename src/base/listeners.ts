/** A set of listeners to tell of a change: the subscribe/notify pair every store and cell repeats. */
export interface Listeners {
  /** Adds a listener; returns the way to remove it. */
  subscribe(listener: () => void): () => void;
  /** Tells every listener, each once, even if one unsubscribes another meanwhile. */
  notify(): void;
  /** Drops every listener (on dispose). */
  clear(): void;
  readonly size: number;
}

export function createListeners(): Listeners {
  const listeners = new Set<() => void>();
  return {
    subscribe(listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    notify() {
      for (const listener of [...listeners]) listener();
    },
    clear: () => listeners.clear(),
    get size() {
      return listeners.size;
    },
  };
}
