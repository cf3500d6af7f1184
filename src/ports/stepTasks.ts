import type { Failure } from './failures';
import type { StatusKeeping } from './statusKeeping';

/**
 * Where putting this user's own next steps in their task list stands, as the
 * side panel shows it. Quiet by design, like saving the own copy:
 * - `idle`: nothing put there in this panel (before closure, an observer, no steps of theirs);
 * - `saving`: a sync with their task list is under way;
 * - `saved`: their list holds their `count` steps as the session has them;
 * - `failed`: the last sync did not go through, `failure` says why (and
 *   whether trying again may help).
 */
export type StepTasksStatus =
  { kind: 'idle' } | { kind: 'saving' } | { kind: 'saved'; count: number } | { kind: 'failed'; failure: Failure };

/** Keeping this user's next steps in their own task list: its status, and "Try again" (syncs now). */
export type StepTasksKeeping = StatusKeeping<StepTasksStatus>;
