import { useCallback, useState } from 'react';
import type { DispatchResult } from '../../../ports';
import { refusalText } from '../../content/refusals';
import { useWords } from '../../words';

export interface RejectionState {
  /** The reason of the last rejection, in words, until the next success or reset. */
  error: string | null;
  /** Records a dispatch result; returns true when it succeeded. */
  check(result: DispatchResult): boolean;
  /** Shows a problem the UI found itself, already in words (no command was sent). */
  show(message: string): void;
  reset(): void;
}

/**
 * Tracks the last rejection of a control. Callers clear their inputs only
 * when `check` returns true, so typed text survives a rejection.
 */
export function useRejection(): RejectionState {
  const words = useWords();
  const [error, setError] = useState<string | null>(null);
  const check = useCallback(
    (result: DispatchResult) => {
      setError(result.ok ? null : refusalText(words, result.reason));
      return result.ok;
    },
    [words],
  );
  const reset = useCallback(() => setError(null), []);
  return { error, check, show: setError, reset };
}
