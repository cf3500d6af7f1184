import { mergeClasses } from '@fluentui/react-components';
import type { GrowthShare, SessionGrowth } from '../../../domain';
import type { Words } from '../../../words';
import { useWords } from '../../words';
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
export const shareText = (words: Words, { byCoachee, total }: GrowthShare) =>
  total === 0
    ? words.t('notes.growth.none')
    : words.t('notes.growth.share', { part: byCoachee, total, percent: Math.round((100 * byCoachee) / total) });

/**
 * For the coach only (the caller decides): how much of each session's
 * thinking came from the coachee. Not part of the Markdown export.
 */
export function CoachingGrowthNotes({ coachee, growth, currentSessionId }: CoachingGrowthNotesProps) {
  const styles = useNotesStyles();
  const own = useHistoryNotesStyles();
  const words = useWords();
  const headings = [
    words.t('notes.growth.session'),
    words.t('notes.growth.challenge'),
    words.t('notes.growth.causes'),
    words.t('notes.growth.options'),
  ];
  return (
    <NotesSection title={words.t('notes.growth.title')}>
      <p className={styles.meta}>{words.t('notes.growth.private')}</p>
      <div className={own.tableWrap}>
        <table className={styles.table}>
          <caption className={styles.caption}>{words.t('notes.growth.caption', { name: coachee })}</caption>
          <thead>
            <tr>
              {headings.map((h) => (
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
                  {g.sessionId === currentSessionId
                    ? words.t('notes.growth.thisSession', { date: words.date(g.date) })
                    : words.date(g.date)}
                </th>
                <td className={styles.cell}>{shareText(words, g.challenge)}</td>
                <td className={styles.cell}>{shareText(words, g.causes)}</td>
                <td className={styles.cell}>{shareText(words, g.options)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </NotesSection>
  );
}
