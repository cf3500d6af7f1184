import { sessionFacts, type HistoryIndexEntry, type SessionFacts } from '../domain';
import type { ArchiveEntry, HistoryProgressListener } from '../ports';
import { vouchesFor } from './historyIndex';
import { historyOf, type ListedRead } from './sessionHistory';

export interface HistoryProgressTracker {
  /** The listed file at `position` was read (or skipped, or found gone). */
  read(position: number, read: ListedRead): void;
  /** The history index's lines by session, once it is read (whenever that is): their facts may complete the set. */
  indexRead(lines: ReadonlyMap<string, HistoryIndexEntry>): void;
}

/**
 * Follows the reads of the listed files `entries` (newest first) and tells
 * `onProgress` (src/ports/sessionHistory.ts, HistoryProgress) whenever the
 * newest files read reach further, or the facts for insights change. Lines
 * of the index lend their facts only to files not read yet whose listed
 * version they name; a file read always gives its own. A listener that
 * throws is ignored.
 */
export function trackHistoryProgress(entries: readonly ArchiveEntry[], onProgress: HistoryProgressListener): HistoryProgressTracker {
  let lines: ReadonlyMap<string, HistoryIndexEntry> = new Map();
  const reads: (ListedRead | undefined)[] = entries.map(() => undefined);
  const fromFiles: (SessionFacts | undefined)[] = entries.map(() => undefined);
  let reached = 0;
  let told = 0;
  let toldFacts: SessionFacts[] | null = null;
  let toldFactsText: string | null = null;

  const factsNow = (): SessionFacts[] | null => {
    const facts: SessionFacts[] = [];
    for (let i = 0; i < entries.length; i++) {
      const read = reads[i];
      if (read) {
        const f = fromFiles[i];
        if (f) facts.push(f);
        continue;
      }
      const entry = entries[i]!;
      const line = lines.get(entry.sessionId);
      if (!line?.facts || !vouchesFor(line, entry)) return null;
      facts.push(line.facts);
    }
    return facts;
  };

  const tell = () => {
    while (reached < entries.length && reads[reached]) reached++;
    let facts = factsNow();
    const factsText = facts && JSON.stringify(facts);
    // The same facts as last told keep their array, so a view drawn from them need not draw again.
    if (factsText === toldFactsText) facts = toldFacts;
    if (reached === told && facts === toldFacts) return;
    told = reached;
    toldFacts = facts;
    toldFactsText = factsText;
    const { sessions, skipped } = historyOf(reads.slice(0, reached) as ListedRead[]);
    try {
      onProgress({ sessions, skipped, remaining: entries.length - reached, facts });
    } catch {
      // The reading goes on whatever a listener does.
    }
  };

  return {
    read(position, read) {
      if (reads[position]) return;
      reads[position] = read;
      if (read.kind === 'read') fromFiles[position] = sessionFacts(read.read.state);
      tell();
    },
    indexRead(read) {
      lines = read;
      tell();
    },
  };
}
