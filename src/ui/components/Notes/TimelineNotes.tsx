import { useId } from 'react';
import { mergeClasses } from '@fluentui/react-components';
import { STAGE_LABELS } from '../../../domain';
import { formatDateTime, formatDuration } from '../../format';
import { NotesSection } from './NotesSection';
import { describeChange, loopsLabel } from './notesText';
import type { NotesTimeline } from './sessionNotes';
import { useNotesStyles } from './useNotesStyles.styles';

export interface TimelineNotesProps {
  timeline: NotesTimeline;
}

/** How the conversation went: the path taken (loops included), time per stage, and every change with its reason. */
export function TimelineNotes({ timeline }: TimelineNotesProps) {
  const styles = useNotesStyles();
  const pathId = useId();
  return (
    <NotesSection title="Stage timeline">
      <div>
        <p id={pathId} className={styles.text}>
          Path taken ({loopsLabel(timeline.loopsBack)}):
        </p>
        <ol aria-labelledby={pathId} className={mergeClasses(styles.path, styles.text)}>
          {timeline.path.map((stage, i) => (
            <li key={i}>
              {i > 0 && <span aria-hidden>→ </span>}
              {STAGE_LABELS[stage]}
            </li>
          ))}
        </ol>
      </div>
      <table className={styles.table}>
        <caption className={styles.caption}>Time per stage</caption>
        <thead>
          <tr>
            <th scope="col" className={mergeClasses(styles.cell, styles.headCell)}>
              Stage
            </th>
            <th scope="col" className={mergeClasses(styles.cell, styles.headCell)}>
              Time spent
            </th>
            <th scope="col" className={mergeClasses(styles.cell, styles.headCell)}>
              Visits
            </th>
          </tr>
        </thead>
        <tbody>
          {timeline.times.map((t) => (
            <tr key={t.stage}>
              <th scope="row" className={mergeClasses(styles.cell, styles.headCell)}>
                {STAGE_LABELS[t.stage]}
              </th>
              <td className={styles.cell}>{t.visits === 0 ? 'Not visited' : formatDuration(t.ms)}</td>
              <td className={styles.cell}>{t.visits}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <NotesSection title="Stage changes" level={3}>
        <ol className={styles.list}>
          {timeline.changes.map((change) => (
            <li key={change.id} className={styles.item}>
              <p className={styles.text}>{describeChange(change)}.</p>
              {change.reason !== null && <p className={styles.text}>Reason: {change.reason}</p>}
              <p className={styles.meta}>{formatDateTime(change.at)}</p>
            </li>
          ))}
        </ol>
      </NotesSection>
    </NotesSection>
  );
}
