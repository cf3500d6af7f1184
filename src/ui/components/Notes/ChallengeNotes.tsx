import { useWords } from '../../words';
import { NotesEmpty, NotesSection } from './NotesSection';
import { describePerson, personName } from './notesText';
import type { NotesChallenge } from './sessionNotes';
import { useNotesStyles } from './useNotesStyles.styles';

export interface ChallengeNotesProps {
  challenge: NotesChallenge;
}

/** The challenge in force, who stated it and who agreed, and every earlier definition. */
export function ChallengeNotes({ challenge }: ChallengeNotesProps) {
  const styles = useNotesStyles();
  const words = useWords();
  const { current, agreedBy, earlier } = challenge;
  return (
    <NotesSection title={words.t('notes.challenge.title')}>
      {current ? (
        <>
          <p className={styles.quote}>{current.text}</p>
          <p className={styles.meta}>
            {words.t('notes.challenge.statedBy', { person: describePerson(words, current.by), when: words.dateTime(current.at) })}{' '}
            {agreedBy.length > 0
              ? words.t('notes.challenge.agreedBy', { names: words.list(agreedBy.map((p) => personName(words, p))) })
              : words.t('notes.challenge.notAgreed')}
          </p>
        </>
      ) : (
        <NotesEmpty>{words.t('notes.challenge.none')}</NotesEmpty>
      )}
      {earlier.length > 0 && (
        <NotesSection title={words.t('notes.challenge.earlier')} level={3}>
          <ul className={styles.list}>
            {earlier.map((v) => (
              <li key={v.id} className={styles.item}>
                <p className={styles.text}>{v.text}</p>
                <p className={styles.meta}>
                  {words.t('notes.byLine', { person: describePerson(words, v.by), when: words.dateTime(v.at) })}
                </p>
              </li>
            ))}
          </ul>
        </NotesSection>
      )}
    </NotesSection>
  );
}
