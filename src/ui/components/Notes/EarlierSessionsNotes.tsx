import { Button } from '@fluentui/react-components';
import { ChevronDown20Regular, ChevronRight20Regular } from '@fluentui/react-icons';
import { useId, useState } from 'react';
import { formatDateTime } from '../../format';
import { type EarlierSession, lastActivityOf } from './historyNotes';
import { NotesDocument } from './NotesDocument';
import { NotesEmpty, NotesSection } from './NotesSection';
import { sessionNotes } from './sessionNotes';
import { useHistoryNotesStyles } from './useHistoryNotesStyles.styles';
import { useNotesStyles } from './useNotesStyles.styles';

export interface EarlierSessionsNotesProps {
  /** Whom the sessions were with, by name. */
  counterpart: string;
  /** Newest first. */
  sessions: readonly EarlierSession[];
  /** Files in the user's storage that could not be read, left untouched. */
  skipped?: number;
}

const stepsText = (done: number, total: number) => (total === 0 ? 'No next steps' : `${done} of ${total} next steps done`);

function EarlierSessionRow({ earlier }: { earlier: EarlierSession }) {
  const styles = useNotesStyles();
  const own = useHistoryNotesStyles();
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const when = formatDateTime(earlier.createdAt);
  return (
    <li className={styles.item}>
      <div className={own.row}>
        <Button
          appearance="subtle"
          className={own.disclosure}
          icon={open ? <ChevronDown20Regular /> : <ChevronRight20Regular />}
          aria-expanded={open}
          aria-controls={panelId}
          onClick={() => setOpen((o) => !o)}
        >
          {when}: {earlier.challenge || 'No challenge stated'}
        </Button>
        <p className={styles.meta}>{stepsText(earlier.stepsDone, earlier.stepsTotal)}</p>
      </div>
      <div id={panelId} hidden={!open} className={own.expanded}>
        {open && <NotesDocument notes={sessionNotes(earlier.session, lastActivityOf(earlier.session))} title={`Session notes of ${when}`} />}
      </div>
    </li>
  );
}

/** "Earlier sessions with Sam": each one's date, challenge and plan, expandable to its full notes (read-only). */
export function EarlierSessionsNotes({ counterpart, sessions, skipped = 0 }: EarlierSessionsNotesProps) {
  const styles = useNotesStyles();
  return (
    <NotesSection title={`Earlier sessions with ${counterpart}`}>
      {sessions.length === 0 ? (
        <NotesEmpty>{`No earlier sessions with ${counterpart} are saved in your OneDrive.`}</NotesEmpty>
      ) : (
        <ul className={styles.list}>
          {sessions.map((s) => (
            <EarlierSessionRow key={s.sessionId} earlier={s} />
          ))}
        </ul>
      )}
      {skipped > 0 && (
        <p className={styles.meta}>
          {skipped === 1 ? '1 saved session' : `${skipped} saved sessions`} could not be read and {skipped === 1 ? 'is' : 'are'} not listed (left untouched).
        </p>
      )}
    </NotesSection>
  );
}
