import { useLayoutEffect, useRef, useState, type RefObject } from 'react';

/**
 * How the stage names fit their columns: whole in their own type; in a
 * smaller type; or wrapped (hyphenated where the language allows). English
 * names fit whole at 280 px; German and pseudo-localised ones may not.
 */
export type NameFit = 'whole' | 'small' | 'wrap';

const NEXT: Readonly<Record<NameFit, NameFit | null>> = { whole: 'small', small: 'wrap', wrap: null };

/** Whether any stage name (or time spent) in the list is wider than its column. */
function overflows(list: HTMLElement): boolean {
  return [...list.querySelectorAll<HTMLElement>('[data-stage-fit]')].some((text) => text.scrollWidth > text.clientWidth + 1);
}

/**
 * Steps the names down (whole → small → wrap) until none is cut, measured
 * after layout so no cut name is ever painted; starts over when the labels
 * change (another language) or the panel is resized.
 */
export function useNameFit(labels: string): { listRef: RefObject<HTMLOListElement>; fit: NameFit } {
  const listRef = useRef<HTMLOListElement>(null);
  // Other labels (another language) start over from whole names.
  const [state, setState] = useState<{ labels: string; fit: NameFit; width: number }>({ labels, fit: 'whole', width: 0 });
  const fit = state.labels === labels ? state.fit : 'whole';

  useLayoutEffect(() => {
    const list = listRef.current;
    const next = NEXT[fit];
    if (list && next && overflows(list)) setState({ labels, fit: next, width: list.clientWidth });
  }, [labels, fit, state.width]);

  useLayoutEffect(() => {
    const list = listRef.current;
    if (!list || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(() => {
      // A new width: whole names again, then down as far as they need.
      setState((s) => (s.width === list.clientWidth ? s : { ...s, fit: 'whole', width: list.clientWidth }));
    });
    observer.observe(list);
    return () => observer.disconnect();
  }, []);

  return { listRef, fit };
}
