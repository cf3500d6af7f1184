import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { messageOf } from '../base';

export type PolledList<T> = { kind: 'loading' } | { kind: 'ready'; items: T[] } | { kind: 'error'; message: string };

/** What changed in a polled list at its latest answer that changed anything (none before). */
export interface PolledNews<T> {
  /** Items that appeared. */
  added: T[];
  /** Items already there whose state (`stateOf`) changed. */
  changed: T[];
}

const NO_NEWS: PolledNews<never> = { added: [], changed: [] };

/**
 * `load(userId)` now and every `pollMs` after the last answer, never two at
 * once. `news` is what the last answer that changed anything added and
 * changed (nothing on the first), for a live region: it always names the
 * items' latest state. `key` names an item across answers; `stateOf` (none by
 * default) is what counts as a change in an item already there.
 */
export function usePolledList<T>(
  userId: string,
  load: (userId: string) => Promise<T[]>,
  pollMs: number,
  key: (item: T) => string,
  stateOf: (item: T) => string = () => '',
) {
  const [state, setState] = useState<PolledList<T>>({ kind: 'loading' });
  const [news, setNews] = useState<PolledNews<T>>(NO_NEWS);
  const seen = useRef<Map<string, string> | null>(null);
  const keyOf = useRef(key);
  const stateOfItem = useRef(stateOf);
  useLayoutEffect(() => {
    keyOf.current = key;
    stateOfItem.current = stateOf;
  });

  useEffect(() => {
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const poll = async () => {
      try {
        const items = await load(userId);
        if (stopped) return;
        const before = seen.current;
        seen.current = new Map(items.map((i) => [keyOf.current(i), stateOfItem.current(i)]));
        if (before) {
          const added = items.filter((i) => !before.has(keyOf.current(i)));
          const changed = items.filter((i) => {
            const was = before.get(keyOf.current(i));
            return was !== undefined && was !== stateOfItem.current(i);
          });
          if (added.length || changed.length) setNews({ added, changed });
        }
        setState({ kind: 'ready', items });
      } catch (error) {
        if (stopped) return;
        setState({ kind: 'error', message: messageOf(error) });
      }
      timer = setTimeout(() => void poll(), pollMs);
    };
    void poll();
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [userId, load, pollMs]);

  return { state, news };
}
