import { Suspense, useId, useState } from 'react';
import { Button } from '@fluentui/react-components';
import { ChevronDown20Regular, ChevronRight20Regular } from '@fluentui/react-icons';
import { lazyWithPreload } from '../../lazyWithPreload';
import { NotesEmpty, NotesSection } from '../Notes/NotesSection';
import { useHistoryNotesStyles } from '../Notes/useHistoryNotesStyles.styles';
import { useNotesStyles } from '../Notes/useNotesStyles.styles';
import { dayText } from './formatMyCoaching';
import type { PastSession } from './myCoachingView';

/** The notes document, outside the personal tab's first paint. */
export const pastSessionNotes = lazyWithPreload(() => import(/* webpackChunkName: "pastSessionNotes" */ './PastSessionNotes'));

const stepsText = (done: number, total: number) => (total === 0 ? 'No next steps' : `${done} of ${total} next steps done`);

function PastSessionRow({ past, locale }: { past: PastSession; locale?: string }) {
  const notes = useNotesStyles();
  const own = useHistoryNotesStyles();
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const when = dayText(past.createdAt, locale);
  const Notes = pastSessionNotes.Component;
  return (
    <li className={notes.item}>
      <div className={own.row}>
        <Button
          appearance="subtle"
          className={own.disclosure}
          icon={open ? <ChevronDown20Regular /> : <ChevronRight20Regular />}
          aria-expanded={open}
          aria-controls={panelId}
          onClick={() => setOpen((o) => !o)}
        >
          <span>
            {when} with <span dir="auto">{past.coachName}</span>: <span dir="auto">{past.challenge || 'No challenge stated'}</span>
          </span>
        </Button>
        <p className={notes.meta}>{stepsText(past.stepsDone, past.stepsTotal)}</p>
      </div>
      <div id={panelId} hidden={!open} className={own.expanded}>
        {open && (
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
      </div>
    </li>
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
