import { createElement, lazy, useState, type ComponentType } from 'react';

export interface PreloadableComponent<P extends object> {
  /** Renders the component, suspending only if its chunk has not arrived yet. */
  Component: ComponentType<P>;
  /** Starts loading the chunk; resolves once it is ready. Safe to call repeatedly. */
  preload(): Promise<void>;
  /** True once the chunk has arrived: the component then renders without suspending. */
  isLoaded(): boolean;
}

/**
 * React.lazy that can be fetched ahead of need. Parts of the panel that first
 * paint does not need (later stages' forms, dialogs) live in chunks of their
 * own, keeping the first-paint bundle within budget; preloading them right
 * after paint means they render at once, without a loading flash, when needed.
 */
export function lazyWithPreload<P extends object>(load: () => Promise<{ default: ComponentType<P> }>): PreloadableComponent<P> {
  let loaded: ComponentType<P> | null = null;
  let pending: Promise<void> | null = null;
  const preload = () =>
    (pending ??= load().then((module) => {
      loaded = module.default;
    }));
  // Typed as a plain component: React renders a lazy one the same way.
  const Lazy = lazy(() => preload().then(() => ({ default: loaded as ComponentType<P> }))) as unknown as ComponentType<P>;

  function Component(props: P) {
    // Chosen once per mount: switching from Lazy to the loaded type later would
    // remount the part and lose what the user was typing.
    const [Type] = useState<ComponentType<P>>(() => loaded ?? Lazy);
    return createElement(Type, props);
  }
  return { Component, preload, isLoaded: () => loaded !== null };
}
