import { useCallback, useEffect, useRef, useState } from 'react';
import { createBackgroundJob, messageOf, type BackgroundJob } from '../../../base';
import type { CalendarAccess, Failure, FollowUpRequest } from '../../../ports';

const TIMERS = {
  setTimeout: (run: () => void, ms: number): unknown => setTimeout(run, ms),
  clearTimeout: (handle: unknown) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

/**
 * A change of the shared plan seen while the coach's panel is open, after the
 * follow-up is on the calendar, goes into the occurrence it rides on, in
 * place (planOnOccurrence writes nothing for an unchanged plan). The plan as
 * the panel first sees it is what the calendar already has. A follow-up that
 * is a new meeting is refused as no occurrence, once, and then left alone,
 * as is one whose time has passed. Never two writes at once.
 */
export function useOccurrencePlanSync(
  access: CalendarAccess | undefined,
  eventId: string | null,
  request: FollowUpRequest | null,
): { failure: Failure | null; retry(): void } {
  const [failure, setFailure] = useState<Failure | null>(null);
  // JSON leaves the words' functions out; everything the body says is in it.
  const key = request === null ? null : JSON.stringify(request);
  const latest = useRef({ request, eventId });
  useEffect(() => {
    latest.current = { request, eventId };
  });
  const seen = useRef<string | null>(null);
  const leftAlone = useRef(new Set<string>());

  const job = useRef<BackgroundJob | null>(null);

  // Made in an effect, not a memo: a job disposed by an effect's cleanup is never used again.
  useEffect(() => {
    const made = createBackgroundJob({
      timers: TIMERS,
      run: async () => {
        const { request: now, eventId: id } = latest.current;
        if (!access || now === null || id === null || leftAlone.current.has(id)) return;
        try {
          const outcome = await (await access.gateway()).planOnOccurrence(now, id);
          if (!outcome.ok && outcome.failure.retryable) return setFailure(outcome.failure);
          if (!outcome.ok) leftAlone.current.add(id);
          setFailure(null);
        } catch (error) {
          setFailure({ kind: 'unavailable', what: 'calendar', retryable: true, detail: messageOf(error) });
        }
      },
    });
    job.current = made;
    return () => made.dispose();
  }, [access]);

  useEffect(() => {
    if (key === null || eventId === null) {
      seen.current = null;
      return;
    }
    if (seen.current === null) seen.current = key;
    if (seen.current === key) return;
    seen.current = key;
    job.current?.runNow();
  }, [key, eventId]);

  const retry = useCallback(() => job.current?.runNow(), []);
  return { failure, retry };
}
