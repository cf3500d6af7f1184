import { useId } from 'react';
import { mergeClasses } from '@fluentui/react-components';
import { CheckmarkCircle24Filled, Circle24Regular, Record24Regular } from '@fluentui/react-icons';
import { criteriaFor, STAGE_LABELS, type EpochMs, type SessionState } from '../../../domain';
import { useStageStepper, type StageStep } from '../StageStepper';
import { useStageProgressStyles } from './useStageProgressStyles.styles';

export interface StageProgressProps {
  session: SessionState;
  /** The time "time in stage" is measured up to. */
  now: EpochMs;
}

function StepIcon({ status, className }: { status: StageStep['status']; className: string }) {
  if (status === 'done') return <CheckmarkCircle24Filled aria-hidden className={className} />;
  if (status === 'current') return <Record24Regular aria-hidden className={className} />;
  return <Circle24Regular aria-hidden className={className} />;
}

/**
 * "Where we are", for the meeting stage: the current stage large, what it
 * still needs, and the four stages with the path taken. The side panel's
 * stepper values (useStageStepper), drawn for reading at a distance.
 */
export function StageProgress({ session, now }: StageProgressProps) {
  const styles = useStageProgressStyles();
  const headingId = useId();
  const { steps, path, earlierSteps, loopsBack, pathLabelId } = useStageStepper({ session, now });
  const label = STAGE_LABELS[session.stage];
  const criteria = criteriaFor(session, session.stage);

  return (
    <section aria-labelledby={headingId} className={styles.root}>
      <div className={styles.current}>
        <h2 id={headingId} className={styles.heading}>
          <span className={styles.headingLabel}>Current stage: </span>
          <span className={styles.headingStage}>{label}</span>
        </h2>
        <ul aria-label={`Criteria for ${label}`} className={styles.criteria}>
          {criteria.map((c) => (
            <li key={c.id} data-met={c.met} className={mergeClasses(styles.criterion, c.met && styles.criterionMet)}>
              {c.met ? (
                <CheckmarkCircle24Filled aria-hidden className={mergeClasses(styles.criterionIcon, styles.metIcon)} />
              ) : (
                <Circle24Regular aria-hidden className={styles.criterionIcon} />
              )}
              {c.label}
              <span className={styles.visuallyHidden}>{c.met ? ' (met)' : ' (not yet)'}</span>
            </li>
          ))}
        </ul>
      </div>
      <nav aria-label="Coaching stages" className={styles.stepper}>
        <ol aria-label="Stages" className={styles.steps}>
          {steps.map((step) => (
            <li
              key={step.stage}
              aria-current={step.status === 'current' ? 'step' : undefined}
              data-status={step.status}
              className={mergeClasses(
                styles.step,
                step.status === 'done' && styles.stepDone,
                step.status === 'current' && styles.stepCurrent,
              )}
            >
              {/* Compact text for the eye; the full sentence for screen readers. */}
              <span aria-hidden className={styles.stepName}>
                <StepIcon
                  status={step.status}
                  className={mergeClasses(styles.stepIcon, step.status === 'current' && styles.stepIconCurrent)}
                />
                {step.label}
              </span>
              <span aria-hidden className={styles.stepDetail}>
                {step.met}/{step.total} met · {step.time ?? 'not yet'}
              </span>
              <span className={styles.visuallyHidden}>{step.description}</span>
            </li>
          ))}
        </ol>
        <div className={styles.path}>
          <span id={pathLabelId}>Path taken</span>
          {loopsBack > 0 ? ` (${loopsBack} ${loopsBack === 1 ? 'loop' : 'loops'} back)` : ''}:{' '}
          <ol aria-labelledby={pathLabelId} className={styles.pathList}>
            {earlierSteps > 0 && <li className={styles.pathItem}>{earlierSteps} earlier steps</li>}
            {path.map((stage, i) => (
              <li key={i} className={styles.pathItem}>
                {(i > 0 || earlierSteps > 0) && <span aria-hidden> → </span>}
                {stage}
              </li>
            ))}
          </ol>
        </div>
      </nav>
    </section>
  );
}
