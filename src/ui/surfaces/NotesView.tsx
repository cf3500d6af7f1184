import { useEffect, useState } from 'react';
import { mergeClasses } from '@fluentui/react-components';
import type { SessionState, UserId } from '../../domain';
import type { OwnCopyRead, OwnCopyReading, SessionHistory, SessionHistoryReading } from '../../ports';
import {
  CoachingGrowthNotes,
  counterpartOf,
  EarlierSessionsNotes,
  earlierSessions,
  growthFor,
  LastSessionNotes,
  lastSession,
  NotesActions,
  NotesDocument,
  sessionNotes,
  useHistoryNotesStyles,
  useNotesStyles,
} from '../components/Notes';
import { useNow, usePorts, useSession } from '../hooks';
import { failureText } from '../content/failures';
import { useWords } from '../words';

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

/** This user's own stored sessions, read once: null while reading (or when the surface has no history port). */
function useHistory(history: SessionHistoryReading | undefined): SessionHistory | null {
  const [read, setRead] = useState<SessionHistory | null>(null);
  useEffect(() => {
    if (!history) return;
    let live = true;
    void history.list().then((result) => {
      if (live) setRead(result);
    });
    return () => {
      live = false;
    };
  }, [history]);
  return read;
}

interface HistoryNotesProps {
  /** The session the notes are of: live, or this user's own copy of it. */
  current: SessionState;
  history: SessionHistory | null;
  selfId: UserId;
}

/**
 * Below the notes: the earlier sessions with the same counterpart (the other
 * coach or coachee), and, for the coach only, the coachee's growth. Neither
 * is part of the Markdown export (NotesActions exports the session's notes
 * alone): the growth is the coach's, and must never reach the coachee's hands
 * through a shared file. Neither is printed either (screen only).
 */
function HistoryNotes({ current, history, selfId }: HistoryNotesProps) {
  const styles = useNotesStyles();
  const own = useHistoryNotesStyles();
  const words = useWords();
  if (!history) return null;
  if (history.kind === 'failed') {
    return (
      <p className={mergeClasses(styles.meta, styles.screenOnly)}>
        {words.t('notes.view.historyFailed', { message: failureText(words, history.failure) })}
      </p>
    );
  }
  const counterpart = counterpartOf(current, selfId);
  if (!counterpart) return null;
  const earlier = earlierSessions(current, history.sessions);
  const growth = growthFor(current, selfId, earlier);
  return (
    <div className={own.extras}>
      <EarlierSessionsNotes counterpart={counterpart.name} sessions={earlier} skipped={history.skipped} />
      {growth && <CoachingGrowthNotes coachee={counterpart.name} growth={growth} currentSessionId={current.sessionId} />}
    </div>
  );
}

/** Before the meeting: the last stored session (with the same person when the live session names one) and its open steps. */
function BeforeMeetingNotes({ live, history, selfId }: { live: SessionState; history: SessionHistory | null; selfId: UserId }) {
  if (history?.kind !== 'found') return null;
  const last = lastSession(live, selfId, history.sessions);
  return last && <LastSessionNotes last={last} />;
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
  const words = useWords();
  const { ownCopy, history, self } = usePorts();
  const { session, status } = useSession();
  const now = useNow(NOTES_TICK_MS);
  const empty = session !== null && isEmpty(session);
  const archived = useOwnCopy(ownCopy, empty);
  const stored = useHistory(history);

  if (!session) {
    return (
      <p role="status" className={styles.connecting}>
        {words.t('notes.view.connecting')}
      </p>
    );
  }
  if (empty && ownCopy) {
    if (archived === null) {
      return (
        <p role="status" className={styles.connecting}>
          {words.t('notes.view.lookingForCopy')}
        </p>
      );
    }
    if (archived.kind === 'found') {
      const notes = sessionNotes(archived.session, archived.savedAt);
      return (
        <main className={styles.root}>
          <NotesActions notes={notes} />
          <p role="status" className={styles.meta}>
            {words.t('notes.view.fromCopy', { when: words.dateTime(archived.savedAt) })}
          </p>
          <NotesDocument notes={notes} />
          <HistoryNotes current={archived.session} history={stored} selfId={self.userId} />
        </main>
      );
    }
    return (
      <main className={styles.root}>
        <p role="status" className={styles.meta}>
          {archived.kind === 'none'
            ? words.t('notes.view.noNotes')
            : words.t('notes.view.copyUnreadable', { message: failureText(words, archived.failure) })}
        </p>
        <BeforeMeetingNotes live={session} history={stored} selfId={self.userId} />
        <HistoryNotes current={session} history={stored} selfId={self.userId} />
      </main>
    );
  }
  const notes = sessionNotes(session, now);
  return (
    <main className={styles.root}>
      <NotesActions notes={notes} />
      {status === 'offline' && (
        <p role="status" className={styles.status}>
          {words.t('notes.view.offline')}
        </p>
      )}
      {empty && <BeforeMeetingNotes live={session} history={stored} selfId={self.userId} />}
      <NotesDocument notes={notes} />
      <HistoryNotes current={session} history={stored} selfId={self.userId} />
      <p className={mergeClasses(styles.meta, styles.screenOnly)}>{words.t('notes.view.live')}</p>
    </main>
  );
}

export default NotesView;
