import { createStatusCell } from '../base';

/**
 * A page's start-up state, which its boot view watches, and the one way to
 * change it: a patch. Without React, so a page can keep it before its view
 * has loaded (My coaching).
 */
export interface BootState<S> {
  get(): S;
  subscribe(listener: () => void): () => void;
  update(patch: Partial<S>): void;
}

export function createBootState<S>(initial: S): BootState<S> {
  const cell = createStatusCell(initial);
  return { get: cell.get, subscribe: cell.subscribe, update: (patch) => cell.set({ ...cell.get(), ...patch }) };
}
