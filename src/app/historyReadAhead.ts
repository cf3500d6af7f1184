import type { HistoryProgress, HistoryProgressListener, SessionHistory, SessionHistoryReading } from '../ports';

type ListHistory = SessionHistoryReading['list'];

export interface HistoryReadAhead {
  /** For the view: the first call takes the read under way over, every later one ("Try again") reads afresh. */
  list: ListHistory;
  /** The read started ahead, for a page that waits on it. Never rejects. */
  read: Promise<unknown>;
}

/**
 * Starts reading the history at once, before any view asks: on a page whose
 * content is the history, its first requests then go out while the page
 * draws, instead of after its first effect. The first `list` takes that read
 * over: it hears the newest progress so far at once, then the rest, and gets
 * the read's answer.
 */
export function readHistoryAhead(list: ListHistory): HistoryReadAhead {
  let latest: HistoryProgress | null = null;
  let taker: HistoryProgressListener | undefined;
  const ahead: Promise<SessionHistory> = list((progress) => {
    latest = progress;
    taker?.(progress);
  });
  // A page that fails before any view asks leaves the read untaken: never an unhandled rejection.
  const read = ahead.catch(() => undefined);
  let taken = false;
  return {
    read,
    list: (onProgress) => {
      if (taken) return list(onProgress);
      taken = true;
      taker = onProgress;
      if (latest && onProgress) onProgress(latest);
      return ahead;
    },
  };
}
