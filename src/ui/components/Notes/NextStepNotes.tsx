import { CheckmarkCircle16Filled } from '@fluentui/react-icons';
import { NotesSection } from './NotesSection';
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
  return (
    <NotesSection title="Next steps">
      <StepList
        steps={steps.map((step) => ({
          ...step,
          owner: step.owner.name,
          state: step.done ? (
            <strong>
              <CheckmarkCircle16Filled aria-hidden className={styles.done} />
              Done
            </strong>
          ) : (
            'Not done yet'
          ),
        }))}
        emptyText="No next steps yet."
      />
    </NotesSection>
  );
}
