import { useCallback, useSyncExternalStore } from 'react';
import type { SharedTimer, TimerSnapshot } from '../../../ports';

/** The shared timer's snapshot as React state. */
export function useSharedTimer(timer: SharedTimer): TimerSnapshot {
  const subscribe = useCallback((listener: () => void) => timer.subscribe(listener), [timer]);
  const getSnapshot = useCallback(() => timer.getSnapshot(), [timer]);
  return useSyncExternalStore(subscribe, getSnapshot);
}

/** "7:42": minutes and seconds, whole seconds rounded up. */
export function formatRemaining(ms: number): string {
  const seconds = Math.max(0, Math.ceil(ms / 1000));
  const minutes = Math.floor(seconds / 60);
  return `${minutes}:${String(seconds % 60).padStart(2, '0')}`;
}
