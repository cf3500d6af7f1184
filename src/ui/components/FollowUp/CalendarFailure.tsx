import { Button, makeStyles, tokens } from '@fluentui/react-components';
import type { Failure } from '../../../ports';
import { failureText } from '../../content/failures';
import { useWords } from '../../words';
import { InlineAlert } from '../shared';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', alignItems: 'flex-start', rowGap: tokens.spacingVerticalXS },
});

export interface CalendarFailureProps {
  failure: Failure | null;
  /** Shown as "Try again" when the failure may pass. */
  onRetry(): void;
  disabled?: boolean;
}

/**
 * A calendar or chat failure in words, with a retry where one can help.
 * InlineAlert rather than Fluent's MessageBar: the MessageBar's icons would
 * pull a large icon module into the side panel's first paint.
 */
export function CalendarFailure({ failure, onRetry, disabled }: CalendarFailureProps) {
  const styles = useStyles();
  const words = useWords();
  if (!failure) return null;
  return (
    <div className={styles.root}>
      <InlineAlert message={failureText(words, failure)} />
      {failure.retryable && (
        <Button size="small" onClick={onRetry} disabled={disabled}>
          {words.t('common.tryAgain')}
        </Button>
      )}
    </div>
  );
}
