import type { SessionState } from '../../../domain';
import { lastActivityOf } from '../Notes/historyNotes';
import { NotesDocument } from '../Notes/NotesDocument';
import { sessionNotes } from '../Notes/sessionNotes';

export interface PastSessionNotesProps {
  session: SessionState;
  title: string;
}

/** A past session's full notes, read-only: the notes tab's own document (a chunk of its own, loaded on first opening). */
export default function PastSessionNotes({ session, title }: PastSessionNotesProps) {
  return <NotesDocument notes={sessionNotes(session, lastActivityOf(session))} title={title} headingLevel={3} />;
}
