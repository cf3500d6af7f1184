import { useCallback, useEffect, useId, useState } from 'react';
import { Button, Spinner, makeStyles, tokens, typographyStyles } from '@fluentui/react-components';
import type { LocalDate, PlanView } from '../../domain';
import { FollowUpPlanView, type TickStepFn } from '../components/FollowUpPlan';
import { InlineAlert } from '../components/shared';
import { failureOf, type Failure } from '../../ports';
import { failureText } from '../content/failures';
import type { Words } from '../../words';
import { useWords } from '../words';

/** What the pane shows, as the entry's lookup resolves it (src/sync's resolveFollowUp fits it). */
export type FollowUpPlanLoad =
  | {
      kind: 'found';
      plan: PlanView;
      /** Where the done states come from; "session" when the viewer's task list could not be read. */
      doneStates: { from: 'taskList' } | { from: 'session'; failure: Failure };
    }
  | { kind: 'notFollowUp' }
  | { kind: 'failed'; failure: Failure };

export interface FollowUpPaneProps {
  /** Looks the plan up; called on mount and on "Try again". Never rejects (a rejection is shown as a failure). */
  load(): Promise<FollowUpPlanLoad>;
  tick: TickStepFn;
  /** Today in the viewer's time zone, for how urgent an open step is. */
  today?: LocalDate;
}

type PaneState = { kind: 'loading' } | FollowUpPlanLoad;

// Outlook's task pane is 320–350 px wide, and must hold at 280: a narrow
// page, its text wrapping whole words, never scrolling sideways.
const useStyles = makeStyles({
  root: {
    boxSizing: 'border-box',
    minWidth: 0,
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalL,
    padding: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalM}`,
    overflowWrap: 'break-word',
  },
  header: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXXS, minWidth: 0 },
  title: { ...typographyStyles.title3, margin: 0 },
  pair: { ...typographyStyles.body1, margin: 0, color: tokens.colorNeutralForeground2 },
  loading: { display: 'flex', justifyContent: 'center', padding: tokens.spacingVerticalXXL },
  text: { ...typographyStyles.body1, margin: 0 },
  status: { ...typographyStyles.caption1, margin: 0, color: tokens.colorNeutralForeground2 },
  problem: { display: 'flex', flexDirection: 'column', alignItems: 'flex-start', rowGap: tokens.spacingVerticalS },
});

/** "Alex and Sam": whose plan it is, from the plan's own names (text). */
const pairOf = (words: Words, plan: PlanView) =>
  words.list([plan.coach?.name, plan.coachee?.name].filter((name): name is string => Boolean(name)));

/**
 * The Outlook add-in's task pane: the coaching plan a follow-up meeting is
 * about, with the viewer's own next steps to tick in their own task list.
 */
export function FollowUpPane({ load, tick, today }: FollowUpPaneProps) {
  const styles = useStyles();
  const words = useWords();
  const titleId = useId();
  const [state, setState] = useState<PaneState>({ kind: 'loading' });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let live = true;
    load().then(
      (result) => live && setState(result),
      (error: unknown) => live && setState({ kind: 'failed', failure: failureOf(error) }),
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

  const pair = state.kind === 'found' ? pairOf(words, state.plan) : '';
  return (
    <main className={styles.root} aria-labelledby={titleId} data-plan-state={state.kind}>
      <header className={styles.header}>
        <h1 id={titleId} className={styles.title}>
          {words.t('afterMeeting.pane.title')}
        </h1>
        {pair && (
          <p className={styles.pair} dir="auto">
            {pair}
          </p>
        )}
      </header>
      {state.kind === 'loading' && (
        <div className={styles.loading}>
          <Spinner label={words.t('afterMeeting.pane.lookingUp')} />
        </div>
      )}
      {state.kind === 'notFollowUp' && (
        <div className={styles.problem}>
          <p className={styles.text}>{words.t('afterMeeting.pane.notFollowUp')}</p>
          {/* The invite may land a moment before the session's copy is saved: looking again is cheap. */}
          <Button size="small" onClick={retry}>
            {words.t('afterMeeting.pane.lookAgain')}
          </Button>
        </div>
      )}
      {state.kind === 'failed' && (
        <div className={styles.problem}>
          <InlineAlert message={words.t('afterMeeting.pane.notLoaded', { message: failureText(words, state.failure) })} />
          {state.failure.retryable && <Button onClick={retry}>{words.t('common.tryAgain')}</Button>}
        </div>
      )}
      {state.kind === 'found' && (
        <>
          {state.doneStates.from === 'session' && (
            <div className={styles.problem}>
              <p className={styles.status} role="status">
                {words.t('afterMeeting.pane.taskListUnread', { message: failureText(words, state.doneStates.failure) })}
              </p>
              {state.doneStates.failure.retryable && (
                <Button size="small" onClick={retry}>
                  {words.t('common.tryAgain')}
                </Button>
              )}
            </div>
          )}
          <FollowUpPlanView plan={state.plan} onTick={tick} today={today} />
        </>
      )}
    </main>
  );
}
