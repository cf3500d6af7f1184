import { lazyWithPreload } from '../../lazyWithPreload';

/** The stage dialogs, in a chunk of their own (see StageDialogs). */
export const stageDialogs = lazyWithPreload(() => import('./StageDialogs'));
