import { useCallback, useEffect, useState } from 'react';
import type { LocalDate } from '../../../domain';
import type { CalendarAccess, CalendarAttendee, Failure, NextOccurrence } from '../../../ports';
import { messageOf } from '../../../base';

/** Where the look for the pair's next 1:1 stands. */
export type OccurrenceLookup =
  /** Nothing to look for: no calendar, no coachee address, or no date yet. */
  { state: 'idle' } | { state: 'looking' } | { state: 'found'; next: NextOccurrence } | { state: 'failed'; failure: Failure };

const isDate = (date: string) => /^\d{4}-\d{2}-\d{2}$/.test(date);

/**
 * Looks on the coach's calendar for the pair's next recurring 1:1 before
 * `before`, again whenever the coachee or the date changes; an answer that
 * comes after a newer question is dropped. `retry` asks again.
 */
export function useNextOccurrence(
  access: CalendarAccess | undefined,
  attendee: CalendarAttendee | null,
  before: LocalDate,
  enabled: boolean,
): { lookup: OccurrenceLookup; retry(): void } {
  const [attempt, setAttempt] = useState(0);
  const [answer, setAnswer] = useState<{ question: string; lookup: OccurrenceLookup } | null>(null);
  const address = attendee?.address ?? null;
  const displayName = attendee?.displayName ?? '';
  const asking = enabled && access !== undefined && address !== null && isDate(before);
  // One question per coachee, date and attempt: an answer is shown only for the question it answers.
  const question = asking ? JSON.stringify([address, displayName, before, access.timeZone, attempt]) : null;

  useEffect(() => {
    if (question === null || !access || address === null) return;
    let current = true;
    const answered = (lookup: OccurrenceLookup) => current && setAnswer({ question, lookup });
    const request = { attendee: { address, displayName }, timeZone: access.timeZone, before };
    access
      .gateway()
      .then((gateway) => gateway.findNextOccurrence(request))
      .then(
        (outcome) => answered(outcome.ok ? { state: 'found', next: outcome.value } : { state: 'failed', failure: outcome.failure }),
        // The calendar code itself did not load or sign-in is not set up.
        (error: unknown) =>
          answered({ state: 'failed', failure: { kind: 'unavailable', what: 'calendar', retryable: true, detail: messageOf(error) } }),
      );
    return () => {
      current = false;
    };
  }, [question, access, address, displayName, before]);

  const lookup: OccurrenceLookup =
    question === null ? { state: 'idle' } : answer?.question === question ? answer.lookup : { state: 'looking' };
  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  return { lookup, retry };
}
