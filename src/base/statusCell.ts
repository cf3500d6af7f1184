import { createListeners } from './listeners';

/** A value the UI reads and watches (useSyncExternalStore): `set` tells every listener. */
export interface StatusCell<S> {
  get(): S;
  set(next: S): void;
  subscribe(listener: () => void): () => void;
  /** Drops every listener (on dispose). */
  clear(): void;
}

export function createStatusCell<S>(initial: S): StatusCell<S> {
  let status = initial;
  const listeners = createListeners();
  return {
    get: () => status,
    set: (next) => {
      status = next;
      listeners.notify();
    },
    subscribe: listeners.subscribe,
    clear: listeners.clear,
  };
}
