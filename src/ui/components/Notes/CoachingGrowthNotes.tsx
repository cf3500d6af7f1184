import { mergeClasses } from '@fluentui/react-components';
import type { GrowthShare, SessionGrowth } from '../../../domain';
import { formatLocalDate } from '../../format';
import { NotesSection } from './NotesSection';
import { useHistoryNotesStyles } from './useHistoryNotesStyles.styles';
import { useNotesStyles } from './useNotesStyles.styles';

export interface CoachingGrowthNotesProps {
  coachee: string;
  /** Oldest first; the current session last. */
  growth: readonly SessionGrowth[];
  currentSessionId: string;
}

/** "2 of 3 (67%)": numbers and the share in words, never colour alone. */
export const shareText = ({ byCoachee, total }: GrowthShare) =>
  total === 0 ? 'None yet' : `${byCoachee} of ${total} (${Math.round((100 * byCoachee) / total)}%)`;

/**
 * For the coach only (the caller decides): how much of each session's
 * thinking came from the coachee. Not part of the Markdown export.
 */
export function CoachingGrowthNotes({ coachee, growth, currentSessionId }: CoachingGrowthNotesProps) {
  const styles = useNotesStyles();
  const own = useHistoryNotesStyles();
  return (
    <NotesSection title="Coaching growth">
      <p className={styles.meta}>Only you, the coach, see this. It is not in the exported notes.</p>
      <div className={own.tableWrap}>
        <table className={styles.table}>
          <caption className={styles.caption}>{`How much came from ${coachee}, session by session`}</caption>
          <thead>
            <tr>
              {['Session', 'Challenge statements', 'Causes', 'Options'].map((h) => (
                <th key={h} scope="col" className={mergeClasses(styles.cell, styles.headCell)}>
                  {h}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {growth.map((g) => (
              <tr key={g.sessionId}>
                <th scope="row" className={styles.cell}>
                  {formatLocalDate(g.date)}
                  {g.sessionId === currentSessionId ? ' (this session)' : ''}
                </th>
                <td className={styles.cell}>{shareText(g.challenge)}</td>
                <td className={styles.cell}>{shareText(g.causes)}</td>
                <td className={styles.cell}>{shareText(g.options)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </NotesSection>
  );
}
