import { CheckmarkCircle12Filled } from '@fluentui/react-icons';
import { mergeClasses } from '@fluentui/react-components';
import { renderPath } from './PathTaken';
import type { StageStepperState } from './StageStepper.types';

export function renderStageStepper(state: StageStepperState) {
  const { classes, words } = state;
  return (
    <nav aria-label={words.t('panel.stepper.label')} className={classes.root}>
      <ol ref={state.listRef} aria-label={words.t('panel.stepper.stages')} className={classes.list}>
        {state.steps.map((step) => (
          <li
            key={step.stage}
            aria-current={step.status === 'current' ? 'step' : undefined}
            data-status={step.status}
            className={mergeClasses(
              classes.step,
              step.status === 'current' && classes.stepCurrent,
              step.status === 'done' && classes.stepDone,
            )}
          >
            {/* Compact text for the eye; the full sentence for screen readers. */}
            <span aria-hidden data-stage-fit className={classes.name}>
              {step.label}
            </span>
            <span aria-hidden className={classes.detail}>
              {step.status === 'done' && <CheckmarkCircle12Filled className={classes.icon} />}
              {words.number(step.met)}/{words.number(step.total)}
            </span>
            <span aria-hidden data-stage-fit className={classes.time}>
              {step.time ?? '–'}
            </span>
            <span className={classes.visuallyHidden}>{step.description}</span>
          </li>
        ))}
      </ol>
      {state.showPath && renderPath(state)}
    </nav>
  );
}
