import type { Stage } from '../../../domain';
import { lazyWithPreload, type PreloadableComponent } from '../../lazyWithPreload';
import type { StageFormsProps } from './StageForms.types';

export type { StageFormsProps } from './StageForms.types';

/**
 * Each stage's capture forms, in chunks of their own. The panel paints the
 * stepper, guidance, criteria and controls first; the form components (Field,
 * Textarea, Radio, …) follow a moment later, the current stage's first.
 */
export const STAGE_FORMS: Readonly<Record<Stage, PreloadableComponent<StageFormsProps>>> = {
  open: lazyWithPreload(() => import('./OpenForms')),
  learn: lazyWithPreload(() => import('./LearnForms')),
  plan: lazyWithPreload(() => import('./PlanForms')),
  close: lazyWithPreload(() => import('./CloseForms')),
};

/** Fetches every stage's forms; resolves when all are ready. */
export function preloadStageForms(): Promise<void> {
  return Promise.all(Object.values(STAGE_FORMS).map((forms) => forms.preload())).then(() => undefined);
}
