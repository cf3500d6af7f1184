import { emptyTrie, trieGet, trieSet, trieValues } from './hashTrie';
import type { EpochMs, ItemId, SessionState, Timeline, TimelineEntry } from './session';
import { STAGES, type Stage } from './stages';

/** A timeline holding only the entry that starts the session. */
export function startTimeline(entry: TimelineEntry): Timeline {
  return { size: 1, last: entry, byId: trieSet(emptyTrie(), entry.id, entry) };
}

/** The timeline with one more stage change, newer than every entry in it (the handlers give it the next `seq`). */
export function withStageChange(timeline: Timeline, entry: TimelineEntry): Timeline {
  return { size: timeline.size + 1, last: entry, byId: trieSet(timeline.byId, entry.id, entry) };
}

export function timelineEntry(timeline: Timeline, id: ItemId): TimelineEntry | undefined {
  return trieGet(timeline.byId, id);
}

/** A timeline of the given entries, in any order (tests, and sessions built by hand); at least one entry, ids distinct. */
export function timelineFrom(entries: readonly TimelineEntry[]): Timeline {
  const sorted = [...entries].sort(compareEntries);
  const first = sorted[0];
  if (first === undefined) throw new Error('A timeline starts with one entry.');
  return sorted.slice(1).reduce(withStageChange, startTimeline(first));
}

// Plain comparison, not localeCompare: every client must sort identically.
function compareEntries(a: TimelineEntry, b: TimelineEntry): number {
  return a.seq - b.seq || a.at - b.at || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

// Timelines are immutable values, so each is sorted once however often the
// panel renders it; a change elsewhere in the session keeps the same timeline.
const ordered = new WeakMap<Timeline, readonly TimelineEntry[]>();
const paths = new WeakMap<Timeline, readonly Stage[]>();

/** Stage changes in the order they happened (ties, possible only in sessions built by hand, broken by time then id). */
export function orderedTimeline(state: SessionState): readonly TimelineEntry[] {
  let entries = ordered.get(state.timeline);
  if (!entries) {
    entries = Object.freeze(trieValues(state.timeline.byId).sort(compareEntries));
    ordered.set(state.timeline, entries);
  }
  return entries;
}

/** The stages visited, in order, loops back included: the path the panel draws. */
export function pathTaken(state: SessionState): readonly Stage[] {
  let path = paths.get(state.timeline);
  if (!path) {
    path = Object.freeze(orderedTimeline(state).map((entry) => entry.to));
    paths.set(state.timeline, path);
  }
  return path;
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
