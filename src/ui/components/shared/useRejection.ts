import { useCallback, useState } from 'react';
import type { DispatchResult } from '../../../ports';

export interface RejectionState {
  /** The reason of the last rejection, until the next success or reset. */
  error: string | null;
  /** Records a dispatch result; returns true when it succeeded. */
  check(result: DispatchResult): boolean;
  reset(): void;
}

/**
 * Tracks the last rejection of a control. Callers clear their inputs only
 * when `check` returns true, so typed text survives a rejection.
 */
export function useRejection(): RejectionState {
  const [error, setError] = useState<string | null>(null);
  const check = useCallback((result: DispatchResult) => {
    setError(result.ok ? null : result.reason);
    return result.ok;
  }, []);
  const reset = useCallback(() => setError(null), []);
  return { error, check, reset };
}
