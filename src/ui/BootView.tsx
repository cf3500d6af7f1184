import { startTransition, useEffect, useSyncExternalStore, type ReactElement } from 'react';

/** A value that says when it changes (the entries' start-up state, a base StatusCell). */
export interface Watched<S> {
  get(): S;
  subscribe(listener: () => void): () => void;
}

export interface BootViewProps<S> {
  state: Watched<S>;
  view(state: S): ReactElement;
  /** Told once the page is first on screen. */
  onDrawn?(): void;
}

/** A page rendered from its start-up state, again whenever that state changes. */
export function BootView<S>({ state, view, onDrawn }: BootViewProps<S>) {
  useEffect(() => onDrawn?.(), [onDrawn]);
  return view(useSyncExternalStore(state.subscribe, state.get));
}

/** Runs `render` (a root's render) as a transition: React then draws in slices, letting other work in between. */
export const renderInSlices = (render: () => void): void => startTransition(render);
