import { useId } from 'react';
import { Button, Text } from '@fluentui/react-components';
import type { ThemeName } from '../ports';
import { AppFrame } from './AppFrame';
import type { FrameStatus, SimPerson, SimulatedTeamsHost } from './host';
import { useSimulatorStyles } from './useSimulatorStyles.styles';
import { ViewAsPicker } from './ViewAsPicker';

export interface StagePaneProps {
  host: SimulatedTeamsHost;
  paneId: string;
  url: string;
  /** Whose client shows the stage here. */
  viewer: SimPerson;
  /** Who the tester may show it as: each participant sees the stage in their own client. */
  people: readonly SimPerson[];
  theme: ThemeName;
  status: FrameStatus | undefined;
  onViewerChange(viewer: SimPerson): void;
  onClose(): void;
}

/** The meeting stage: what a participant shared, shown large to everyone. */
export function StagePane({ host, paneId, url, viewer, people, theme, status, onViewerChange, onClose }: StagePaneProps) {
  const styles = useSimulatorStyles();
  const headingId = useId();
  return (
    <section className={styles.pane} aria-labelledby={headingId}>
      <div className={styles.paneBar}>
        <Text as="h2" id={headingId} weight="semibold" size={400} className={styles.paneHeading}>
          Meeting stage
        </Text>
        <ViewAsPicker viewer={viewer} people={people} onViewerChange={onViewerChange} />
        <Button size="small" onClick={onClose}>
          Stop sharing
        </Button>
      </div>
      {/* Keyed by URL and viewer: a new share, or another person's client, loads the page afresh. */}
      <AppFrame
        key={`${url}/${viewer.userId}`}
        host={host}
        paneId={paneId}
        frame={{ person: viewer, frameContext: 'meetingStage' }}
        src={url}
        title={`Meeting stage, as ${viewer.displayName} sees it`}
        status={status}
        theme={theme}
        className={styles.stageFrame}
      />
    </section>
  );
}
