import { Badge, mergeClasses } from '@fluentui/react-components';
import type { LocalDate, PlanStepView } from '../../../domain';
import { personName } from '../../format';
import { useWords } from '../../words';
import { DueBadge } from './DueBadge';
import { useFollowUpPlanStyles } from './useFollowUpPlanStyles.styles';

export interface ReadOnlyStepProps {
  /** Done as the viewer sees it. */
  step: PlanStepView;
  /** Whether to name the owner beside the step (not needed under a heading that names them). @default true */
  showOwner?: boolean;
  today?: LocalDate;
}

/** A next step the viewer cannot tick here: what, who, by when, and its state in a badge (`data-state`). */
export function ReadOnlyStep({ step, showOwner = true, today }: ReadOnlyStepProps) {
  const styles = useFollowUpPlanStyles();
  const words = useWords();
  const state = step.done ? 'done' : 'open';
  return (
    <li className={styles.step} data-step-state={state}>
      <p className={mergeClasses(styles.stepText, styles.plainText, step.done && styles.doneText)} dir="auto">
        {step.text}
      </p>
      <div className={styles.meta}>
        {showOwner && (
          <span className={styles.owner} dir="auto">
            {personName(words, step.ownerName)}
          </span>
        )}
        <DueBadge due={step.due} done={step.done} today={today} />
        <Badge appearance={step.done ? 'tint' : 'outline'} color={step.done ? 'success' : 'informative'} shape="rounded" data-state={state}>
          {step.done ? words.t('afterMeeting.step.done') : words.t('afterMeeting.step.notDone')}
        </Badge>
      </div>
    </li>
  );
}
