import type { StepProgress } from '../../../domain';
import { useFollowUpPlanStyles } from './useFollowUpPlanStyles.styles';

export interface StepProgressTextProps {
  progress: StepProgress;
  className?: string;
}

/**
 * "1 of 3 done": how far a plan is, as the viewer sees it (the same done-ness
 * as its steps). `data-steps-done` and `data-steps-total` carry the numbers.
 */
export function StepProgressText({ progress, className }: StepProgressTextProps) {
  const styles = useFollowUpPlanStyles();
  return (
    <p className={className ?? styles.progress} data-steps-done={progress.done} data-steps-total={progress.total}>
      {progress.total === 0 ? 'No next steps' : `${progress.done} of ${progress.total} done`}
    </p>
  );
}
