import { TabPane, type TabPaneProps } from './TabPane';

/** The tab's saved content URL (`contentUrl`, `{theme}` not yet filled), whose client shows it, and the pane's controls. */
export type NotesPaneProps = Omit<TabPaneProps, 'heading' | 'place' | 'frameTitle' | 'children'>;

/**
 * The meeting's notes tab (Teams' meeting details and chat tabs): the tab's
 * own page, which Teams loads in frame context `content`, as one attendee sees it.
 */
export function NotesPane(props: NotesPaneProps) {
  return <TabPane {...props} heading="Notes tab" frameTitle={`Notes tab, as ${props.viewer.displayName} sees it`} />;
}
