import { createRoot, type Root } from 'react-dom/client';
import { createStatusCell } from '../base';
import { BootView, type BootViewProps } from '../ui';

/** A page's start-up state, and the one way to change it: the page re-renders by itself. */
export interface Boot<S> {
  get(): S;
  update(patch: Partial<S>): void;
  /** For failStart: the root to take down when the start fails. */
  root: Root;
}

/**
 * Mounts a page: `view` renders it from its start-up state, which the
 * entry's start-up code fills in as hosts, stores and Graph arrive
 * (update), instead of module-level variables and manual re-renders.
 */
export function mountBoot<S>(container: HTMLElement, initial: S, view: BootViewProps<S>['view']): Boot<S> {
  const state = createStatusCell(initial);
  const root = createRoot(container);
  root.render(<BootView state={state} view={view} />);
  return {
    get: state.get,
    update: (patch) => state.set({ ...state.get(), ...patch }),
    root,
  };
}
