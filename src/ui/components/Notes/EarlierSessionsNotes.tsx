import { formatDateTime } from '../../format';
import { type EarlierSession, lastActivityOf } from './historyNotes';
import { NotesDocument } from './NotesDocument';
import { NotesEmpty, NotesSection } from './NotesSection';
import { SessionRow } from './SessionRow';
import { sessionNotes } from './sessionNotes';
import { useNotesStyles } from './useNotesStyles.styles';

export interface EarlierSessionsNotesProps {
  /** Whom the sessions were with, by name. */
  counterpart: string;
  /** Newest first. */
  sessions: readonly EarlierSession[];
  /** Files in the user's storage that could not be read, left untouched. */
  skipped?: number;
}

function EarlierSessionRow({ earlier }: { earlier: EarlierSession }) {
  const when = formatDateTime(earlier.createdAt);
  return (
    <SessionRow
      label={`${when}: ${earlier.challenge || 'No challenge stated'}`}
      stepsDone={earlier.stepsDone}
      stepsTotal={earlier.stepsTotal}
      renderNotes={() => (
        <NotesDocument
          notes={sessionNotes(earlier.session, lastActivityOf(earlier.session))}
          title={`Session notes of ${when}`}
          headingLevel={3}
        />
      )}
    />
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
          {skipped === 1 ? '1 saved session' : `${skipped} saved sessions`} could not be read and {skipped === 1 ? 'is' : 'are'} not listed
          (left untouched).
        </p>
      )}
    </NotesSection>
  );
}
