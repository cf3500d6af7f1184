import { lazyWithPreload } from '../../lazyWithPreload';

/** The stage's agreement and closure, in a chunk of their own (see StageSummary). */
export const stageSummary = lazyWithPreload(() => import(/* webpackChunkName: "stageSummary" */ './StageSummary'));
