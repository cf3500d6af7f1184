import { useEffect, useRef } from 'react';
import { Text } from '@fluentui/react-components';
import type { ThemeName } from '../ports';
import type { FrameStatus, SimFrame, SimulatedTeamsHost } from './host';
import { useSimulatorStyles } from './useSimulatorStyles.styles';

const THEME_LABELS: Record<ThemeName, string> = { default: 'default', dark: 'dark', contrast: 'high contrast' };

const statusText = (status: FrameStatus | undefined): string => {
  if (!status || status.state === 'loading') return 'loading';
  return status.state === 'ready' ? 'ready' : `failed: ${status.reason}`;
};

export interface AppFrameProps {
  host: SimulatedTeamsHost;
  paneId: string;
  /** Who sees this frame, and in which frame context. */
  frame: SimFrame;
  src: string;
  title: string;
  status: FrameStatus | undefined;
  theme: ThemeName;
  /** Styles the iframe's size (side panel, stage, dialog). */
  className: string;
}

/** An app page the simulated host answers, with the start-up status Teams would track. */
export function AppFrame({ host, paneId, frame, src, title, status, theme, className }: AppFrameProps) {
  const styles = useSimulatorStyles();
  const ref = useRef<HTMLIFrameElement>(null);
  const { person, frameContext, place, client } = frame;

  // The iframe's window is the frame's identity; it stays the same across reloads.
  useEffect(() => {
    const target = ref.current?.contentWindow;
    if (!target) return;
    return host.register(paneId, target, { person, frameContext, place, client });
  }, [host, paneId, person, frameContext, place, client]);

  return (
    <>
      <iframe ref={ref} className={className} src={src} title={title} />
      <Text as="p" role="status" size={200} className={styles.status}>
        App: {statusText(status)} · theme: {THEME_LABELS[theme]}
      </Text>
    </>
  );
}
