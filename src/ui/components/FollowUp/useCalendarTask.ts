import { useCallback, useRef, useState } from 'react';
import type { CalendarGateway, GraphFailure, GraphOutcome } from '../../../ports';
import type { CalendarAccess } from '../../../ports';
import { useWords } from '../../words';

export type CalendarTask<T> = (gateway: CalendarGateway) => Promise<GraphOutcome<T>>;

export interface CalendarTaskState {
  pending: boolean;
  failure: GraphFailure | null;
  /** Runs a task; resolves to its value, or undefined after a failure (then shown in `failure`). */
  run<T>(task: CalendarTask<T>): Promise<T | undefined>;
  /** Runs the last failed task again. */
  retry(): void;
  /** Shows a failure that came out of another task (a part of a batch). */
  show(failure: GraphFailure): void;
}

/**
 * One calendar action at a time, with its failure kept for a "Try again".
 * Running while one is pending does nothing: a double click sends one request.
 * A task does its own follow-up work (recording the result in the session),
 * so "Try again" repeats all of it.
 */
export function useCalendarTask(access: CalendarAccess | undefined): CalendarTaskState {
  const words = useWords();
  const [pending, setPending] = useState(false);
  const [failure, setFailure] = useState<GraphFailure | null>(null);
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
        const detail = error instanceof Error ? error.message : '';
        const message = detail ? words.t('panel.calendar.couldNotOpenWith', { detail }) : words.t('panel.calendar.couldNotOpen');
        setFailure({ kind: 'unknown', message, retryable: true });
        return undefined;
      } finally {
        busy.current = false;
        setPending(false);
      }
    },
    [access, words],
  );

  const retry = useCallback(() => {
    if (last.current) void run(last.current);
  }, [run]);
  return { pending, failure, run, retry, show: setFailure };
}
