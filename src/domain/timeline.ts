import type { EpochMs, SessionState, TimelineEntry } from './session';
import { STAGES, type Stage } from './stages';

/** Stage changes in the order they happened (ties, possible only after concurrent edits, broken by time then id). */
export function orderedTimeline(state: SessionState): TimelineEntry[] {
  // Plain comparison, not localeCompare: every client must sort identically.
  return Object.values(state.timeline).sort(
    (a, b) => a.seq - b.seq || a.at - b.at || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
}

/** The stages visited, in order, loops back included: the path the panel draws. */
export function pathTaken(state: SessionState): Stage[] {
  return orderedTimeline(state).map((entry) => entry.to);
}

/** Time spent in each stage up to `now`, summed over every visit. */
export function timeInStages(state: SessionState, now: EpochMs): Record<Stage, number> {
  const totals = Object.fromEntries(STAGES.map((s) => [s, 0])) as Record<Stage, number>;
  const entries = orderedTimeline(state);
  entries.forEach((entry, i) => {
    const end = entries[i + 1]?.at ?? now;
    // Clocks differ between clients and `now` may lag: a visit never counts negative.
    totals[entry.to] += Math.max(0, end - entry.at);
  });
  return totals;
}
