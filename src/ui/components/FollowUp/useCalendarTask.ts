import { useCallback, useRef, useState } from 'react';
import type { CalendarGateway, Failure, GraphOutcome } from '../../../ports';
import type { CalendarAccess } from '../../../ports';
import { messageOf } from '../../../base';

export type CalendarTask<T> = (gateway: CalendarGateway) => Promise<GraphOutcome<T>>;

export interface CalendarTaskState {
  pending: boolean;
  failure: Failure | null;
  /** Runs a task; resolves to its value, or undefined after a failure (then shown in `failure`). */
  run<T>(task: CalendarTask<T>): Promise<T | undefined>;
  /** Runs the last failed task again. */
  retry(): void;
  /** Shows a failure that came out of another task (a part of a batch). */
  show(failure: Failure): void;
}

/**
 * One calendar action at a time, with its failure kept for a "Try again".
 * Running while one is pending does nothing: a double click sends one request.
 * A task does its own follow-up work (recording the result in the session),
 * so "Try again" repeats all of it.
 */
export function useCalendarTask(access: CalendarAccess | undefined): CalendarTaskState {
  const [pending, setPending] = useState(false);
  const [failure, setFailure] = useState<Failure | null>(null);
  const busy = useRef(false);
  const last = useRef<CalendarTask<unknown> | null>(null);

  const run = useCallback(
    async <T>(task: CalendarTask<T>): Promise<T | undefined> => {
      if (!access || busy.current) return undefined;
      busy.current = true;
      last.current = task as CalendarTask<unknown>;
      setPending(true);
      setFailure(null);
      try {
        const outcome = await task(await access.gateway());
        if (!outcome.ok) {
          setFailure(outcome.failure);
          return undefined;
        }
        return outcome.value;
      } catch (error) {
        // The calendar code itself did not load or sign-in is not set up.
        setFailure({ kind: 'unavailable', what: 'calendar', retryable: true, detail: messageOf(error) });
        return undefined;
      } finally {
        busy.current = false;
        setPending(false);
      }
    },
    [access],
  );

  const retry = useCallback(() => {
    if (last.current) void run(last.current);
  }, [run]);
  return { pending, failure, run, retry, show: setFailure };
}
