import { useId, useState } from 'react';
import { Text } from '@fluentui/react-components';
import type { ThemeName } from '../ports';
import { AppFrame } from './AppFrame';
import { fillTheme, type FrameStatus, type SimPerson, type SimulatedTeamsHost } from './host';
import { ParticipantCalendar } from './ParticipantCalendar';
import { ParticipantSignIns } from './ParticipantSignIns';
import { ParticipantTasks } from './ParticipantTasks';
import type { LoadCalendar } from './sandboxCalendar';
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
}

/** One attendee's Teams window, reduced to the side panel Teams would show them, and their calendar, To Do and sign-ins beneath. */
export function ParticipantPane({ host, paneId, person, contentUrl, theme, status, loadCalendar, loadTasks, signIns }: ParticipantPaneProps) {
  const styles = useSimulatorStyles();
  const headingId = useId();
  // Fixed at mount, as Teams fills {theme} once when it opens the tab; later
  // theme changes reach the app as themeChange events.
  const [src] = useState(() => fillTheme(contentUrl, theme));
  const part = PART_LABELS[person.part];
  return (
    <section className={styles.pane} aria-labelledby={headingId}>
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
      <ParticipantCalendar person={person} load={loadCalendar} />
      <ParticipantTasks person={person} load={loadTasks} />
      <ParticipantSignIns person={person} signIns={signIns} />
    </section>
  );
}
