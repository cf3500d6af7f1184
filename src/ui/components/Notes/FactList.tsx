import { Fragment } from 'react';
import { useNotesStyles } from './useNotesStyles.styles';

/** Name–value facts (who, when, where it stands) as a description list. */
export function FactList({ facts }: { facts: readonly (readonly [string, string])[] }) {
  const styles = useNotesStyles();
  return (
    <dl className={styles.facts}>
      {facts.map(([name, value]) => (
        <Fragment key={name}>
          <dt className={styles.factName}>{name}</dt>
          <dd className={styles.factValue}>{value}</dd>
        </Fragment>
      ))}
    </dl>
  );
}
