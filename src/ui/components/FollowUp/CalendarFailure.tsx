import { Button, MessageBar, MessageBarActions, MessageBarBody } from '@fluentui/react-components';
import type { GraphFailure } from '../../../ports';

export interface CalendarFailureProps {
  failure: GraphFailure | null;
  /** Shown as "Try again" when the failure may pass. */
  onRetry(): void;
  disabled?: boolean;
}

/** A calendar or chat failure in words, with a retry where one can help. */
export function CalendarFailure({ failure, onRetry, disabled }: CalendarFailureProps) {
  if (!failure) return null;
  return (
    <MessageBar intent={failure.kind === 'throttled' || failure.kind === 'offline' ? 'warning' : 'error'} role="alert">
      <MessageBarBody>{failure.message}</MessageBarBody>
      {failure.retryable && (
        <MessageBarActions>
          <Button size="small" onClick={onRetry} disabled={disabled}>
            Try again
          </Button>
        </MessageBarActions>
      )}
    </MessageBar>
  );
}
