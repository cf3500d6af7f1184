import { useWords } from '../../words';
import { NotesEmpty, NotesSection } from './NotesSection';
import { describePerson } from './notesText';
import type { NotesOption, NotesStatement } from './sessionNotes';
import { useNotesStyles } from './useNotesStyles.styles';

export interface ContributionNotesProps {
  /** "Causes", "Options". */
  title: string;
  /** "No causes yet." */
  emptyText: string;
  items: readonly (NotesStatement | NotesOption)[];
}

const isChosen = (item: NotesStatement | NotesOption) => 'chosen' in item && item.chosen;

/** Causes or options, each in its author's words and marked with who proposed it. */
export function ContributionNotes({ title, emptyText, items }: ContributionNotesProps) {
  const styles = useNotesStyles();
  const words = useWords();
  return (
    <NotesSection title={title}>
      {items.length === 0 ? (
        <NotesEmpty>{emptyText}</NotesEmpty>
      ) : (
        <ul className={styles.list}>
          {items.map((item) => (
            <li key={item.id} className={styles.item}>
              <p className={styles.text}>
                {item.text}
                {isChosen(item) && <strong className={styles.chosen}> {words.t('notes.option.chosenMark')}</strong>}
              </p>
              <p className={styles.meta}>{words.t('notes.proposedBy', { person: describePerson(words, item.by) })}</p>
            </li>
          ))}
        </ul>
      )}
    </NotesSection>
  );
}

export interface ChosenOptionNotesProps {
  option: NotesStatement | null;
}

/** The option the coachee will act on. */
export function ChosenOptionNotes({ option }: ChosenOptionNotesProps) {
  const styles = useNotesStyles();
  const words = useWords();
  return (
    <NotesSection title={words.t('notes.chosenOption.title')}>
      {option ? (
        <>
          <p className={styles.quote}>{option.text}</p>
          <p className={styles.meta}>{words.t('notes.proposedBy', { person: describePerson(words, option.by) })}</p>
        </>
      ) : (
        <NotesEmpty>{words.t('notes.chosenOption.none')}</NotesEmpty>
      )}
    </NotesSection>
  );
}
