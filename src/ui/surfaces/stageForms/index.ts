import type { Stage } from '../../../domain';
import { lazyWithPreload, type PreloadableComponent } from '../../lazyWithPreload';
import type { StageFormsProps } from './StageForms.types';

export type { StageFormsProps } from './StageForms.types';

/**
 * The capture forms of Learn, Plan and Close, each in a chunk of its own: the
 * panel paints with Open's (or whichever stage is current), and fetches the rest
 * right after. Open's form is small and needed first, so it is not split off.
 */
export const STAGE_FORMS: Readonly<Record<Exclude<Stage, 'open'>, PreloadableComponent<StageFormsProps>>> = {
  learn: lazyWithPreload(() => import('./LearnForms')),
  plan: lazyWithPreload(() => import('./PlanForms')),
  close: lazyWithPreload(() => import('./CloseForms')),
};

/** Fetches every stage's forms; resolves when all are ready. */
export function preloadStageForms(): Promise<void> {
  return Promise.all(Object.values(STAGE_FORMS).map((forms) => forms.preload())).then(() => undefined);
}
