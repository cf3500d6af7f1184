import type { StepProgress } from '../../../domain';
import type { Words } from '../../../words';
import { useWords } from '../../words';
import { useFollowUpPlanStyles } from './useFollowUpPlanStyles.styles';

/** "1 of 3 done", or "No next steps": a plan's progress in words. */
export const progressText = (words: Words, { done, total }: StepProgress): string =>
  total === 0 ? words.t('afterMeeting.progress.none') : words.t('afterMeeting.progress.done', { done, total });

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
  const words = useWords();
  return (
    <p className={className ?? styles.progress} data-steps-done={progress.done} data-steps-total={progress.total}>
      {progressText(words, progress)}
    </p>
  );
}
