import { startTransition, useCallback, useEffect, useState } from 'react';
import { sessionFacts, type SessionFacts } from '../../domain';
import type { HistoryProgress, MyCoachingSource, OwnTaskDone, SessionHistory } from '../../ports';

export interface MyCoachingData {
  /** Null while nothing is read yet; while `reading`, the newest sessions read so far (only ever more of them). */
  sessions: SessionHistory | null;
  /** Older sessions are still being read: `sessions` holds the newest so far. */
  reading: boolean;
  /**
   * What insights draw, for every session listed: from the files read and the
   * index's facts for those not read yet (the files win as they arrive); null
   * until every session has them.
   */
  facts: readonly SessionFacts[] | null;
  /** Null while reading. */
  tasks: OwnTaskDone | null;
  retrySessions(): void;
  retryTasks(): void;
}

interface HistoryState {
  sessions: SessionHistory | null;
  reading: boolean;
  facts: readonly SessionFacts[] | null;
  /** The source resolved: later progress (a late report) changes nothing. */
  done: boolean;
}

const NOTHING_YET: HistoryState = { sessions: null, reading: true, facts: null, done: false };

/** The same facts (in any order) keep the array drawn from, so the charts are not drawn again for nothing. */
function sameOr(known: readonly SessionFacts[] | null, next: readonly SessionFacts[] | null): readonly SessionFacts[] | null {
  if (known === null || next === null || known.length !== next.length) return next;
  const text = (facts: readonly SessionFacts[]) => JSON.stringify([...facts].sort((a, b) => (a.sessionId < b.sessionId ? -1 : 1)));
  return text(known) === text(next) ? known : next;
}

function progressed(state: HistoryState, p: HistoryProgress): HistoryState {
  if (state.done) return state;
  // Nothing to draw yet but the facts: the page keeps saying it is looking.
  const sessions: SessionHistory | null =
    p.sessions.length > 0 || p.remaining === 0 ? { kind: 'found', sessions: p.sessions, skipped: p.skipped } : state.sessions;
  return { sessions, reading: p.remaining > 0, facts: sameOr(state.facts, p.facts), done: false };
}

function resolved(state: HistoryState, history: SessionHistory): HistoryState {
  const facts = history.kind === 'found' ? sameOr(state.facts, history.sessions.map(sessionFacts)) : null;
  return { sessions: history, reading: false, facts, done: true };
}

/**
 * The user's own sessions, drawn as they are read: the first ones at once (as
 * a transition, the next files' arrival restarted that drawing and held the
 * page's first content back), each later report of progress as a transition
 * (React draws the newest it has, never holding input up), the source's
 * answer the end of it.
 */
function useHistory(source: MyCoachingSource): [HistoryState, () => void] {
  const [state, setState] = useState<HistoryState>(NOTHING_YET);
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    let live = true;
    let drawn = false;
    const onProgress = (p: HistoryProgress) => {
      if (!live) return;
      const update = () => setState((s) => progressed(s, p));
      if (drawn) return startTransition(update);
      drawn = p.sessions.length > 0;
      update();
    };
    void source.sessions(onProgress).then((history) => {
      if (live) setState((s) => resolved(s, history));
    });
    return () => {
      live = false;
    };
  }, [source, attempt]);
  const retry = useCallback(() => {
    setState(NOTHING_YET); // "Looking…" again while the new attempt runs
    setAttempt((n) => n + 1);
  }, []);
  return [state, retry];
}

/** Reads a source once, and again on "Try again"; each part on its own, so a failed task list never hides the sessions. */
function useRead<T>(read: () => Promise<T>): [T | null, () => void] {
  const [value, setValue] = useState<T | null>(null);
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    let live = true;
    void read().then((result) => {
      if (live) setValue(result);
    });
    return () => {
      live = false;
    };
  }, [read, attempt]);
  const retry = useCallback(() => {
    setValue(null); // "Reading…" again while the new attempt runs
    setAttempt((n) => n + 1);
  }, []);
  return [value, retry];
}

/** The user's own sessions (as they are read) and own task list's done states, read in parallel. */
export function useMyCoachingData(source: MyCoachingSource): MyCoachingData {
  const readTasks = useCallback(() => source.ownTaskDone(), [source]);
  const [history, retrySessions] = useHistory(source);
  const [tasks, retryTasks] = useRead(readTasks);
  const reading = history.sessions !== null && !history.done && history.reading;
  return { sessions: history.sessions, reading, facts: history.facts, tasks, retrySessions, retryTasks };
}
