import { useCallback, useEffect, useState } from 'react';
import { Button, Spinner, Text } from '@fluentui/react-components';
import type { PlanView } from '../../domain';
import { FollowUpPlanView, type TickStepFn } from '../components/FollowUpPlan';
import { useNotesStyles } from '../components/Notes';
import { InlineAlert } from '../components/shared';

/** What the pane shows, as the entry's lookup resolves it (src/sync's resolveFollowUp fits it). */
export type FollowUpPlanLoad =
  | {
      kind: 'found';
      plan: PlanView;
      /** Where the done states come from; "session" when the viewer's task list could not be read. */
      doneStates: { from: 'taskList' } | { from: 'session'; message: string; retryable: boolean };
    }
  | { kind: 'notFollowUp' }
  | { kind: 'failed'; message: string; retryable: boolean };

export interface FollowUpPaneProps {
  /** Looks the plan up; called on mount and on "Try again". Never rejects (a rejection is shown as a failure). */
  load(): Promise<FollowUpPlanLoad>;
  tick: TickStepFn;
}

type PaneState = { kind: 'loading' } | FollowUpPlanLoad;

/**
 * The Outlook add-in's task pane: the coaching plan a follow-up meeting is
 * about, with the viewer's own next steps to tick in their own task list.
 */
export function FollowUpPane({ load, tick }: FollowUpPaneProps) {
  const styles = useNotesStyles();
  const [state, setState] = useState<PaneState>({ kind: 'loading' });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let live = true;
    load().then(
      (result) => live && setState(result),
      (error: unknown) => live && setState({ kind: 'failed', message: error instanceof Error ? error.message : String(error), retryable: true }),
    );
    return () => {
      live = false;
    };
  }, [load, attempt]);

  // Back to "loading" in the event, not in the effect: one render per try.
  const retry = useCallback(() => {
    setState({ kind: 'loading' });
    setAttempt((n) => n + 1);
  }, []);

  return (
    <main className={styles.root}>
      <header className={styles.header}>
        <Text as="h1" className={styles.title}>
          Coaching plan
        </Text>
      </header>
      {state.kind === 'loading' && (
        <div className={styles.connecting}>
          <Spinner label="Looking up the coaching plan…" />
        </div>
      )}
      {state.kind === 'notFollowUp' && <p className={styles.text}>This meeting is not a Stagecoach follow-up.</p>}
      {state.kind === 'failed' && (
        <div className={styles.header}>
          <InlineAlert message={`The coaching plan could not be loaded. ${state.message}`} />
          {state.retryable && (
            <div>
              <Button onClick={retry}>Try again</Button>
            </div>
          )}
        </div>
      )}
      {state.kind === 'found' && (
        <>
          {state.doneStates.from === 'session' && (
            <div className={styles.header}>
              <p className={styles.status} role="status">
                Your task list could not be read ({state.doneStates.message}), so every step shows what the session recorded.
              </p>
              {state.doneStates.retryable && (
                <div>
                  <Button size="small" onClick={retry}>
                    Try again
                  </Button>
                </div>
              )}
            </div>
          )}
          <FollowUpPlanView plan={state.plan} onTick={tick} />
        </>
      )}
    </main>
  );
}
