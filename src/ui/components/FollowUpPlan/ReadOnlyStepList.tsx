import type { LocalDate, PlanStepView } from '../../../domain';
import { ReadOnlyStep } from './ReadOnlyStep';
import { StepGroups, type ByOwner } from './StepGroups';

export interface ReadOnlyStepListProps {
  /** Done as the viewer sees them, in due order. */
  steps: readonly PlanStepView[];
  byOwner?: ByOwner;
  today?: LocalDate;
}

/**
 * A plan's next steps to read, not tick: each with owner, due date and state.
 * No checkbox code comes with it (the personal tab's first paint).
 */
export function ReadOnlyStepList({ steps, byOwner, today }: ReadOnlyStepListProps) {
  return (
    <StepGroups
      steps={steps}
      byOwner={byOwner}
      renderStep={(step, showOwner) => <ReadOnlyStep key={step.id} step={step} showOwner={showOwner} today={today} />}
    />
  );
}
