import { useEffect, useLayoutEffect, useRef, useState } from 'react';

export type PolledList<T> = { kind: 'loading' } | { kind: 'ready'; items: T[] } | { kind: 'error'; message: string };

/**
 * `load(userId)` now and every `pollMs` after the last answer, never two at
 * once. `fresh` are the items that appeared since the previous answer (none
 * on the first), for a live region; `key` names an item across answers.
 */
export function usePolledList<T>(userId: string, load: (userId: string) => Promise<T[]>, pollMs: number, key: (item: T) => string) {
  const [state, setState] = useState<PolledList<T>>({ kind: 'loading' });
  const [fresh, setFresh] = useState<T[]>([]);
  const seen = useRef<Set<string> | null>(null);
  const keyOf = useRef(key);
  useLayoutEffect(() => {
    keyOf.current = key;
  });

  useEffect(() => {
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const poll = async () => {
      try {
        const items = await load(userId);
        if (stopped) return;
        const before = seen.current;
        seen.current = new Set(items.map((i) => keyOf.current(i)));
        const added = before ? items.filter((i) => !before.has(keyOf.current(i))) : [];
        if (added.length) setFresh(added);
        setState({ kind: 'ready', items });
      } catch (error) {
        if (stopped) return;
        setState({ kind: 'error', message: error instanceof Error ? error.message : String(error) });
      }
      timer = setTimeout(() => void poll(), pollMs);
    };
    void poll();
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [userId, load, pollMs]);

  return { state, fresh };
}
