import { useCallback, useId, useSyncExternalStore } from 'react';
import { Button, makeStyles, tokens, typographyStyles } from '@fluentui/react-components';
import type { StepTasksKeeping, StepTasksStatus } from '../../../ports';

const useStyles = makeStyles({
  root: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalXXS },
  text: { ...typographyStyles.caption1, color: tokens.colorNeutralForeground2, margin: 0 },
});

/** The To Do list the gateway puts every Stagecoach task in. */
const LIST = '“Coaching”';

function sentence(status: StepTasksStatus): string {
  switch (status.kind) {
    case 'idle':
      return '';
    case 'saving':
      return 'Putting your next steps in To Do…';
    case 'saved':
      // No steps of theirs (all removed or handed on): nothing to say.
      if (status.count === 0) return '';
      return status.count === 1
        ? `Your next step is in your Microsoft To Do, list ${LIST}.`
        : `Your next steps are in your Microsoft To Do, list ${LIST}.`;
    case 'failed':
      return `Your next steps are not in your Microsoft To Do yet: ${status.message}`;
  }
}

/**
 * Where putting this user's own next steps in their own To Do stands: one
 * quiet line, never an alert, so a failure does not disturb the meeting.
 * The live region is always there (empty while there is nothing to say), so
 * each change is announced politely. Not for observers: they keep no tasks.
 */
export function StepTasksStatusLine({ keeping }: { keeping: StepTasksKeeping }) {
  const styles = useStyles();
  const textId = useId();
  const subscribe = useCallback((listener: () => void) => keeping.subscribe(listener), [keeping]);
  const getStatus = useCallback(() => keeping.getStatus(), [keeping]);
  const status = useSyncExternalStore(subscribe, getStatus);
  return (
    <div className={styles.root}>
      <p id={textId} role="status" aria-live="polite" aria-label="Your next steps in To Do" className={styles.text}>
        {sentence(status)}
      </p>
      {status.kind === 'failed' && status.retryable && (
        <Button size="small" appearance="subtle" aria-describedby={textId} onClick={() => keeping.retry()}>
          Try again
        </Button>
      )}
    </div>
  );
}
