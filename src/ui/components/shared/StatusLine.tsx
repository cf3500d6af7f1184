import { useCallback, useId, useSyncExternalStore } from 'react';
import { Button, makeStyles, tokens, typographyStyles } from '@fluentui/react-components';
import type { StatusKeeping } from '../../../ports';
import { useWords } from '../../words';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXXS,
  },
  text: { ...typographyStyles.caption1, color: tokens.colorNeutralForeground2, margin: 0 },
});

/** What every background status can say it failed with: the failure says whether trying again may help. */
type Failable = { kind: string } | { kind: 'failed'; failure: { retryable: boolean } };

export interface StatusLineProps<S extends Failable> {
  keeping: StatusKeeping<S>;
  /** The line's words for a status; empty while there is nothing to say. */
  sentence(status: S): string;
  /** Names the live region when its words alone would not (several such lines on a page). */
  label?: string;
}

/**
 * Background work in one quiet line, never an alert, so a failure does not
 * disturb the meeting. The live region is always there (empty while there is
 * nothing to say), so each change is announced politely; "Try again" only
 * when it may help.
 */
export function StatusLine<S extends Failable>({ keeping, sentence, label }: StatusLineProps<S>) {
  const styles = useStyles();
  const words = useWords();
  const textId = useId();
  const subscribe = useCallback((listener: () => void) => keeping.subscribe(listener), [keeping]);
  const getStatus = useCallback(() => keeping.getStatus(), [keeping]);
  const status = useSyncExternalStore(subscribe, getStatus);
  const retryable = 'failure' in status && status.kind === 'failed' && status.failure.retryable;
  return (
    <div className={styles.root}>
      <p id={textId} role="status" aria-live="polite" aria-label={label} className={styles.text}>
        {sentence(status)}
      </p>
      {retryable && (
        <Button size="small" appearance="subtle" aria-describedby={textId} onClick={() => keeping.retry()}>
          {words.t('common.tryAgain')}
        </Button>
      )}
    </div>
  );
}
