import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { ErrorCircle16Regular } from '@fluentui/react-icons';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    alignItems: 'flex-start',
    columnGap: tokens.spacingHorizontalXS,
    color: tokens.colorPaletteRedForeground1,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
  },
  icon: { flexShrink: 0, marginTop: tokens.spacingVerticalXXS },
});

export interface InlineAlertProps {
  /** Nothing is rendered while this is null. */
  message: string | null;
  className?: string;
}

/** A rejection shown next to the control that caused it (announced via role="alert"). */
export function InlineAlert({ message, className }: InlineAlertProps) {
  const styles = useStyles();
  if (!message) return null;
  return (
    <div role="alert" className={mergeClasses(styles.root, className)}>
      <ErrorCircle16Regular aria-hidden className={styles.icon} />
      <span>{message}</span>
    </div>
  );
}
