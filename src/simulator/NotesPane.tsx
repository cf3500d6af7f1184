import { useId } from 'react';
import { Button, Text } from '@fluentui/react-components';
import { useSimulatorStyles } from './useSimulatorStyles.styles';

export interface NotesPaneProps {
  onClose(): void;
}

/** Where the notes tab (meetingDetailsTab / meetingChatTab) will show; it has no page yet. */
export function NotesPane({ onClose }: NotesPaneProps) {
  const styles = useSimulatorStyles();
  const headingId = useId();
  return (
    <section className={styles.pane} aria-labelledby={headingId}>
      <div className={styles.paneBar}>
        <Text as="h2" id={headingId} weight="semibold" size={400} className={styles.paneHeading}>
          Notes tab
        </Text>
        <Button size="small" onClick={onClose}>
          Close
        </Button>
      </div>
      <Text as="p" className={styles.placeholder}>
        The notes tab arrives with issue 6. Until then, the meeting chat and details tabs have no Stagecoach page.
      </Text>
    </section>
  );
}
