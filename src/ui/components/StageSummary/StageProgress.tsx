import { useId } from 'react';
import { mergeClasses } from '@fluentui/react-components';
import { CheckmarkCircle24Filled, Circle24Regular, Record24Regular } from '@fluentui/react-icons';
import { criteriaFor, type EpochMs, type SessionState } from '../../../domain';
import { criterionLabel } from '../../content/criterionText';
import { stageLabel } from '../../format';
import { useWords } from '../../words';
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

/** The stage is read by everyone at once: its criteria are named as an observer reads them. */
const STAGE_READER = { role: 'observer' } as const;

/**
 * "Where we are", for the meeting stage: the current stage large, what it
 * still needs, and the four stages with the path taken. The side panel's
 * stepper values (useStageStepper), drawn for reading at a distance.
 */
export function StageProgress({ session, now }: StageProgressProps) {
  const styles = useStageProgressStyles();
  const words = useWords();
  const headingId = useId();
  const { steps, path, earlierSteps, loopsBack, pathLabelId } = useStageStepper({ session, now });
  const label = stageLabel(words, session.stage);
  const criteria = criteriaFor(session, session.stage);

  return (
    <section aria-labelledby={headingId} className={styles.root}>
      <div className={styles.current}>
        <h2 id={headingId} className={styles.heading}>
          <span className={styles.headingLabel}>{words.t('stage.progress.currentLabel')} </span>
          <span className={styles.headingStage}>{label}</span>
        </h2>
        <ul aria-label={words.t('stage.progress.criteriaFor', { stage: label })} className={styles.criteria}>
          {criteria.map((c) => (
            <li key={c.id} data-met={c.met} className={mergeClasses(styles.criterion, c.met && styles.criterionMet)}>
              {c.met ? (
                <CheckmarkCircle24Filled aria-hidden className={mergeClasses(styles.criterionIcon, styles.metIcon)} />
              ) : (
                <Circle24Regular aria-hidden className={styles.criterionIcon} />
              )}
              {criterionLabel(words, c, STAGE_READER)}
              <span className={styles.visuallyHidden}>
                {' '}
                {c.met ? words.t('stage.progress.criterionMet') : words.t('stage.progress.criterionNotYet')}
              </span>
            </li>
          ))}
        </ul>
      </div>
      <nav aria-label={words.t('stage.progress.nav')} className={styles.stepper}>
        <ol aria-label={words.t('stage.progress.stages')} className={styles.steps}>
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
                {step.time === null
                  ? words.t('stage.progress.stepDetailNotVisited', { met: step.met, total: step.total })
                  : words.t('stage.progress.stepDetail', { met: step.met, total: step.total, time: step.time })}
              </span>
              <span className={styles.visuallyHidden}>{step.description}</span>
            </li>
          ))}
        </ol>
        <div className={styles.path}>
          <span id={pathLabelId}>{words.t('stage.progress.pathTaken', { count: loopsBack })}</span>{' '}
          <ol aria-labelledby={pathLabelId} className={styles.pathList}>
            {earlierSteps > 0 && <li className={styles.pathItem}>{words.t('stage.progress.earlierSteps', { count: earlierSteps })}</li>}
            {path.map((stage, i) => (
              <li key={i} className={styles.pathItem}>
                {(i > 0 || earlierSteps > 0) && <span aria-hidden> {words.t('stage.progress.arrow')} </span>}
                {stage}
              </li>
            ))}
          </ol>
        </div>
      </nav>
    </section>
  );
}
