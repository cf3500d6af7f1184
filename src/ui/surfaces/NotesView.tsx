import { useEffect, useState } from 'react';
import { mergeClasses } from '@fluentui/react-components';
import type { SessionState } from '../../domain';
import type { OwnCopyRead, OwnCopyReading } from '../../ports';
import { NotesActions, NotesDocument, sessionNotes, useNotesStyles } from '../components/Notes';
import { formatDateTime } from '../format';
import { useNow, usePorts, useSession } from '../hooks';

/** Time per stage is in minutes: a minute's tick keeps the current stage's time at most a minute late. */
const NOTES_TICK_MS = 60_000;

/** Whether the live session holds nothing to take notes of: no challenge or opportunity was ever stated. */
const isEmpty = (session: SessionState) => Object.keys(session.challenge.versions).length === 0;

/**
 * This user's own copy, read once the live session turns out empty (Live
 * Share deletes a meeting's container hours after it): null until then, or
 * while reading.
 */
function useOwnCopy(ownCopy: OwnCopyReading | undefined, wanted: boolean): OwnCopyRead | null {
  const [read, setRead] = useState<OwnCopyRead | null>(null);
  useEffect(() => {
    if (!ownCopy || !wanted) return;
    let live = true;
    void ownCopy.read().then((result) => {
      if (live) setRead(result);
    });
    return () => {
      live = false;
    };
  }, [ownCopy, wanted]);
  return read;
}

/**
 * The meeting's notes tab (meeting details and chat tabs): the shared
 * session, readable and printable, live from the same store as the side
 * panel. Read-only for everyone: changes are made in the side panel. When
 * the live session is empty (after the meeting), the notes come from this
 * user's own copy in their OneDrive.
 */
export function NotesView() {
  const styles = useNotesStyles();
  const { ownCopy } = usePorts();
  const { session, status } = useSession();
  const now = useNow(NOTES_TICK_MS);
  const empty = session !== null && isEmpty(session);
  const archived = useOwnCopy(ownCopy, empty);

  if (!session) {
    return (
      <p role="status" className={styles.connecting}>
        Connecting…
      </p>
    );
  }
  if (empty && ownCopy) {
    if (archived === null) {
      return (
        <p role="status" className={styles.connecting}>
          Looking for your saved copy of this session…
        </p>
      );
    }
    if (archived.kind === 'found') {
      const notes = sessionNotes(archived.session, archived.savedAt);
      return (
        <main className={styles.root}>
          <NotesActions notes={notes} />
          <p role="status" className={styles.meta}>
            From your OneDrive copy, saved {formatDateTime(archived.savedAt)}.
          </p>
          <NotesDocument notes={notes} />
        </main>
      );
    }
    return (
      <main className={styles.root}>
        <p role="status" className={styles.meta}>
          {archived.kind === 'none'
            ? 'There are no notes for this meeting yet: nothing was captured in the Stagecoach side panel, and no copy is saved in your OneDrive.'
            : `There are no notes in this meeting, and your saved copy could not be read: ${archived.message}`}
        </p>
      </main>
    );
  }
  const notes = sessionNotes(session, now);
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
