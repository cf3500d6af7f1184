import type { EpochMs, SessionState, TimelineEntry } from './session';
import type { Stage } from './stages';

/** Stage changes in the order they happened (ties broken by id). */
export function orderedTimeline(state: SessionState): TimelineEntry[] {
  void state;
  throw new Error('not implemented');
}

/** Time spent in each stage up to `now`, summed over every visit. */
export function timeInStages(state: SessionState, now: EpochMs): Record<Stage, number> {
  void state;
  void now;
  throw new Error('not implemented');
}
