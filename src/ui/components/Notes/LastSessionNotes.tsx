import { formatDateTime } from '../../format';
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
  const title = last.counterpart ? `Last time with ${last.counterpart.name}` : 'Your last session';
  return (
    <NotesSection title={title}>
      <p className={styles.meta}>{formatDateTime(last.session.createdAt)}</p>
      <p className={styles.text}>{last.challenge || 'No challenge was stated.'}</p>
      <NotesSection title="Open next steps" level={3}>
        <StepList
          steps={last.openSteps.map((s) => ({ id: s.id, text: s.text, owner: s.owner, due: s.due, state: 'Not done yet' }))}
          emptyText="Every next step was done."
        />
      </NotesSection>
    </NotesSection>
  );
}
