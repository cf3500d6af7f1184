import { createRoot, type Root } from 'react-dom/client';
import { BootView, renderInSlices, type BootViewProps, type Watched } from '../ui';
import { createBootState } from './bootState';

/** A page's start-up state, and the one way to change it: the page re-renders by itself. */
export interface Boot<S> {
  get(): S;
  update(patch: Partial<S>): void;
  /** For failStart: the root to take down when the start fails. */
  root: Root;
}

/**
 * Draws a page from start-up state kept without React (a BootState), for a
 * page whose host covers it until it is ready (Teams' loading indicator), so
 * that its first requests go out before React and Fluent take the main
 * thread. Drawn in slices that let the page's own start-up (its host's and
 * sign-in's answers) in between; `drawn` settles once it is first on screen.
 */
export function drawBoot<S>(
  container: HTMLElement,
  state: Watched<S>,
  view: BootViewProps<S>['view'],
): { root: Root; drawn: Promise<void> } {
  const root = createRoot(container);
  const drawn = new Promise<void>((resolve) => {
    renderInSlices(() => root.render(<BootView state={state} view={view} onDrawn={resolve} />));
  });
  return { root, drawn };
}

/**
 * Mounts a page: `view` renders it from its start-up state, which the
 * entry's start-up code fills in as hosts, stores and Graph arrive
 * (update), instead of module-level variables and manual re-renders.
 */
export function mountBoot<S>(container: HTMLElement, initial: S, view: BootViewProps<S>['view']): Boot<S> {
  const state = createBootState(initial);
  const root = createRoot(container);
  root.render(<BootView state={state} view={view} />);
  return { get: state.get, update: state.update, root };
}
