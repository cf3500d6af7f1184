import { useId, useState } from 'react';
import { Button, Text } from '@fluentui/react-components';
import type { ThemeName } from '../ports';
import { AppFrame } from './AppFrame';
import { PERSONAL_TAB_URL } from './appPages';
import { fillTheme, type FrameStatus, type SimPerson, type SimulatedTeamsHost } from './host';
import { useSimulatorStyles } from './useSimulatorStyles.styles';
import { ViewAsPicker } from './ViewAsPicker';

export interface PersonalPaneProps {
  host: SimulatedTeamsHost;
  paneId: string;
  /** Whose Teams shows the tab. */
  viewer: SimPerson;
  /** Who the tester may show it as. */
  people: readonly SimPerson[];
  theme: ThemeName;
  status: FrameStatus | undefined;
  /** The calendar item Teams last opened from the tab, for the viewer; null before any. */
  opened: { itemId: string } | null;
  onViewerChange(viewer: SimPerson): void;
  onClose(): void;
}

type PersonalFrameProps = Pick<PersonalPaneProps, 'host' | 'paneId' | 'viewer' | 'theme' | 'status'>;

function PersonalFrame({ host, paneId, viewer, theme, status }: PersonalFrameProps) {
  const styles = useSimulatorStyles();
  // Fixed when the tab opens, as Teams fills {theme} once; later changes arrive as themeChange events.
  const [src] = useState(() => fillTheme(PERSONAL_TAB_URL, theme));
  return (
    <AppFrame
      host={host}
      paneId={paneId}
      frame={{ person: viewer, frameContext: 'content', place: 'personal' }}
      src={src}
      title={`My coaching, as ${viewer.displayName} sees it`}
      status={status}
      theme={theme}
      className={styles.notesFrame}
    />
  );
}

/**
 * Stagecoach's personal tab (My coaching) in one person's Teams: the app's
 * own page in frame context `content`, outside any meeting. Opening a
 * follow-up there asks Teams to open the calendar item; the line under the
 * frame says when it did.
 */
export function PersonalPane({ host, paneId, viewer, people, theme, status, opened, onViewerChange, onClose }: PersonalPaneProps) {
  const styles = useSimulatorStyles();
  const headingId = useId();
  return (
    <section className={styles.pane} aria-labelledby={headingId}>
      <div className={styles.paneBar}>
        <Text as="h2" id={headingId} weight="semibold" size={400} className={styles.paneHeading}>
          My coaching (personal tab)
        </Text>
        <ViewAsPicker viewer={viewer} people={people} onViewerChange={onViewerChange} />
        <Button size="small" onClick={onClose}>
          Close
        </Button>
      </div>
      {/* Keyed by viewer: another person's Teams loads the page afresh, with their own context. */}
      <PersonalFrame key={viewer.userId} host={host} paneId={paneId} viewer={viewer} theme={theme} status={status} />
      <Text as="p" role="status" size={200} className={styles.status}>
        {opened ? `Teams opened the follow-up in ${viewer.displayName}’s Outlook, under their calendar.` : ''}
      </Text>
    </section>
  );
}
