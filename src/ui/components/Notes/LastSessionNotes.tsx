import { formatDateTime, formatLocalDate } from '../../format';
import type { LastSession } from './historyNotes';
import { NotesEmpty, NotesSection } from './NotesSection';
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
        {last.openSteps.length === 0 ? (
          <NotesEmpty>Every next step was done.</NotesEmpty>
        ) : (
          <ul className={styles.list}>
            {last.openSteps.map((s) => (
              <li key={s.id} className={styles.item}>
                <p className={styles.text}>{s.text}</p>
                <p className={styles.meta}>
                  Who: {s.owner} · By when: {formatLocalDate(s.due)} · Not done yet
                </p>
              </li>
            ))}
          </ul>
        )}
      </NotesSection>
    </NotesSection>
  );
}
