import { useEffect, useId, useRef } from 'react';
import { SIM_LOCALE } from './simLocale';
import { Button, Text } from '@fluentui/react-components';
import type { ThemeName } from '../ports';
import type { SimPerson } from './host';
import type { SimulatedOfficeHost } from './office';
import type { CalendarEntry } from './sandboxCalendar';
import { useSimulatorStyles } from './useSimulatorStyles.styles';

/** The task pane's page with the simulator's Office.js in place of Microsoft's. */
export const OFFICE_SIM_TASKPANE_URL = 'office-sim-taskpane.html';

export interface OutlookPaneProps {
  officeHost: SimulatedOfficeHost;
  person: SimPerson;
  /** The meeting open in this person's Outlook. */
  event: CalendarEntry;
  theme: ThemeName;
  onClose(): void;
}

/**
 * One person's Outlook with a meeting open and Stagecoach's "Coaching plan"
 * task pane beside it: the organizer's form for their own meetings, the
 * attendee's (read) form otherwise, as Outlook opens them.
 */
export function OutlookPane({ officeHost, person, event, theme, onClose }: OutlookPaneProps) {
  const styles = useSimulatorStyles();
  const headingId = useId();
  const ref = useRef<HTMLIFrameElement>(null);
  const mode = event.response === 'Organizer' ? 'organizer' : 'read';
  // Outlook tells the add-in light or dark; high contrast shows as light.
  const officeTheme = theme === 'dark' ? 'dark' : 'default';

  useEffect(() => {
    const target = ref.current?.contentWindow;
    if (!target) return;
    return officeHost.register(target, { person, restId: event.id, mode, theme: officeTheme, locale: SIM_LOCALE });
  }, [officeHost, person, event.id, mode, officeTheme]);

  const label = `Outlook — ${event.subject}, as ${person.displayName}`;
  return (
    <section className={styles.calendar} aria-labelledby={headingId}>
      <div className={styles.paneBar}>
        <Text as="h3" id={headingId} weight="semibold" size={300} className={styles.paneHeading}>
          {label}
        </Text>
        <Button size="small" onClick={onClose}>
          Close
        </Button>
      </div>
      <Text as="p" size={200} className={styles.status}>
        {mode === 'organizer' ? 'Organizer’s form' : 'Attendee’s form'} · Coaching plan
      </Text>
      {/* Keyed by event and mode by the parent: another meeting is another task pane. The pane reads
          Outlook's theme when it opens, so another theme opens it again, as reopening it in Outlook would. */}
      <iframe
        key={officeTheme}
        ref={ref}
        className={styles.taskPaneFrame}
        src={OFFICE_SIM_TASKPANE_URL}
        title={`Stagecoach coaching plan in ${label}`}
      />
    </section>
  );
}
