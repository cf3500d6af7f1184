import { useWords } from '../../words';
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
  const words = useWords();
  const when = words.dateTime(earlier.createdAt);
  return (
    <SessionRow
      label={
        earlier.challenge
          ? words.t('notes.earlier.row', { when, challenge: earlier.challenge })
          : words.t('notes.earlier.rowNoChallenge', { when })
      }
      stepsDone={earlier.stepsDone}
      stepsTotal={earlier.stepsTotal}
      renderNotes={() => (
        <NotesDocument
          notes={sessionNotes(earlier.session, lastActivityOf(earlier.session))}
          title={words.t('notes.earlier.notesTitle', { when })}
          headingLevel={3}
        />
      )}
    />
  );
}

/** "Earlier sessions with Sam": each one's date, challenge and plan, expandable to its full notes (read-only). */
export function EarlierSessionsNotes({ counterpart, sessions, skipped = 0 }: EarlierSessionsNotesProps) {
  const styles = useNotesStyles();
  const words = useWords();
  return (
    <NotesSection title={words.t('notes.earlier.title', { name: counterpart })}>
      {sessions.length === 0 ? (
        <NotesEmpty>{words.t('notes.earlier.none', { name: counterpart })}</NotesEmpty>
      ) : (
        <ul className={styles.list}>
          {sessions.map((s) => (
            <EarlierSessionRow key={s.sessionId} earlier={s} />
          ))}
        </ul>
      )}
      {skipped > 0 && <p className={styles.meta}>{words.t('notes.earlier.skipped', { count: skipped })}</p>}
    </NotesSection>
  );
}
