import { useCallback, useMemo, useRef, useState } from 'react';
import { progressOf, type StepProgress } from '../../../domain';
import type { PlanStepView } from '../../../domain';
import { unexpectedFailure, type GraphFailure, type GraphOutcome } from '../../../ports';

/** Ticks (or unticks) one of the viewer's own steps in their own task list. */
export type TickStepFn = (step: PlanStepView, done: boolean) => Promise<GraphOutcome<void>>;

/** Where ticking one step stands. */
export type TickState = { kind: 'idle' } | { kind: 'saving'; done: boolean } | { kind: 'failed'; done: boolean; failure: GraphFailure };

const IDLE: TickState = { kind: 'idle' };

export interface PlanTicks {
  /** Every step, done as the viewer sees it now (a tick that went through included). */
  steps: PlanStepView[];
  /** Counted from `steps`: the same done-ness as the checkboxes. */
  progress: StepProgress;
  tickState(stepId: string): TickState;
  /** Ticks or unticks one of the viewer's own steps; ignored while that step is saving. */
  tick(step: PlanStepView, done: boolean): void;
}

/**
 * The plan's steps with the viewer's ticks applied: one done state per step,
 * which the checkbox, the state words and the count all read. A tick counts
 * once the task list took it; until then the step shows where it is going.
 */
export function usePlanTicks(initial: readonly PlanStepView[], onTick: TickStepFn): PlanTicks {
  const [done, setDone] = useState<ReadonlyMap<string, boolean>>(() => new Map());
  const [ticks, setTicks] = useState<ReadonlyMap<string, TickState>>(() => new Map());
  const saving = useRef(new Set<string>());

  const steps = useMemo(() => initial.map((s) => (done.has(s.id) ? { ...s, done: done.get(s.id) === true } : s)), [initial, done]);
  const progress = useMemo(() => progressOf(steps), [steps]);

  const setTick = (id: string, state: TickState) => setTicks((m) => new Map(m).set(id, state));

  const tick = useCallback(
    (step: PlanStepView, next: boolean) => {
      if (!step.mine || saving.current.has(step.id)) return;
      saving.current.add(step.id);
      setTick(step.id, { kind: 'saving', done: next });
      void onTick(step, next)
        .catch((error: unknown): GraphOutcome<void> => ({ ok: false, failure: unexpectedFailure(error) }))
        .then((outcome) => {
          saving.current.delete(step.id);
          if (outcome.ok) {
            setDone((m) => new Map(m).set(step.id, next));
            setTick(step.id, IDLE);
          } else {
            setTick(step.id, { kind: 'failed', done: next, failure: outcome.failure });
          }
        });
    },
    [onTick],
  );

  const tickState = useCallback((stepId: string) => ticks.get(stepId) ?? IDLE, [ticks]);
  return { steps, progress, tickState, tick };
}
