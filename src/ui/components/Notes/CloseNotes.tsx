import { followUpKindLabel, formatDuration } from '../../format';
import { useWords } from '../../words';
import { FactList } from './FactList';
import { NotesEmpty, NotesSection } from './NotesSection';
import { personName } from './notesText';
import type { NotesFollowUp, NotesStatement } from './sessionNotes';
import { useNotesStyles } from './useNotesStyles.styles';

export interface SummaryNotesProps {
  summary: NotesStatement | null;
}

/** The coachee's own summary of what they will do and by when. */
export function SummaryNotes({ summary }: SummaryNotesProps) {
  const styles = useNotesStyles();
  const words = useWords();
  return (
    <NotesSection title={words.t('notes.summary.title')}>
      {summary ? (
        <figure className={styles.figure}>
          <blockquote className={styles.quote} dir="auto">
            {summary.text}
          </blockquote>
          <figcaption className={styles.meta}>
            {words.t('notes.byLine', { person: personName(words, summary.by), when: words.dateTime(summary.at) })}
          </figcaption>
        </figure>
      ) : (
        <NotesEmpty>{words.t('notes.summary.none')}</NotesEmpty>
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
  const words = useWords();
  const yesOrNotYet = (yes: boolean) => (yes ? words.t('notes.yes') : words.t('notes.notYet'));
  const facts: [string, string][] = followUp
    ? [
        [words.t('notes.followUp.kind'), followUpKindLabel(words, followUp.kind)],
        [words.t('notes.followUp.when'), followUp.start === null ? words.t('notes.followUp.noTime') : words.dateTime(followUp.start)],
        [words.t('notes.followUp.length'), formatDuration(words, followUp.durationMinutes * 60_000)],
        [
          coach === null ? words.t('notes.followUp.onCoachCalendarUnnamed') : words.t('notes.followUp.onCoachCalendar', { name: coach }),
          yesOrNotYet(followUp.onCoachCalendar),
        ],
        [
          coachee === null ? words.t('notes.followUp.acceptedByUnnamed') : words.t('notes.followUp.acceptedBy', { name: coachee }),
          yesOrNotYet(followUp.acceptedByCoachee),
        ],
      ]
    : [];
  return (
    <NotesSection title={words.t('notes.followUp.title')}>
      {followUp ? <FactList facts={facts} /> : <NotesEmpty>{words.t('notes.followUp.none')}</NotesEmpty>}
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
  const words = useWords();
  return (
    <NotesSection title={words.t('notes.affirmation.title')}>
      {affirmation ? (
        <figure className={styles.figure}>
          <blockquote className={styles.quote} dir="auto">
            {affirmation.text}
          </blockquote>
          <figcaption className={styles.meta}>
            {words.t('notes.byLine', { person: coach ?? words.t('notes.affirmation.unnamedCoach'), when: words.dateTime(affirmation.at) })}
          </figcaption>
        </figure>
      ) : (
        <NotesEmpty>{words.t('notes.affirmation.none')}</NotesEmpty>
      )}
    </NotesSection>
  );
}
