import { CheckmarkCircle16Filled } from '@fluentui/react-icons';
import { formatLocalDate } from '../../format';
import { NotesEmpty, NotesSection } from './NotesSection';
import type { NotesNextStep } from './sessionNotes';
import { useNotesStyles } from './useNotesStyles.styles';

export interface NextStepNotesProps {
  /** Earliest due first. */
  steps: readonly NotesNextStep[];
}

/** The plan: what, who, by when, and whether it is done (in words, not by colour alone). */
export function NextStepNotes({ steps }: NextStepNotesProps) {
  const styles = useNotesStyles();
  return (
    <NotesSection title="Next steps">
      {steps.length === 0 ? (
        <NotesEmpty>No next steps yet.</NotesEmpty>
      ) : (
        <ul className={styles.list}>
          {steps.map((step) => (
            <li key={step.id} className={styles.item}>
              <p className={styles.text}>{step.text}</p>
              <p className={styles.meta}>
                Who: {step.owner.name} · By when: {formatLocalDate(step.due)} ·{' '}
                {step.done ? (
                  <strong>
                    <CheckmarkCircle16Filled aria-hidden className={styles.done} />
                    Done
                  </strong>
                ) : (
                  'Not done yet'
                )}
              </p>
            </li>
          ))}
        </ul>
      )}
    </NotesSection>
  );
}
