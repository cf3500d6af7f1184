import { makeStyles, mergeClasses, tokens, typographyStyles } from '@fluentui/react-components';
import { CheckmarkCircle16Filled, Circle16Regular } from '@fluentui/react-icons';
import type { Criterion } from '../../../domain';

export interface CriteriaListProps {
  criteria: Criterion[];
  /** Names the list for assistive technology, e.g. "Criteria for Learn". */
  label: string;
  className?: string;
}

const useStyles = makeStyles({
  list: {
    margin: 0,
    padding: 0,
    listStyleType: 'none',
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXS,
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
  title: { ...typographyStyles.body1Strong },
  status: { ...typographyStyles.caption1Strong },
  detail: {
    ...typographyStyles.caption1,
    color: tokens.colorNeutralForeground2,
    margin: 0,
    overflowWrap: 'anywhere',
  },
});

/** A stage's exit criteria: met or missing by icon and by word, never by colour alone. */
export function CriteriaList({ criteria, label, className }: CriteriaListProps) {
  const styles = useStyles();
  return (
    <ul aria-label={label} className={mergeClasses(styles.list, className)}>
      {criteria.map((c) => (
        <li key={c.id} className={styles.item}>
          {c.met ? (
            <CheckmarkCircle16Filled aria-hidden className={mergeClasses(styles.icon, styles.met)} />
          ) : (
            <Circle16Regular aria-hidden className={mergeClasses(styles.icon, styles.missing)} />
          )}
          <div>
            <span className={styles.title}>{c.label}</span>{' '}
            <span className={mergeClasses(styles.status, c.met ? styles.met : styles.missing)}>
              ({c.met ? 'met' : 'missing'})
            </span>
            <p className={styles.detail}>{c.detail}</p>
          </div>
        </li>
      ))}
    </ul>
  );
}
