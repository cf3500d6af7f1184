import type { ReactNode } from 'react';
import type { LocalDate } from '../../../domain';
import { useWords } from '../../words';
import { NotesEmpty } from './NotesSection';
import { useNotesStyles } from './useNotesStyles.styles';

export interface StepListItem {
  id: string;
  text: string;
  owner: string;
  due: LocalDate;
  /** Where it stands, in words: done, not done yet, a review. */
  state: ReactNode;
}

/** Next steps in the notes: what, then who, by when and where it stands; `emptyText` when there are none. */
export function StepList({ steps, emptyText }: { steps: readonly StepListItem[]; emptyText: string }) {
  const styles = useNotesStyles();
  const words = useWords();
  if (steps.length === 0) return <NotesEmpty>{emptyText}</NotesEmpty>;
  return (
    <ul className={styles.list}>
      {steps.map((s) => (
        <li key={s.id} className={styles.item}>
          <p className={styles.text}>{s.text}</p>
          <p className={styles.meta}>
            {words.t('notes.step.who', { name: s.owner })}
            {' · '}
            {words.t('notes.step.byWhen', { date: words.date(s.due) })}
            {' · '}
            {s.state}
          </p>
        </li>
      ))}
    </ul>
  );
}
