import { useId } from 'react';
import { Button, Checkbox, Spinner, mergeClasses } from '@fluentui/react-components';
import type { LocalDate, PlanStepView } from '../../../domain';
import { failureText } from '../../content/failures';
import { useWords } from '../../words';
import { InlineAlert } from '../shared';
import { DueBadge } from './DueBadge';
import { ReadOnlyStep } from './ReadOnlyStep';
import type { TickState } from './usePlanTicks';
import { useFollowUpPlanStyles } from './useFollowUpPlanStyles.styles';

export interface StepItemProps {
  /** Done as the viewer sees it (usePlanTicks). */
  step: PlanStepView;
  /** Present for the viewer's own steps, which they tick in their own task list; others' are read-only. */
  onTick?: (step: PlanStepView, done: boolean) => void;
  tickState?: TickState;
  /** Whether to name the owner beside the step (not needed under a heading that names them). @default true */
  showOwner?: boolean;
  /** Today in the viewer's time zone, for how urgent an open step is. */
  today?: LocalDate;
}

/**
 * One next step: what, who, by when, and whether it is done. The viewer's
 * own step is a checkbox named by the step's text, its checked state saying
 * done or not (its due date describes it); anyone else's says its state in a
 * badge. `data-step-state` is `done` or `open`.
 */
export function StepItem({ step, onTick, tickState = { kind: 'idle' }, showOwner = true, today }: StepItemProps) {
  const styles = useFollowUpPlanStyles();
  const words = useWords();
  const metaId = useId();
  const saving = tickState.kind === 'saving';
  const state = step.done ? 'done' : 'open';

  if (!onTick) return <ReadOnlyStep step={step} showOwner={showOwner} today={today} />;

  const checked = saving ? tickState.done : step.done;
  return (
    <li className={styles.step} data-step-state={state}>
      <Checkbox
        className={styles.checkbox}
        checked={checked}
        aria-describedby={metaId}
        // Focus stays on the box while the task list answers; a second press waits for the first.
        onChange={(_, data) => onTick(step, data.checked === true)}
        label={{
          className: styles.checkboxLabel,
          children: (
            <span className={mergeClasses(styles.stepText, step.done && styles.doneText)} dir="auto">
              {step.text}
            </span>
          ),
        }}
      />
      <div className={mergeClasses(styles.meta, styles.indented)} id={metaId}>
        {showOwner && <span className={styles.owner}>{words.t('afterMeeting.step.yours')}</span>}
        <DueBadge due={step.due} done={step.done} today={today} />
        {saving && (
          <Spinner
            size="extra-tiny"
            label={checked ? words.t('afterMeeting.step.ticking') : words.t('afterMeeting.step.unticking')}
            className={styles.pending}
          />
        )}
      </div>
      {tickState.kind === 'failed' && (
        <div className={mergeClasses(styles.failure, styles.indented)}>
          <InlineAlert message={words.t('afterMeeting.step.notSaved', { message: failureText(words, tickState.failure) })} />
          {tickState.failure.retryable && (
            <Button size="small" onClick={() => onTick(step, tickState.done)}>
              {words.t('common.tryAgain')}
            </Button>
          )}
        </div>
      )}
    </li>
  );
}
