/** A status the panel reads and watches: `set` tells every listener. */
export interface StatusCell<S> {
  get(): S;
  set(next: S): void;
  subscribe(listener: () => void): () => void;
  /** Drops every listener (on dispose). */
  clear(): void;
}

export function createStatusCell<S>(initial: S): StatusCell<S> {
  let status = initial;
  const listeners = new Set<() => void>();
  return {
    get: () => status,
    set: (next) => {
      status = next;
      for (const listener of [...listeners]) listener();
    },
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    clear: () => listeners.clear(),
  };
}
