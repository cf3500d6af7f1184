import { makeStyles, mergeClasses, tokens, typographyStyles } from '@fluentui/react-components';
import { CheckmarkCircle16Filled, Circle16Regular } from '@fluentui/react-icons';
import type { Criterion } from '../../../domain';
import { criterionDetail, criterionLabel, type CriterionReader } from '../../content/criterionText';
import { useWords } from '../../words';
import { VISUALLY_HIDDEN } from '../shared';

export interface CriteriaListProps {
  criteria: Criterion[];
  /** Names the list for assistive technology, e.g. "Criteria for Learn". */
  label: string;
  /** Whose panel reads the list: the sentences are worded for them. */
  reader: CriterionReader;
  className?: string;
}

const useStyles = makeStyles({
  list: {
    margin: 0,
    padding: 0,
    listStyleType: 'none',
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalS,
  },
  item: {
    display: 'grid',
    gridTemplateColumns: 'auto minmax(0, 1fr)',
    columnGap: tokens.spacingHorizontalS,
    alignItems: 'start',
  },
  icon: { marginTop: tokens.spacingVerticalXXS },
  met: { color: tokens.colorPaletteGreenForeground1 },
  missing: { color: tokens.colorNeutralForeground3 },
  title: { ...typographyStyles.body1Strong, display: 'block' },
  detail: {
    ...typographyStyles.caption1,
    color: tokens.colorNeutralForeground2,
    display: 'block',
    overflowWrap: 'break-word',
  },
  visuallyHidden: VISUALLY_HIDDEN,
});

/**
 * A stage's exit criteria: met or missing by icon shape (a filled check or an
 * empty ring) and, for screen readers, by word; never by colour alone.
 */
export function CriteriaList({ criteria, label, reader, className }: CriteriaListProps) {
  const styles = useStyles();
  const words = useWords();
  return (
    <ul aria-label={label} className={mergeClasses(styles.list, className)}>
      {criteria.map((c) => (
        <li key={c.id} className={styles.item} data-criterion={c.id} data-met={c.met}>
          {c.met ? (
            <CheckmarkCircle16Filled aria-hidden className={mergeClasses(styles.icon, styles.met)} />
          ) : (
            <Circle16Regular aria-hidden className={mergeClasses(styles.icon, styles.missing)} />
          )}
          <div>
            <span className={styles.title}>
              {criterionLabel(words, c, reader)}
              <span className={styles.visuallyHidden}> {c.met ? words.t('panel.criteria.met') : words.t('panel.criteria.missing')}</span>
            </span>
            <span className={styles.detail}>{criterionDetail(words, c, reader)}</span>
          </div>
        </li>
      ))}
    </ul>
  );
}
