import { useWords } from '../../words';
import type { LastSession } from './historyNotes';
import { NotesSection } from './NotesSection';
import { StepList } from './StepList';
import { useNotesStyles } from './useNotesStyles.styles';

export interface LastSessionNotesProps {
  last: LastSession;
}

/** Before the meeting: the last session (with the same person when known) and its open next steps. */
export function LastSessionNotes({ last }: LastSessionNotesProps) {
  const styles = useNotesStyles();
  const words = useWords();
  const title = last.counterpart
    ? words.t('notes.lastSession.titleWith', { name: last.counterpart.name })
    : words.t('notes.lastSession.title');
  return (
    <NotesSection title={title}>
      <p className={styles.meta}>{words.dateTime(last.session.createdAt)}</p>
      <p className={styles.text}>{last.challenge || words.t('notes.lastSession.noChallenge')}</p>
      <NotesSection title={words.t('notes.lastSession.openSteps')} level={3}>
        <StepList
          steps={last.openSteps.map((s) => ({
            id: s.id,
            text: s.text,
            owner: s.owner ?? words.t('notes.person.left'),
            due: s.due,
            state: words.t('notes.step.notDoneYet'),
          }))}
          emptyText={words.t('notes.lastSession.allDone')}
        />
      </NotesSection>
    </NotesSection>
  );
}
