import { useEffect, useId, useRef, useState } from 'react';
import { Button, Text } from '@fluentui/react-components';
import type { SimPerson } from './host';
import type { CalendarEntry, LoadCalendar } from './sandboxCalendar';
import { useSimulatorStyles } from './useSimulatorStyles.styles';

/** How often a calendar asks the sandbox again. */
export const CALENDAR_POLL_MS = 2_000;

const startFormat = new Intl.DateTimeFormat(undefined, {
  weekday: 'short',
  day: 'numeric',
  month: 'short',
  hour: '2-digit',
  minute: '2-digit',
});

/** An entry's start in the viewer's own locale and zone. */
export const formatStart = (start: number | null): string => (start === null ? 'Time unknown' : startFormat.format(start));

type CalendarState = { kind: 'loading' } | { kind: 'ready'; entries: CalendarEntry[] } | { kind: 'error'; message: string };

/**
 * `load(userId)` now and every `pollMs` after the last answer, never two at
 * once. `fresh` are the entries that appeared since the previous answer
 * (none on the first), for the live region.
 */
function useCalendar(userId: string, load: LoadCalendar, pollMs: number) {
  const [state, setState] = useState<CalendarState>({ kind: 'loading' });
  const [fresh, setFresh] = useState<CalendarEntry[]>([]);
  const seen = useRef<Set<string> | null>(null);

  useEffect(() => {
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const poll = async () => {
      try {
        const entries = await load(userId);
        if (stopped) return;
        const before = seen.current;
        seen.current = new Set(entries.map((e) => e.id));
        const added = before ? entries.filter((e) => !before.has(e.id)) : [];
        if (added.length) setFresh(added);
        setState({ kind: 'ready', entries });
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

export interface ParticipantCalendarProps {
  person: SimPerson;
  load: LoadCalendar;
  pollMs?: number;
  /** Offers "Open in Outlook" on each event (the simulator's Outlook). */
  onOpenInOutlook?: (entry: CalendarEntry) => void;
}

/** A person's calendar as Microsoft Graph (the local sandbox) lists it, so a follow-up is seen landing. */
export function ParticipantCalendar({ person, load, pollMs = CALENDAR_POLL_MS, onOpenInOutlook }: ParticipantCalendarProps) {
  const styles = useSimulatorStyles();
  const headingId = useId();
  const { state, fresh } = useCalendar(person.userId, load, pollMs);
  const name = `${person.displayName}’s calendar`;

  return (
    <section className={styles.calendar} aria-labelledby={headingId}>
      <Text as="h3" id={headingId} weight="semibold" size={300} className={styles.paneHeading}>
        {name}
      </Text>
      {state.kind === 'loading' && (
        <Text as="p" size={200} className={styles.status}>
          Loading…
        </Text>
      )}
      {state.kind === 'error' && (
        <Text as="p" size={200} className={styles.error}>
          Calendar unavailable: {state.message}
        </Text>
      )}
      {state.kind === 'ready' && state.entries.length === 0 && (
        <Text as="p" size={200} className={styles.status}>
          No events yet
        </Text>
      )}
      {state.kind === 'ready' && state.entries.length > 0 && (
        <ul className={styles.calendarList}>
          {state.entries.map((e) => (
            <li key={e.id} className={styles.calendarEntry}>
              <Text weight="semibold" size={200} className={styles.calendarSubject}>
                {e.subject}
              </Text>
              <Text size={200} className={styles.status}>
                {e.start === null ? formatStart(null) : <time dateTime={new Date(e.start).toISOString()}>{formatStart(e.start)}</time>}
                {' · '}
                {e.response}
              </Text>
              {onOpenInOutlook && (
                <div className={styles.calendarActions}>
                  <Button size="small" aria-label={`Open ${e.subject} in Outlook`} onClick={() => onOpenInOutlook(e)}>
                    Open in Outlook
                  </Button>
                </div>
              )}
            </li>
          ))}
        </ul>
      )}
      {/* Present from the start, so a screen reader announces what is added later. */}
      <div aria-live="polite" className={styles.visuallyHidden}>
        {fresh.map((e) => `New on ${name}: ${e.subject}, ${formatStart(e.start)}, ${e.response}.`).join(' ')}
      </div>
    </section>
  );
}
