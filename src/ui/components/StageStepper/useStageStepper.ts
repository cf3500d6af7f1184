import { useId } from 'react';
import { criteriaFor, pathTaken, STAGES, stageIndex, timeInStages, type Stage } from '../../../domain';
import type { Words } from '../../../words';
import { formatDuration, stageLabel } from '../../format';
import { useWords } from '../../words';
import type { StageStep, StageStepperProps, StageStepperState } from './StageStepper.types';
import { useNameFit } from './useNameFit';

type StepperValues = Omit<StageStepperState, 'classes'>;

/**
 * The path shows its most recent steps only: a long session would otherwise
 * push the stepper off a 320 px panel (and cost a list item per step).
 */
export const PATH_STEPS_SHOWN = 12;

/** Derives what the stepper shows from the session: all domain rules, no React state. */
export function useStageStepper({ session, now, showPath = true, className }: StageStepperProps): StepperValues {
  const words = useWords();
  const pathLabelId = useId();
  const times = timeInStages(session, now);
  const path: readonly Stage[] = pathTaken(session);
  const visited = new Set(path);
  const current = stageIndex(session.stage);

  const steps: StageStep[] = STAGES.map((stage, index) => {
    const criteria = criteriaFor(session, stage);
    const met = criteria.filter((c) => c.met).length;
    const status = index === current ? 'current' : visited.has(stage) && index < current ? 'done' : 'upcoming';
    const time = visited.has(stage) ? formatDuration(words, times[stage]) : null;
    const label = stageLabel(words, stage);
    return {
      stage,
      label: columnName(words, stage),
      status,
      met,
      total: criteria.length,
      time,
      description: stepDescription(words, { label, current: status === 'current', met, total: criteria.length, time }),
    };
  });

  const { listRef, fit } = useNameFit(steps.map((s) => s.label).join('\n'));

  return {
    words,
    steps,
    listRef,
    nameFit: fit,
    ...pathSummary(words, path),
    pathLabelId,
    showPath,
    className,
  };
}

/**
 * A stage's name as its narrow column shows it: the same name, with soft
 * hyphens where the language breaks a long word ("Ab­schlie­ßen"), so a name
 * that must wrap breaks where a reader expects.
 */
function columnName(words: Words, stage: Stage): string {
  switch (stage) {
    case 'open':
      return words.t('panel.stepper.name.open');
    case 'learn':
      return words.t('panel.stepper.name.learn');
    case 'plan':
      return words.t('panel.stepper.name.plan');
    case 'close':
      return words.t('panel.stepper.name.close');
  }
}

/** The sentence a screen reader hears for one step: its name, whether it is current, criteria met and time spent. */
function stepDescription(words: Words, step: { label: string; current: boolean; met: number; total: number; time: string | null }): string {
  // Words.t says met in the locale's digits, like the plural's own count beside it.
  const { label: stage, met, total, time } = step;
  if (time === null) {
    return step.current
      ? words.t('panel.stepper.stepCurrentNotVisited', { stage, met, total })
      : words.t('panel.stepper.stepNotVisited', { stage, met, total });
  }
  return step.current
    ? words.t('panel.stepper.stepCurrent', { stage, met, total, time })
    : words.t('panel.stepper.step', { stage, met, total, time });
}

/** The path as the stepper shows it: its latest steps by name, how many came before, and the loops back. */
export function pathSummary(words: Words, path: readonly Stage[]): { path: string[]; earlierSteps: number; loopsBack: number } {
  let loopsBack = 0;
  for (let i = 1; i < path.length; i++) {
    if (stageIndex(path[i]!) < stageIndex(path[i - 1]!)) loopsBack++;
  }
  const shown = path.slice(-PATH_STEPS_SHOWN);
  return { path: shown.map((s) => stageLabel(words, s)), earlierSteps: path.length - shown.length, loopsBack };
}
