import { Button } from '@fluentui/react-components';
import { ArrowDownload20Regular, Print20Regular } from '@fluentui/react-icons';
import { useWords } from '../../words';
import { downloadText } from './downloadText';
import { notesFileName, notesMarkdown } from './notesMarkdown';
import type { SessionNotes } from './sessionNotes';
import { useNotesStyles } from './useNotesStyles.styles';

export interface NotesActionsProps {
  notes: SessionNotes;
  /** Saves a file; a Blob URL download unless replaced (tests). */
  download?: (fileName: string, text: string) => void;
  /** Opens the print dialog; window.print unless replaced (tests). */
  print?: () => void;
}

/** Take the notes away: as a Markdown file in the reader's language, or on paper. Hidden when printing. */
export function NotesActions({ notes, download = downloadText, print = () => window.print() }: NotesActionsProps) {
  const styles = useNotesStyles();
  const words = useWords();
  return (
    <div className={styles.actions}>
      <Button icon={<ArrowDownload20Regular />} onClick={() => download(notesFileName(notes.createdAt), notesMarkdown(words, notes))}>
        {words.t('notes.actions.download')}
      </Button>
      <Button icon={<Print20Regular />} onClick={print}>
        {words.t('notes.actions.print')}
      </Button>
    </div>
  );
}
