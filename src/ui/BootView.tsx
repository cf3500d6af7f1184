import { useSyncExternalStore, type ReactElement } from 'react';

/** A value that says when it changes (the entries' start-up state, a base StatusCell). */
export interface Watched<S> {
  get(): S;
  subscribe(listener: () => void): () => void;
}

export interface BootViewProps<S> {
  state: Watched<S>;
  view(state: S): ReactElement;
}

/** A page rendered from its start-up state, again whenever that state changes. */
export function BootView<S>({ state, view }: BootViewProps<S>) {
  return view(useSyncExternalStore(state.subscribe, state.get));
}
