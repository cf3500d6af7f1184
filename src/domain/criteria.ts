import type { SessionState } from './session';
import type { Stage } from './stages';

export type CriterionId =
  | 'challengeStated'
  | 'definitionShared'
  | 'optionsGenerated'
  | 'optionChosen'
  | 'nextStepDated'
  | 'coacheeSummary'
  | 'followUpOnBothCalendars'
  | 'affirmationGiven';

/** One exit criterion of a stage, evaluated from the captured data. */
export interface Criterion {
  id: CriterionId;
  stage: Stage;
  /** Short name, e.g. "Options generated". */
  label: string;
  met: boolean;
  /** A sentence for people: what is there, or what is still missing. */
  detail: string;
}

/** The exit criteria of `stage` (PRODUCT.md's table), met or missing. */
export function criteriaFor(state: SessionState, stage: Stage): Criterion[] {
  void state;
  void stage;
  throw new Error('not implemented');
}

/** True when every exit criterion of `stage` is met. */
export function stageComplete(state: SessionState, stage: Stage): boolean {
  return criteriaFor(state, stage).every((c) => c.met);
}
