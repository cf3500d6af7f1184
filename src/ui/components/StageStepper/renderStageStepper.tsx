import { mergeClasses } from '@fluentui/react-components';
import { CheckmarkCircle16Filled, Circle16Regular, Record16Regular } from '@fluentui/react-icons';
import type { StageStep, StageStepperState } from './StageStepper.types';

function StepIcon({ status, className }: { status: StageStep['status']; className: string }) {
  if (status === 'done') return <CheckmarkCircle16Filled aria-hidden className={className} />;
  if (status === 'current') return <Record16Regular aria-hidden className={className} />;
  return <Circle16Regular aria-hidden className={className} />;
}

export function renderStageStepper(state: StageStepperState) {
  const { classes } = state;
  return (
    <nav aria-label="Coaching stages" className={classes.root}>
      <ol aria-label="Stages" className={classes.list}>
        {state.steps.map((step) => (
          <li
            key={step.stage}
            aria-current={step.status === 'current' ? 'step' : undefined}
            className={mergeClasses(
              classes.step,
              step.status === 'current' && classes.stepCurrent,
              step.status === 'done' && classes.stepDone,
            )}
          >
            {/* Compact text for the eye; the full sentence for screen readers. */}
            <span aria-hidden className={classes.name}>
              <StepIcon status={step.status} className={classes.icon} />
              {step.label}
            </span>
            <span aria-hidden className={classes.detail}>
              {step.met}/{step.total} met
            </span>
            <span aria-hidden className={classes.detail}>
              {step.time ?? 'not yet'}
            </span>
            <span className={classes.visuallyHidden}>{step.description}</span>
          </li>
        ))}
      </ol>
      <div className={classes.path}>
        <span id={state.pathLabelId}>Path taken</span>
        {state.loopsBack > 0 ? ` (${state.loopsBack} ${state.loopsBack === 1 ? 'loop' : 'loops'} back)` : ''}:{' '}
        <ol aria-labelledby={state.pathLabelId} className={classes.pathList}>
          {state.earlierSteps > 0 && <li className={classes.pathItem}>{state.earlierSteps} earlier steps</li>}
          {state.path.map((label, i) => (
            <li key={i} className={classes.pathItem}>
              {(i > 0 || state.earlierSteps > 0) && <span aria-hidden> → </span>}
              {label}
            </li>
          ))}
        </ol>
      </div>
    </nav>
  );
}
