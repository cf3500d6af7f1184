import type { LocalDate, PlanStepView } from '../../../domain';
import { StepGroups, type ByOwner } from './StepGroups';
import { StepItem } from './StepItem';
import type { TickState } from './usePlanTicks';

export interface StepListProps {
  /** Done as the viewer sees them, in due order. */
  steps: readonly PlanStepView[];
  /** Ticks the viewer's own steps (each a checkbox named by the step). */
  onTick: (step: PlanStepView, done: boolean) => void;
  tickState: (stepId: string) => TickState;
  byOwner?: ByOwner;
  today?: LocalDate;
}

/** A plan's next steps, each with owner, due date and state; the viewer's own to tick. */
export function StepList({ steps, onTick, tickState, byOwner, today }: StepListProps) {
  return (
    <StepGroups
      steps={steps}
      byOwner={byOwner}
      renderStep={(step, showOwner) => (
        <StepItem
          key={step.id}
          step={step}
          onTick={step.mine ? onTick : undefined}
          tickState={tickState(step.id)}
          showOwner={showOwner}
          today={today}
        />
      )}
    />
  );
}
