import { Suspense } from 'react';
import { lazyWithPreload } from '../../lazyWithPreload';
import { NotesEmpty, NotesSection } from '../Notes/NotesSection';
import { SessionRow } from '../Notes/SessionRow';
import { useNotesStyles } from '../Notes/useNotesStyles.styles';
import { dayText } from './formatMyCoaching';
import type { PastSession } from './myCoachingView';

/** The notes document, outside the personal tab's first paint. */
export const pastSessionNotes = lazyWithPreload(() => import(/* webpackChunkName: "pastSessionNotes" */ './PastSessionNotes'));

function PastSessionRow({ past, locale }: { past: PastSession; locale?: string }) {
  const notes = useNotesStyles();
  const when = dayText(past.createdAt, locale);
  const Notes = pastSessionNotes.Component;
  return (
    <SessionRow
      label={
        <span>
          {when} with <span dir="auto">{past.coachName}</span>: <span dir="auto">{past.challenge || 'No challenge stated'}</span>
        </span>
      }
      stepsDone={past.stepsDone}
      stepsTotal={past.stepsTotal}
      renderNotes={() => (
        <Suspense
          fallback={
            <p role="status" className={notes.meta}>
              Loading the notes…
            </p>
          }
        >
          <Notes session={past.session} title={`Session notes of ${when}`} />
        </Suspense>
      )}
    />
  );
}

export interface PastSessionsProps {
  /** Newest first. */
  sessions: readonly PastSession[];
  locale?: string;
}

/** "Past sessions": each one the user was coached in, expandable to its full notes (read-only). */
export function PastSessions({ sessions, locale }: PastSessionsProps) {
  const notes = useNotesStyles();
  return (
    <NotesSection title="Past sessions">
      {sessions.length === 0 ? (
        <NotesEmpty>No past sessions are saved in your OneDrive.</NotesEmpty>
      ) : (
        <ul className={notes.list}>
          {sessions.map((s) => (
            <PastSessionRow key={s.sessionId} past={s} locale={locale} />
          ))}
        </ul>
      )}
    </NotesSection>
  );
}
