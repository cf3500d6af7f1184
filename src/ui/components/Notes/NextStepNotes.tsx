import { CheckmarkCircle16Filled } from '@fluentui/react-icons';
import { useWords } from '../../words';
import { NotesSection } from './NotesSection';
import { personName } from './notesText';
import { StepList } from './StepList';
import type { NotesNextStep } from './sessionNotes';
import { useNotesStyles } from './useNotesStyles.styles';

export interface NextStepNotesProps {
  /** Earliest due first. */
  steps: readonly NotesNextStep[];
}

/** The plan: what, who, by when, and whether it is done (in words, not by colour alone). */
export function NextStepNotes({ steps }: NextStepNotesProps) {
  const styles = useNotesStyles();
  const words = useWords();
  return (
    <NotesSection title={words.t('notes.nextSteps.title')}>
      <StepList
        steps={steps.map((step) => ({
          ...step,
          owner: personName(words, step.owner),
          state: step.done ? (
            <strong>
              <CheckmarkCircle16Filled aria-hidden className={styles.done} />
              {words.t('notes.step.done')}
            </strong>
          ) : (
            words.t('notes.step.notDoneYet')
          ),
        }))}
        emptyText={words.t('notes.nextSteps.none')}
      />
    </NotesSection>
  );
}
