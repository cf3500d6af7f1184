import { Suspense, useId } from 'react';
import type { SessionState } from '../../../domain';
import { lazyWithPreload } from '../../lazyWithPreload';
import { useWords } from '../../words';
import { useMyCoachingStyles } from './useMyCoachingStyles.styles';

/** The notes document, outside the personal tab's first paint (the same chunk as Past sessions'). */
const openedNotes = lazyWithPreload(() => import(/* webpackChunkName: "pastSessionNotes" */ './PastSessionNotes'));

export interface OpenedSessionProps {
  /** The session a notes link named (the deep link's subEntityId), already checked by the host adapter. */
  sessionId: string;
  /** The user's own stored sessions: only these are ever shown. */
  sessions: readonly SessionState[];
}

/**
 * The session a notes link opened My coaching on (from an invite, a chat
 * summary or a To Do task), first: its full notes, read-only, from the
 * user's own copy. A session the user has no copy of says so.
 */
export function OpenedSession({ sessionId, sessions }: OpenedSessionProps) {
  const styles = useMyCoachingStyles();
  const words = useWords();
  const headingId = useId();
  const session = sessions.find((s) => s.sessionId === sessionId);
  const Notes = openedNotes.Component;
  return (
    // A card like the page's others, first on the page.
    <section className={styles.card} aria-labelledby={headingId}>
      <h2 id={headingId} className={styles.cardTitle}>
        {words.t('afterMeeting.opened.title')}
      </h2>
      {session ? (
        <Suspense
          fallback={
            <p role="status" className={styles.note}>
              {words.t('afterMeeting.notes.loading')}
            </p>
          }
        >
          <Notes session={session} title={words.t('afterMeeting.opened.notesTitle')} />
        </Suspense>
      ) : (
        <p role="status" className={styles.empty}>
          {words.t('afterMeeting.opened.notSaved')}
        </p>
      )}
    </section>
  );
}
