import { useId, useState, type ReactNode } from 'react';
import { Button, Text } from '@fluentui/react-components';
import type { ThemeName } from '../ports';
import { AppFrame } from './AppFrame';
import { fillTheme, type FrameStatus, type SimFrame, type SimPerson, type SimulatedTeamsHost } from './host';
import { SIM_LOCALE } from './simLocale';
import { useSimulatorStyles } from './useSimulatorStyles.styles';
import { ViewAsPicker } from './ViewAsPicker';

export interface TabPaneProps {
  host: SimulatedTeamsHost;
  paneId: string;
  /** The pane's heading. */
  heading: string;
  /** The tab's content URL, `{theme}` not yet filled. */
  contentUrl: string;
  /** Where the tab sits (e.g. `personal`); none for a meeting's tab. */
  place?: SimFrame['place'];
  /** Whose Teams shows it: the desktop client unless `phone`. */
  client?: SimFrame['client'];
  /** The frame's accessible title. */
  frameTitle: string;
  /** Whose client shows the tab. */
  viewer: SimPerson;
  /** Who the tester may show it as. */
  people: readonly SimPerson[];
  theme: ThemeName;
  status: FrameStatus | undefined;
  onViewerChange(viewer: SimPerson): void;
  onClose(): void;
  /** Shown under the frame. */
  children?: ReactNode;
}

type TabFrameProps = Pick<
  TabPaneProps,
  'host' | 'paneId' | 'contentUrl' | 'place' | 'client' | 'frameTitle' | 'viewer' | 'theme' | 'status'
>;

function TabFrame({ host, paneId, contentUrl, place, client, frameTitle, viewer, theme, status }: TabFrameProps) {
  const styles = useSimulatorStyles();
  // Fixed when the tab opens, as Teams fills {theme} once; later changes arrive as themeChange events.
  const [src] = useState(() => fillTheme(contentUrl, theme, SIM_LOCALE));
  return (
    <AppFrame
      host={host}
      paneId={paneId}
      frame={{ person: viewer, frameContext: 'content', place, client }}
      src={src}
      title={frameTitle}
      status={status}
      theme={theme}
      className={styles.notesFrame}
    />
  );
}

/**
 * A tab's page in one person's Teams, in frame context `content`: a pane bar
 * with the heading, "View as" and Close, then the frame.
 */
export function TabPane({ heading, people, onViewerChange, onClose, children, ...frame }: TabPaneProps) {
  const styles = useSimulatorStyles();
  const headingId = useId();
  return (
    <section className={styles.pane} aria-labelledby={headingId}>
      <div className={styles.paneBar}>
        <Text as="h2" id={headingId} weight="semibold" size={400} className={styles.paneHeading}>
          {heading}
        </Text>
        <ViewAsPicker viewer={frame.viewer} people={people} onViewerChange={onViewerChange} />
        <Button size="small" onClick={onClose}>
          Close
        </Button>
      </div>
      {/* Keyed by viewer: another person's client loads the page afresh, with their own context. */}
      <TabFrame key={frame.viewer.userId} {...frame} />
      {children}
    </section>
  );
}
