import { useState } from 'react';
import {
  FluentProvider,
  teamsDarkTheme,
  teamsHighContrastTheme,
  teamsLightTheme,
  type Theme,
} from '@fluentui/react-components';
import type { ThemeName } from '../ports';
import { COACH, COACHEE, OBSERVER, meetingIdFrom, newMeetingId, rememberMeetingId } from './meetingAddress';
import { MeetingBar } from './MeetingBar';
import { ParticipantPane } from './ParticipantPane';
import { useSimulatorStyles } from './useSimulatorStyles.styles';

const FLUENT_THEMES: Record<ThemeName, Theme> = {
  default: teamsLightTheme,
  dark: teamsDarkTheme,
  contrast: teamsHighContrastTheme,
};

/** Opens (or starts) the meeting named in the address. */
function initialMeetingId(): string {
  const id = meetingIdFrom(window.location.search) ?? newMeetingId();
  rememberMeetingId(id);
  return id;
}

/** A local stand-in for a Teams meeting: each attendee's side panel, side by side. */
export function Simulator() {
  const styles = useSimulatorStyles();
  const [meetingId, setMeetingId] = useState(initialMeetingId);
  const [theme, setTheme] = useState<ThemeName>('default');
  const [observer, setObserver] = useState(false);
  const people = observer ? [COACH, COACHEE, OBSERVER] : [COACH, COACHEE];

  const startNewMeeting = () => {
    const id = newMeetingId();
    rememberMeetingId(id);
    setMeetingId(id);
  };

  return (
    <FluentProvider theme={FLUENT_THEMES[theme]} className={styles.page}>
      <MeetingBar
        meetingId={meetingId}
        theme={theme}
        observer={observer}
        onThemeChange={setTheme}
        onNewMeeting={startNewMeeting}
        onObserverChange={setObserver}
      />
      <main className={styles.panes}>
        {people.map((person) => (
          // Keyed by meeting too: a new meeting reloads every panel.
          <ParticipantPane key={`${meetingId}/${person.userId}`} meetingId={meetingId} person={person} theme={theme} />
        ))}
      </main>
    </FluentProvider>
  );
}
