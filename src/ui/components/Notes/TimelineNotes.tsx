import { useId } from 'react';
import { mergeClasses } from '@fluentui/react-components';
import { formatDuration, stageLabel } from '../../format';
import { useWords } from '../../words';
import { NotesSection } from './NotesSection';
import { describeChange } from './notesText';
import type { NotesTimeline } from './sessionNotes';
import { useNotesStyles } from './useNotesStyles.styles';

export interface TimelineNotesProps {
  timeline: NotesTimeline;
}

/** How the conversation went: the path taken (loops included), time per stage, and every change with its reason. */
export function TimelineNotes({ timeline }: TimelineNotesProps) {
  const styles = useNotesStyles();
  const words = useWords();
  const pathId = useId();
  return (
    <NotesSection title={words.t('notes.timeline.title')}>
      <div>
        <p id={pathId} className={styles.text}>
          {words.t('notes.timeline.pathTaken', { count: timeline.loopsBack })}
        </p>
        <ol aria-labelledby={pathId} className={mergeClasses(styles.path, styles.text)}>
          {timeline.path.map((stage, i) => (
            <li key={i}>
              {i > 0 && <span aria-hidden>{words.t('notes.timeline.arrow')} </span>}
              {stageLabel(words, stage)}
            </li>
          ))}
        </ol>
      </div>
      <table className={styles.table}>
        <caption className={styles.caption}>{words.t('notes.timeline.timePerStage')}</caption>
        <thead>
          <tr>
            <th scope="col" className={mergeClasses(styles.cell, styles.headCell)}>
              {words.t('notes.timeline.stage')}
            </th>
            <th scope="col" className={mergeClasses(styles.cell, styles.headCell)}>
              {words.t('notes.timeline.timeSpent')}
            </th>
            <th scope="col" className={mergeClasses(styles.cell, styles.headCell)}>
              {words.t('notes.timeline.visits')}
            </th>
          </tr>
        </thead>
        <tbody>
          {timeline.times.map((t) => (
            <tr key={t.stage}>
              <th scope="row" className={mergeClasses(styles.cell, styles.headCell)}>
                {stageLabel(words, t.stage)}
              </th>
              <td className={styles.cell}>{t.visits === 0 ? words.t('notes.timeline.notVisited') : formatDuration(words, t.ms)}</td>
              <td className={styles.cell}>{words.number(t.visits)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <NotesSection title={words.t('notes.timeline.changes')} level={3}>
        <ol className={styles.list}>
          {timeline.changes.map((change) => (
            <li key={change.id} className={styles.item}>
              <p className={styles.text}>{describeChange(words, change)}</p>
              {change.reason !== null && <p className={styles.text}>{words.t('notes.change.reason', { reason: change.reason })}</p>}
              <p className={styles.meta}>{words.dateTime(change.at)}</p>
            </li>
          ))}
        </ol>
      </NotesSection>
    </NotesSection>
  );
}
