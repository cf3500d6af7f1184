import { useEffect, useId, useRef, useState } from 'react';
import { Text } from '@fluentui/react-components';
import type { ThemeName } from '../ports';
import { sidePanelAddress, type SimulatedPerson } from './meetingAddress';
import { useSimulatorStyles } from './useSimulatorStyles.styles';

const ROLE_LABELS = { coach: 'Coach', coachee: 'Coachee', observer: 'Observer' } as const;

export interface ParticipantPaneProps {
  meetingId: string;
  person: SimulatedPerson;
  theme: ThemeName;
}

/** Tells a side panel, and only one of our own origin, which theme to use. */
function postTheme(frame: HTMLIFrameElement | null, theme: ThemeName) {
  frame?.contentWindow?.postMessage({ type: 'stagecoach:theme', theme }, window.location.origin);
}

/** One attendee's Teams window, reduced to the side panel Teams would show them. */
export function ParticipantPane({ meetingId, person, theme }: ParticipantPaneProps) {
  const styles = useSimulatorStyles();
  const headingId = useId();
  const frame = useRef<HTMLIFrameElement>(null);
  // The address is fixed at mount: changing it would reload the panel. Later
  // theme changes travel by postMessage, as Teams' own theme events would.
  const [address] = useState(() => sidePanelAddress(meetingId, person, theme));
  const label = `${ROLE_LABELS[person.role]} — ${person.displayName}`;

  // onLoad covers a frame that was still loading when the theme changed.
  useEffect(() => postTheme(frame.current, theme), [theme]);

  return (
    <section className={styles.pane} aria-labelledby={headingId}>
      <Text as="h2" id={headingId} weight="semibold" size={400} className={styles.paneHeading}>
        {label}
      </Text>
      <iframe
        ref={frame}
        className={styles.frame}
        src={address}
        title={`Stagecoach side panel of ${person.displayName} (${ROLE_LABELS[person.role].toLowerCase()})`}
        onLoad={() => postTheme(frame.current, theme)}
      />
    </section>
  );
}
