import { makeStyles, mergeClasses, tokens, typographyStyles } from '@fluentui/react-components';
import { ChevronDown16Regular, ChevronRight16Regular } from '@fluentui/react-icons';
import { useState, type ReactNode } from 'react';

export interface DisclosureProps {
  /** What the closed disclosure says: a short name, with any count or hint. */
  summary: ReactNode;
  children: ReactNode;
  defaultOpen?: boolean;
  /** Tells the owner when it opens or closes (to load what only the open view needs). */
  onToggle?(open: boolean): void;
  className?: string;
  summaryClassName?: string;
}

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS, minWidth: 0 },
  summary: {
    ...typographyStyles.body1Strong,
    display: 'flex',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalXS,
    cursor: 'pointer',
    listStyleType: 'none',
    borderRadius: tokens.borderRadiusMedium,
    // The pointer target is the whole row, at least Fluent's small control height.
    minHeight: '24px',
    '::-webkit-details-marker': { display: 'none' },
    ':hover': { color: tokens.colorNeutralForeground2Hover },
    ':focus-visible': {
      outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`,
      outlineOffset: tokens.strokeWidthThin,
    },
  },
  chevron: { flexShrink: 0, color: tokens.colorNeutralForeground3 },
});

/**
 * Progressive disclosure with the browser's own details/summary: keyboard and
 * screen readers get a native expandable button, and no focus manager joins
 * the first paint (Fluent's Accordion would bring its ~20 KB tabster along).
 */
export function Disclosure({ summary, children, defaultOpen = false, onToggle, className, summaryClassName }: DisclosureProps) {
  const styles = useStyles();
  const [open, setOpen] = useState(defaultOpen);
  return (
    <details
      open={open}
      className={mergeClasses(styles.root, className)}
      onToggle={(e) => {
        const now = e.currentTarget.open;
        if (now === open) return;
        setOpen(now);
        onToggle?.(now);
      }}
    >
      <summary className={mergeClasses(styles.summary, summaryClassName)}>
        {open ? (
          <ChevronDown16Regular aria-hidden className={styles.chevron} />
        ) : (
          <ChevronRight16Regular aria-hidden className={styles.chevron} />
        )}
        <span>{summary}</span>
      </summary>
      {children}
    </details>
  );
}
