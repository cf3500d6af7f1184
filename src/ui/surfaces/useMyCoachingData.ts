import { useCallback, useEffect, useState } from 'react';
import type { MyCoachingSource, OwnTaskDone, SessionHistory } from '../../ports';

export interface MyCoachingData {
  /** Null while reading. */
  sessions: SessionHistory | null;
  /** Null while reading. */
  tasks: OwnTaskDone | null;
  retrySessions(): void;
  retryTasks(): void;
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

/** The user's own sessions and own task list's done states, read in parallel. */
export function useMyCoachingData(source: MyCoachingSource): MyCoachingData {
  const readSessions = useCallback(() => source.sessions(), [source]);
  const readTasks = useCallback(() => source.ownTaskDone(), [source]);
  const [sessions, retrySessions] = useRead(readSessions);
  const [tasks, retryTasks] = useRead(readTasks);
  return { sessions, tasks, retrySessions, retryTasks };
}
