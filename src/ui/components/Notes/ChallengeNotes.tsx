import { formatDateTime } from '../../format';
import { NotesEmpty, NotesSection } from './NotesSection';
import { describePerson } from './notesText';
import type { NotesChallenge } from './sessionNotes';
import { useNotesStyles } from './useNotesStyles.styles';

export interface ChallengeNotesProps {
  challenge: NotesChallenge;
}

/** The challenge in force, who stated it and who agreed, and every earlier definition. */
export function ChallengeNotes({ challenge }: ChallengeNotesProps) {
  const styles = useNotesStyles();
  const { current, agreedBy, earlier } = challenge;
  return (
    <NotesSection title="Challenge">
      {current ? (
        <>
          <p className={styles.quote}>{current.text}</p>
          <p className={styles.meta}>
            Stated by {describePerson(current.by)}, {formatDateTime(current.at)}.{' '}
            {agreedBy.length > 0 ? `Agreed by ${agreedBy.join(', ')}.` : 'Not agreed yet.'}
          </p>
        </>
      ) : (
        <NotesEmpty>No challenge stated yet.</NotesEmpty>
      )}
      {earlier.length > 0 && (
        <NotesSection title="Earlier definitions" level={3}>
          <ul className={styles.list}>
            {earlier.map((v) => (
              <li key={v.id} className={styles.item}>
                <p className={styles.text}>{v.text}</p>
                <p className={styles.meta}>
                  {describePerson(v.by)}, {formatDateTime(v.at)}
                </p>
              </li>
            ))}
          </ul>
        </NotesSection>
      )}
    </NotesSection>
  );
}
