import { useId } from 'react';
import { criteriaFor, pathTaken, STAGE_LABELS, STAGES, stageIndex, timeInStages, type Stage } from '../../../domain';
import { formatDuration } from '../../format';
import type { StageStep, StageStepperProps, StageStepperState } from './StageStepper.types';

type StepperValues = Omit<StageStepperState, 'classes'>;

/**
 * The path shows its most recent steps only: a long session would otherwise
 * push the stepper off a 320 px panel (and cost a list item per step).
 */
export const PATH_STEPS_SHOWN = 12;

/** Derives what the stepper shows from the session: all domain rules, no React state. */
export function useStageStepper({ session, now, showPath = true, className }: StageStepperProps): StepperValues {
  const pathLabelId = useId();
  const times = timeInStages(session, now);
  const path: readonly Stage[] = pathTaken(session);
  const visited = new Set(path);
  const current = stageIndex(session.stage);

  const steps: StageStep[] = STAGES.map((stage, index) => {
    const criteria = criteriaFor(session, stage);
    const met = criteria.filter((c) => c.met).length;
    const status = index === current ? 'current' : visited.has(stage) && index < current ? 'done' : 'upcoming';
    const time = visited.has(stage) ? formatDuration(times[stage]) : null;
    const parts = [
      STAGE_LABELS[stage],
      status === 'current' ? 'current stage' : null,
      `${met} of ${criteria.length} criteria met`,
      time ? `time spent ${time}` : 'not visited yet',
    ];
    return {
      stage,
      label: STAGE_LABELS[stage],
      status,
      met,
      total: criteria.length,
      time,
      description: parts.filter(Boolean).join(', '),
    };
  });

  return {
    steps,
    ...pathSummary(path),
    pathLabelId,
    showPath,
    className,
  };
}

/** The path as the stepper shows it: its latest steps by name, how many came before, and the loops back. */
export function pathSummary(path: readonly Stage[]): { path: string[]; earlierSteps: number; loopsBack: number } {
  let loopsBack = 0;
  for (let i = 1; i < path.length; i++) {
    if (stageIndex(path[i]!) < stageIndex(path[i - 1]!)) loopsBack++;
  }
  const shown = path.slice(-PATH_STEPS_SHOWN);
  return { path: shown.map((s) => STAGE_LABELS[s]), earlierSteps: path.length - shown.length, loopsBack };
}
