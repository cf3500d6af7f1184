import { useEffect, useState } from 'react';
import type { EpochMs } from '../../domain';
import { usePorts } from './PortsProvider';

/**
 * The current time from the Clock port, re-rendering every `intervalMs`.
 * The clock is read at render time, so any other re-render (a session change)
 * also sees a fresh time and a new stage never starts "in the past".
 */
export function useNow(intervalMs: number): EpochMs {
  const { clock } = usePorts();
  const [, setTick] = useState(0);
  useEffect(() => {
    const id = setInterval(() => setTick((t) => t + 1), intervalMs);
    return () => clearInterval(id);
  }, [intervalMs]);
  return clock.now();
}
