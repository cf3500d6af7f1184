import { useWords } from '../../words';
import { NotesSection } from './NotesSection';
import { StepList } from './StepList';
import { causeReviewLabel, stepReviewLabel } from './notesText';
import type { NotesLastTime } from './sessionNotes';
import { useNotesStyles } from './useNotesStyles.styles';

export interface LastTimeNotesProps {
  lastTime: NotesLastTime;
}

/** The status update: what became of last time's plan and diagnosis. */
export function LastTimeNotes({ lastTime }: LastTimeNotesProps) {
  const styles = useNotesStyles();
  const words = useWords();
  return (
    <NotesSection title={words.t('notes.lastTime.title', { date: words.date(lastTime.fromDate) })}>
      {lastTime.challenge && <p className={styles.text}>{lastTime.challenge}</p>}
      {lastTime.chosenOption && <p className={styles.meta}>{words.t('notes.lastTime.chosenOption', { option: lastTime.chosenOption })}</p>}
      <NotesSection title={words.t('notes.lastTime.steps')} level={3}>
        <StepList
          steps={lastTime.steps.map((s) => ({
            ...s,
            owner: s.ownerName,
            state: s.review ? stepReviewLabel(words, s.review) : words.t('notes.review.notReviewed'),
          }))}
          emptyText={words.t('notes.lastTime.noSteps')}
        />
      </NotesSection>
      {lastTime.causes.length > 0 && (
        <NotesSection title={words.t('notes.lastTime.causes')} level={3}>
          <ul className={styles.list}>
            {lastTime.causes.map((c) => (
              <li key={c.id} className={styles.item}>
                <p className={styles.text}>{c.text}</p>
                <p className={styles.meta}>
                  {words.t('notes.lastTime.saidBy', { name: c.authorName })}
                  {' · '}
                  {c.review ? causeReviewLabel(words, c.review) : words.t('notes.review.notReviewed')}
                </p>
              </li>
            ))}
          </ul>
        </NotesSection>
      )}
    </NotesSection>
  );
}
