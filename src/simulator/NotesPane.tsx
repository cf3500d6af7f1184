import type { ThemeName } from '../ports';
import type { FrameStatus, SimPerson, SimulatedTeamsHost } from './host';
import { TabPane } from './TabPane';

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
export function NotesPane(props: NotesPaneProps) {
  return <TabPane {...props} heading="Notes tab" frameTitle={`Notes tab, as ${props.viewer.displayName} sees it`} />;
}
