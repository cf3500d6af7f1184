import { useId, useState } from 'react';
import { Button, Text } from '@fluentui/react-components';
import type { ThemeName } from '../ports';
import { AppFrame } from './AppFrame';
import { fillTheme, type FrameStatus, type SimPerson, type SimulatedTeamsHost } from './host';
import { useSimulatorStyles } from './useSimulatorStyles.styles';
import { ViewAsPicker } from './ViewAsPicker';

export interface NotesPaneProps {
  host: SimulatedTeamsHost;
  paneId: string;
  /** The tab's saved content URL, `{theme}` not yet filled. */
  contentUrl: string;
  /** Whose client shows the tab. */
  viewer: SimPerson;
  /** Who the tester may show it as. */
  people: readonly SimPerson[];
  theme: ThemeName;
  status: FrameStatus | undefined;
  onViewerChange(viewer: SimPerson): void;
  onClose(): void;
}

/**
 * The meeting's notes tab (Teams' meeting details and chat tabs): the tab's
 * own page, which Teams loads in frame context `content`, as one attendee sees it.
 */
type NotesFrameProps = Pick<NotesPaneProps, 'host' | 'paneId' | 'contentUrl' | 'viewer' | 'theme' | 'status'>;

function NotesFrame({ host, paneId, contentUrl, viewer, theme, status }: NotesFrameProps) {
  const styles = useSimulatorStyles();
  // Fixed when the tab opens, as Teams fills {theme} once; later changes arrive as themeChange events.
  const [src] = useState(() => fillTheme(contentUrl, theme));
  return (
    <AppFrame
      host={host}
      paneId={paneId}
      frame={{ person: viewer, frameContext: 'content' }}
      src={src}
      title={`Notes tab, as ${viewer.displayName} sees it`}
      status={status}
      theme={theme}
      className={styles.notesFrame}
    />
  );
}

export function NotesPane({ host, paneId, contentUrl, viewer, people, theme, status, onViewerChange, onClose }: NotesPaneProps) {
  const styles = useSimulatorStyles();
  const headingId = useId();
  return (
    <section className={styles.pane} aria-labelledby={headingId}>
      <div className={styles.paneBar}>
        <Text as="h2" id={headingId} weight="semibold" size={400} className={styles.paneHeading}>
          Notes tab
        </Text>
        <ViewAsPicker viewer={viewer} people={people} onViewerChange={onViewerChange} />
        <Button size="small" onClick={onClose}>
          Close
        </Button>
      </div>
      {/* Keyed by viewer: another person's client loads the page afresh, with their own context. */}
      <NotesFrame
        key={viewer.userId}
        host={host}
        paneId={paneId}
        contentUrl={contentUrl}
        viewer={viewer}
        theme={theme}
        status={status}
      />
    </section>
  );
}
