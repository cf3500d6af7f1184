import { useState } from 'react';
import { Button, Checkbox, Spinner } from '@fluentui/react-components';
import type { PlanStepView } from '../../../domain';
import type { GraphOutcome } from '../../../ports';
import { formatLocalDate } from '../../format';
import { InlineAlert } from '../shared';
import { useFollowUpPlanStyles } from './useFollowUpPlanStyles.styles';

/** Ticks (or unticks) one of the viewer's own steps in their own task list. */
export type TickStepFn = (step: PlanStepView, done: boolean) => Promise<GraphOutcome<void>>;

type TickState =
  | { kind: 'idle' }
  | { kind: 'saving'; done: boolean }
  | { kind: 'failed'; done: boolean; message: string; retryable: boolean };

export interface StepItemProps {
  step: PlanStepView;
  /** Present for the viewer's own steps; others' steps are read-only. */
  onTick?: TickStepFn;
}

/** One next step: what, who, by when, and whether it is done; the viewer's own are a checkbox. */
export function StepItem({ step, onTick }: StepItemProps) {
  const styles = useFollowUpPlanStyles();
  const [done, setDone] = useState(step.done);
  const [tick, setTick] = useState<TickState>({ kind: 'idle' });
  const meta = `${step.ownerName} · by ${formatLocalDate(step.due)}`;

  const save = async (next: boolean) => {
    if (!onTick) return;
    setTick({ kind: 'saving', done: next });
    let outcome: GraphOutcome<void>;
    try {
      outcome = await onTick(step, next);
    } catch (error) {
      outcome = { ok: false, failure: { kind: 'unknown', message: error instanceof Error ? error.message : String(error), retryable: true } };
    }
    if (outcome.ok) {
      setDone(next);
      setTick({ kind: 'idle' });
    } else {
      setTick({ kind: 'failed', done: next, message: outcome.failure.message, retryable: outcome.failure.retryable });
    }
  };

  if (!step.mine || !onTick) {
    return (
      <li className={styles.step}>
        <p className={styles.stepText} dir="auto">
          {step.text}
        </p>
        <p className={styles.meta}>
          <span dir="auto">{meta}</span> · <span className={styles.state}>{done ? 'Done' : 'Open'}</span>
        </p>
      </li>
    );
  }

  const saving = tick.kind === 'saving';
  return (
    <li className={styles.step}>
      <Checkbox
        className={styles.checkbox}
        checked={saving ? tick.done : done}
        disabled={saving}
        onChange={(_, data) => void save(data.checked === true)}
        label={
          <span className={styles.stepText} dir="auto">
            Done: {step.text}
          </span>
        }
      />
      <p className={styles.meta} dir="auto">
        {meta} · yours, in your task list
      </p>
      {saving && (
        <Spinner size="extra-tiny" className={styles.pending} label={tick.done ? 'Ticking it in your task list…' : 'Unticking it in your task list…'} />
      )}
      {tick.kind === 'failed' && (
        <div className={styles.failure}>
          <InlineAlert message={`Not saved to your task list: ${tick.message}`} />
          {tick.retryable && (
            <Button size="small" onClick={() => void save(tick.done)}>
              Try again
            </Button>
          )}
        </div>
      )}
    </li>
  );
}
