import { FOLLOW_UP_KIND_LABELS, formatDateTime, formatDuration } from '../../format';
import { FactList } from './FactList';
import { NotesEmpty, NotesSection } from './NotesSection';
import type { NotesFollowUp, NotesStatement } from './sessionNotes';
import { useNotesStyles } from './useNotesStyles.styles';

export interface SummaryNotesProps {
  summary: NotesStatement | null;
}

/** The coachee's own summary of what they will do and by when. */
export function SummaryNotes({ summary }: SummaryNotesProps) {
  const styles = useNotesStyles();
  return (
    <NotesSection title="Coachee’s summary">
      {summary ? (
        <figure className={styles.figure}>
          <blockquote className={styles.quote}>{summary.text}</blockquote>
          <figcaption className={styles.meta}>
            {summary.by.name}, {formatDateTime(summary.at)}
          </figcaption>
        </figure>
      ) : (
        <NotesEmpty>No summary yet.</NotesEmpty>
      )}
    </NotesSection>
  );
}

export interface FollowUpNotesProps {
  followUp: NotesFollowUp | null;
  /** Names for the calendar state; "the coach" / "the coachee" when nobody holds the role. */
  coach: string | null;
  coachee: string | null;
}

/** The follow-up (or decision meeting): kind, time, length, and where it stands on each calendar. */
export function FollowUpNotes({ followUp, coach, coachee }: FollowUpNotesProps) {
  const facts: [string, string][] = followUp
    ? [
        ['Kind', FOLLOW_UP_KIND_LABELS[followUp.kind]],
        ['When', followUp.start === null ? 'No time chosen yet' : formatDateTime(followUp.start)],
        ['Length', formatDuration(followUp.durationMinutes * 60_000)],
        [`On ${coach ?? 'the coach'}’s calendar`, followUp.onCoachCalendar ? 'Yes' : 'Not yet'],
        [`Accepted by ${coachee ?? 'the coachee'}`, followUp.acceptedByCoachee ? 'Yes' : 'Not yet'],
      ]
    : [];
  return (
    <NotesSection title="Follow-up">
      {followUp ? <FactList facts={facts} /> : <NotesEmpty>No follow-up planned yet.</NotesEmpty>}
    </NotesSection>
  );
}

export interface AffirmationNotesProps {
  affirmation: { text: string; at: number } | null;
  coach: string | null;
}

/** The coach's stated belief in the coachee. */
export function AffirmationNotes({ affirmation, coach }: AffirmationNotesProps) {
  const styles = useNotesStyles();
  return (
    <NotesSection title="Coach’s affirmation">
      {affirmation ? (
        <figure className={styles.figure}>
          <blockquote className={styles.quote}>{affirmation.text}</blockquote>
          <figcaption className={styles.meta}>
            {coach ?? 'The coach'}, {formatDateTime(affirmation.at)}
          </figcaption>
        </figure>
      ) : (
        <NotesEmpty>No affirmation yet.</NotesEmpty>
      )}
    </NotesSection>
  );
}
