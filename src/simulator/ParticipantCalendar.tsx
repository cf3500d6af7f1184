import { useId } from 'react';
import { Button, Text } from '@fluentui/react-components';
import { EntryLinks } from './EntryLinks';
import type { SimPerson } from './host';
import type { CalendarEntry, LoadCalendar } from './sandboxCalendar';
import { PolledListStatus } from './PolledListStatus';
import { usePolledList } from './usePolledList';
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

/** How an entry of a recurring series is marked, as Outlook marks it; nothing for an event on its own. */
export const seriesMark = (e: CalendarEntry): string =>
  e.type === 'occurrence' || e.type === 'seriesMaster' ? ' · Recurring' : e.type === 'exception' ? ' · Recurring, changed' : '';

const entryId = (e: CalendarEntry) => e.id;
/** What an answer may change in an event already listed: its time, its subject, the person's response. */
const entryState = (e: CalendarEntry) => JSON.stringify([e.start, e.subject, e.response, e.type]);

export interface ParticipantCalendarProps {
  person: SimPerson;
  load: LoadCalendar;
  pollMs?: number;
  /** Offers "Open in Outlook" on each event (the simulator's Outlook). */
  onOpenInOutlook?: (entry: CalendarEntry) => void;
}

/**
 * A person's calendar as Microsoft Graph (the local sandbox) lists it over the
 * coming weeks, each occurrence of a series on its own and marked, so a
 * follow-up is seen landing.
 */
export function ParticipantCalendar({ person, load, pollMs = CALENDAR_POLL_MS, onOpenInOutlook }: ParticipantCalendarProps) {
  const styles = useSimulatorStyles();
  const headingId = useId();
  const { state, news } = usePolledList(person.userId, load, pollMs, entryId, entryState);
  const name = `${person.displayName}’s calendar`;

  return (
    <section className={styles.calendar} aria-labelledby={headingId}>
      <Text as="h3" id={headingId} weight="semibold" size={300} className={styles.paneHeading}>
        {name}
      </Text>
      <PolledListStatus state={state} source="Calendar" empty="No events yet" />
      {state.kind === 'ready' && state.items.length > 0 && (
        <ul className={styles.calendarList}>
          {state.items.map((e) => (
            <li key={e.id} className={styles.calendarEntry}>
              <Text weight="semibold" size={200} className={styles.calendarSubject}>
                {e.subject}
              </Text>
              <Text size={200} className={styles.status}>
                {e.start === null ? formatStart(null) : <time dateTime={new Date(e.start).toISOString()}>{formatStart(e.start)}</time>}
                {' · '}
                {e.response}
                {seriesMark(e)}
              </Text>
              <EntryLinks links={e.links} person={person} />
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
      {/*
        Present from the start, so a screen reader announces what is added or changed later.
        It holds the latest news only, so an answer given since never reads as still pending.
      */}
      <div aria-live="polite" className={styles.visuallyHidden}>
        {[
          ...news.added.map((e) => `New on ${name}: ${e.subject}, ${formatStart(e.start)}, ${e.response}${seriesMark(e)}.`),
          ...news.changed.map((e) => `Changed on ${name}: ${e.subject}, ${formatStart(e.start)}, now ${e.response}.`),
        ].join(' ')}
      </div>
    </section>
  );
}
