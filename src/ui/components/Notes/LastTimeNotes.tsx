import { formatLocalDate } from '../../format';
import { NotesSection } from './NotesSection';
import { StepList } from './StepList';
import { CAUSE_REVIEW_LABELS, STEP_REVIEW_LABELS } from './notesText';
import type { NotesLastTime } from './sessionNotes';
import { useNotesStyles } from './useNotesStyles.styles';

export interface LastTimeNotesProps {
  lastTime: NotesLastTime;
}

/** The status update: what became of last time's plan and diagnosis. */
export function LastTimeNotes({ lastTime }: LastTimeNotesProps) {
  const styles = useNotesStyles();
  return (
    <NotesSection title={`Last time (${formatLocalDate(lastTime.fromDate)})`}>
      {lastTime.challenge && <p className={styles.text}>{lastTime.challenge}</p>}
      {lastTime.chosenOption && <p className={styles.meta}>Chosen option: {lastTime.chosenOption}</p>}
      <NotesSection title="What happened to the steps" level={3}>
        <StepList
          steps={lastTime.steps.map((s) => ({
            ...s,
            owner: s.ownerName,
            state: s.review ? STEP_REVIEW_LABELS[s.review] : 'Not reviewed yet',
          }))}
          emptyText="There were no next steps."
        />
      </NotesSection>
      {lastTime.causes.length > 0 && (
        <NotesSection title="Were the causes right?" level={3}>
          <ul className={styles.list}>
            {lastTime.causes.map((c) => (
              <li key={c.id} className={styles.item}>
                <p className={styles.text}>{c.text}</p>
                <p className={styles.meta}>
                  Said by {c.authorName} · {c.review ? CAUSE_REVIEW_LABELS[c.review] : 'Not reviewed yet'}
                </p>
              </li>
            ))}
          </ul>
        </NotesSection>
      )}
    </NotesSection>
  );
}
