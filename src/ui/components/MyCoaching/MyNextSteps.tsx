import type { OpenStep } from '../../../domain';
import { NotesEmpty, NotesSection } from '../Notes/NotesSection';
import { useNotesStyles } from '../Notes/useNotesStyles.styles';
import { dueText } from './formatMyCoaching';
import { useMyCoachingStyles } from './useMyCoachingStyles.styles';

export interface MyNextStepsProps {
  /** The user's own open steps, overdue first (openStepsOf). */
  steps: readonly OpenStep[];
  locale?: string;
}

/** "My next steps": what the user took on and has not done, the most urgent first, each with its challenge. */
export function MyNextSteps({ steps, locale }: MyNextStepsProps) {
  const notes = useNotesStyles();
  const styles = useMyCoachingStyles();
  return (
    <NotesSection title="My next steps">
      {steps.length === 0 ? (
        <NotesEmpty>No open next steps: everything you took on is done.</NotesEmpty>
      ) : (
        <ul className={notes.list}>
          {steps.map((s) => (
            <li key={`${s.sessionId}/${s.id}`} className={notes.item}>
              <p className={notes.text} dir="auto">
                {s.text}
              </p>
              <p className={styles[s.urgency]}>{dueText(s.due, s.urgency, locale)}</p>
              {s.challenge && (
                <p className={notes.meta}>
                  For: <span dir="auto">{s.challenge}</span>
                </p>
              )}
            </li>
          ))}
        </ul>
      )}
    </NotesSection>
  );
}
