import { useEffect, useId, useLayoutEffect, useState } from 'react';
import { Checkbox, mergeClasses, Text } from '@fluentui/react-components';
import type { ThemeName } from '../ports';
import { AppFrame } from './AppFrame';
import { fillTheme, type FrameStatus, type SimPerson, type SimulatedTeamsHost } from './host';
import { SIM_LOCALE } from './simLocale';
import type { SimulatedOfficeHost } from './office';
import { OutlookPane } from './OutlookPane';
import { ParticipantCalendar } from './ParticipantCalendar';
import { ParticipantSignIns } from './ParticipantSignIns';
import { ParticipantTasks } from './ParticipantTasks';
import type { CalendarEntry, LoadCalendar } from './sandboxCalendar';
import type { LoadTasks } from './sandboxTasks';
import type { SignIn } from './simulatorState';
import { useSimulatorStyles } from './useSimulatorStyles.styles';

export const PART_LABELS = { coach: 'Coach', coachee: 'Coachee', observer: 'Observer' } as const;

export interface ParticipantPaneProps {
  host: SimulatedTeamsHost;
  paneId: string;
  person: SimPerson;
  /** The tab's saved content URL, `{theme}` not yet filled. */
  contentUrl: string;
  theme: ThemeName;
  status: FrameStatus | undefined;
  /** Reads a person's calendar from the local Graph sandbox. */
  loadCalendar: LoadCalendar;
  /** Reads a person's To Do from the local Graph sandbox. */
  loadTasks: LoadTasks;
  /** The tokens Teams gave this person. */
  signIns: readonly SignIn[];
  /** The simulator's Outlook, where this person can open a meeting from their calendar. */
  officeHost?: SimulatedOfficeHost;
  /** A calendar item Teams was asked to open for this person (calendar.openCalendarItem): shown in their Outlook. */
  openItem?: { itemId: string } | null;
  /** Whether the side panel starts with its Live Share held (`?holdLiveShare=`); the pane's checkbox changes it. */
  holdLiveShare?: boolean;
}

/** One attendee's Teams window, reduced to the side panel Teams would show them, and their calendar (with their Outlook), To Do and sign-ins beneath. */
export function ParticipantPane({
  host,
  paneId,
  person,
  contentUrl,
  theme,
  status,
  loadCalendar,
  loadTasks,
  signIns,
  officeHost,
  openItem = null,
  holdLiveShare = false,
}: ParticipantPaneProps) {
  const styles = useSimulatorStyles();
  const headingId = useId();
  // Fixed at mount, as Teams fills {theme} once when it opens the tab; later
  // theme changes reach the app as themeChange events.
  const [src] = useState(() => fillTheme(contentUrl, theme, SIM_LOCALE));
  const part = PART_LABELS[person.part];
  // A slow Live Share, at will: the panel starts and shows the session, but connects only when released.
  const [held, setHeld] = useState(holdLiveShare);
  // A layout effect: in place before the frame, registered in an effect, can ask anything.
  useLayoutEffect(() => host.holdLiveShare(paneId, held), [host, paneId, held]);
  useEffect(() => () => host.holdLiveShare(paneId, false), [host, paneId]);
  // The meeting open in this person's Outlook, if any.
  const [outlookEvent, setOutlookEvent] = useState<CalendarEntry | null>(null);
  // Each request is a new object, so asking twice for the same item opens it again.
  useEffect(() => {
    if (!openItem) return;
    let current = true;
    loadCalendar(person.userId).then(
      (entries) => {
        const entry = entries.find((e) => e.id === openItem.itemId);
        if (current && entry) setOutlookEvent(entry);
      },
      () => undefined, // the calendar view under the pane says why the sandbox cannot be read
    );
    return () => {
      current = false;
    };
  }, [openItem, loadCalendar, person.userId]);
  return (
    <section className={mergeClasses(styles.pane, styles.participantPane)} aria-labelledby={headingId}>
      <Text as="h2" id={headingId} weight="semibold" size={400} className={styles.paneHeading}>
        {part} — {person.displayName}
      </Text>
      <AppFrame
        host={host}
        paneId={paneId}
        frame={{ person, frameContext: 'sidePanel' }}
        src={src}
        title={`Stagecoach side panel of ${person.displayName} (${part.toLowerCase()})`}
        status={status}
        theme={theme}
        className={styles.frame}
      />
      <Checkbox
        label="Hold Live Share (the panel connects when released)"
        checked={held}
        onChange={(_event, data) => setHeld(data.checked === true)}
      />
      <ParticipantCalendar person={person} load={loadCalendar} onOpenInOutlook={officeHost ? setOutlookEvent : undefined} />
      {officeHost && outlookEvent && (
        <OutlookPane
          key={`${outlookEvent.id}/${outlookEvent.response === 'Organizer'}`}
          officeHost={officeHost}
          person={person}
          event={outlookEvent}
          theme={theme}
          onClose={() => setOutlookEvent(null)}
        />
      )}
      <ParticipantTasks person={person} load={loadTasks} />
      <ParticipantSignIns person={person} signIns={signIns} />
    </section>
  );
}
