import { useId, useState } from 'react';
import { Button, Text } from '@fluentui/react-components';
import type { ThemeName } from '../ports';
import { AppFrame } from './AppFrame';
import { fillTheme, type FrameStatus, type SimPerson, type SimulatedTeamsHost } from './host';
import { SIM_LOCALE } from './simLocale';
import { useSimulatorStyles } from './useSimulatorStyles.styles';

export interface ConfigPaneProps {
  host: SimulatedTeamsHost;
  paneId: string;
  /** The manifest's configuration URL, `{theme}` not yet filled. */
  configurationUrl: string;
  /** Who is adding the app. */
  person: SimPerson;
  theme: ThemeName;
  status: FrameStatus | undefined;
  /** Whether the app said its configuration is complete (Save is enabled then). */
  valid: boolean;
  error: string | null;
  onSave(): void;
  onCancel(): void;
}

/** Teams' "add an app to the meeting" dialog: the app's configuration page and the host's Save. */
export function ConfigPane(props: ConfigPaneProps) {
  const styles = useSimulatorStyles();
  const headingId = useId();
  const [src] = useState(() => fillTheme(props.configurationUrl, props.theme, SIM_LOCALE));
  return (
    <section className={styles.pane} aria-labelledby={headingId}>
      <Text as="h2" id={headingId} weight="semibold" size={400} className={styles.paneHeading}>
        Add Stagecoach to the meeting
      </Text>
      <AppFrame
        host={props.host}
        paneId={props.paneId}
        frame={{ person: props.person, frameContext: 'settings' }}
        src={src}
        title="Stagecoach configuration page"
        status={props.status}
        theme={props.theme}
        className={styles.configFrame}
      />
      {props.error && (
        <Text role="alert" className={styles.error}>
          Not saved: {props.error}
        </Text>
      )}
      <div className={styles.paneBar}>
        <Button appearance="primary" disabled={!props.valid} onClick={props.onSave}>
          Save
        </Button>
        <Button onClick={props.onCancel}>Cancel</Button>
      </div>
    </section>
  );
}
