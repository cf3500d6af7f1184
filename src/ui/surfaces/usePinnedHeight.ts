import { useCallback, useRef } from 'react';

/**
 * Keeps the page's scroll padding equal to the pinned bar's height, so a
 * control reached by Tab or scrolled into view stops below the bar instead
 * of under it (WCAG 2.4.11, focus not obscured). The bar's height changes
 * with the text size and the width, hence the observer.
 */
export function usePinnedHeight(): (element: HTMLElement | null) => void {
  const observer = useRef<ResizeObserver | null>(null);
  return useCallback((element: HTMLElement | null) => {
    observer.current?.disconnect();
    observer.current = null;
    const root = document.documentElement;
    if (!element) {
      root.style.removeProperty('scroll-padding-top');
      return;
    }
    const update = () => root.style.setProperty('scroll-padding-top', `${Math.ceil(element.getBoundingClientRect().height)}px`);
    update();
    // jsdom has no ResizeObserver; the padding then stays at its first measure.
    if (typeof ResizeObserver === 'undefined') return;
    observer.current = new ResizeObserver(update);
    observer.current.observe(element);
  }, []);
}
