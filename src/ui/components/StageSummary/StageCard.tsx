import { useId, type ReactNode } from 'react';
import { Card, mergeClasses } from '@fluentui/react-components';
import { useStageSummaryStyles } from './useStageSummaryStyles.styles';

export interface StageCardProps {
  /** The card's h3, and the name of its region. */
  title: string;
  children: ReactNode;
  /** Placement in the surrounding layout. */
  className?: string;
}

/** One fact of the session on the stage: a Fluent card named by its heading. Read-only, so never focusable. */
export function StageCard({ title, children, className }: StageCardProps) {
  const styles = useStageSummaryStyles();
  const headingId = useId();
  return (
    <Card role="region" aria-labelledby={headingId} size="large" className={mergeClasses(styles.card, className)}>
      <h3 id={headingId} className={styles.cardHeading}>
        {title}
      </h3>
      {children}
    </Card>
  );
}
