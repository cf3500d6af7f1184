import { Text } from '@fluentui/react-components';
import type { ThemeName } from '../ports';
import { PERSONAL_TAB_URL } from './appPages';
import type { FrameStatus, SimPerson, SimulatedTeamsHost } from './host';
import { TabPane } from './TabPane';
import { useSimulatorStyles } from './useSimulatorStyles.styles';

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

/**
 * Stagecoach's personal tab (My coaching) in one person's Teams: the app's
 * own page in frame context `content`, outside any meeting. Opening a
 * follow-up there asks Teams to open the calendar item; the line under the
 * frame says when it did.
 */
export function PersonalPane({ opened, ...props }: PersonalPaneProps) {
  const styles = useSimulatorStyles();
  const { viewer } = props;
  return (
    <TabPane
      {...props}
      heading="My coaching (personal tab)"
      contentUrl={PERSONAL_TAB_URL}
      place="personal"
      frameTitle={`My coaching, as ${viewer.displayName} sees it`}
    >
      <Text as="p" role="status" size={200} className={styles.status}>
        {opened ? `Teams opened the follow-up in ${viewer.displayName}’s Outlook, under their calendar.` : ''}
      </Text>
    </TabPane>
  );
}
