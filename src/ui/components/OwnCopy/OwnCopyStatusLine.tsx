import { useCallback, useSyncExternalStore } from 'react';
import { Button, makeStyles, tokens, typographyStyles } from '@fluentui/react-components';
import type { OwnCopySaving, OwnCopyStatus } from '../../../ports';

const useStyles = makeStyles({
  root: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalXXS },
  text: { ...typographyStyles.caption1, color: tokens.colorNeutralForeground2, margin: 0 },
});

const timeOf = (at: number) => new Intl.DateTimeFormat(undefined, { timeStyle: 'short' }).format(new Date(at));

function sentence(status: OwnCopyStatus): string {
  switch (status.kind) {
    case 'idle':
      return '';
    case 'saving':
      return 'Saving your copy to your OneDrive…';
    case 'saved':
      return `Saved to your OneDrive at ${timeOf(status.at)}`;
    case 'failed':
      return `Not saved: ${status.message}`;
  }
}

/**
 * Where saving this user's own copy stands: one quiet line, never an alert,
 * so a failure does not disturb the meeting. Announced politely (role=status).
 */
export function OwnCopyStatusLine({ saving }: { saving: OwnCopySaving }) {
  const styles = useStyles();
  const subscribe = useCallback((listener: () => void) => saving.subscribe(listener), [saving]);
  const getStatus = useCallback(() => saving.getStatus(), [saving]);
  const status = useSyncExternalStore(subscribe, getStatus);
  return (
    <div className={styles.root}>
      <p role="status" className={styles.text}>
        {sentence(status)}
      </p>
      {status.kind === 'failed' && status.retryable && (
        <Button size="small" appearance="subtle" onClick={() => saving.retry()}>
          Try again
        </Button>
      )}
    </div>
  );
}
