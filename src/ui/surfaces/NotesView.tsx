import { mergeClasses } from '@fluentui/react-components';
import { NotesActions, NotesDocument, sessionNotes, useNotesStyles } from '../components/Notes';
import { useNow, useSession } from '../hooks';

/** Time per stage is in minutes: a minute's tick keeps the current stage's time at most a minute late. */
const NOTES_TICK_MS = 60_000;

/**
 * The meeting's notes tab (meeting details and chat tabs): the shared
 * session, readable and printable, live from the same store as the side
 * panel. Read-only for everyone: changes are made in the side panel.
 */
export function NotesView() {
  const styles = useNotesStyles();
  const { session, status } = useSession();
  const now = useNow(NOTES_TICK_MS);
  const notes = session ? sessionNotes(session, now) : null;

  if (!notes) {
    return (
      <p role="status" className={styles.connecting}>
        Connecting…
      </p>
    );
  }
  return (
    <main className={styles.root}>
      <NotesActions notes={notes} />
      {status === 'offline' && (
        <p role="status" className={styles.status}>
          Offline: changes made since will appear when the connection returns.
        </p>
      )}
      <NotesDocument notes={notes} />
      <p className={mergeClasses(styles.meta, styles.screenOnly)}>
        These notes update live during the meeting. Changes are made in the Stagecoach side panel.
      </p>
    </main>
  );
}

export default NotesView;
