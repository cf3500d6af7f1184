// A SessionArchiveStore kept in memory, as the port promises it: eTags that
// change with every write, create-only and replace-if-match, a listing
// newest first with each file's eTag, and a history index file beside the
// sessions. Every call is recorded; reads can be held open to count how many
// run at once.
import { archiveSession, serializeArchive, type Command } from '../../src/domain';
import type { ArchiveEntry, ArchiveOutcome, ArchiveWrite, SavedArchive, SessionArchiveStore, StoredArchive } from '../../src/ports';
import { exportLog, SessionLog } from '../../src/sync/sessionLog';

export const T0 = Date.UTC(2026, 10, 25, 9, 0);
export const DAY = 86_400_000;
const TODAY = '2026-11-25';

interface MemoryFile {
  text: string;
  version: number;
  at: number;
}

export function memoryArchive({ withIndex = true }: { withIndex?: boolean } = {}) {
  const files = new Map<string, MemoryFile>();
  let index: MemoryFile | null = null;
  /** Every call, in order: `list`, `load s`, `readListed s`, `index.load`, `index.save`. */
  const calls: string[] = [];
  let version = 0;
  let clock = T0;
  const eTagOf = (f: MemoryFile) => `"v${f.version}"`;
  /** Reads held open until the test lets them go; null when reads answer at once. */
  let held: (() => void)[] | null = null;
  let reading = 0;
  let mostAtOnce = 0;

  const stored = (sessionId: string, f: MemoryFile): StoredArchive => ({
    sessionId,
    text: f.text,
    eTag: eTagOf(f),
    size: f.text.length,
    lastModified: f.at,
  });
  const write = (current: MemoryFile | null | undefined, w: ArchiveWrite) =>
    w.kind === 'create' ? !current : current !== null && current !== undefined && eTagOf(current) === w.eTag;

  const store: SessionArchiveStore = {
    async load(sessionId) {
      calls.push(`load ${sessionId}`);
      const f = files.get(sessionId);
      return { ok: true, value: f ? stored(sessionId, f) : null };
    },
    async save(sessionId, text, w): Promise<ArchiveOutcome<SavedArchive>> {
      calls.push(`save ${sessionId}`);
      const f = files.get(sessionId);
      if (!write(f, w)) return { ok: false, failure: { kind: 'conflict', retryable: true } };
      const next = { text, version: ++version, at: (clock += 1000) };
      files.set(sessionId, next);
      return { ok: true, value: { eTag: eTagOf(next), size: text.length, lastModified: next.at } };
    },
    async list() {
      calls.push('list');
      const entries: ArchiveEntry[] = [...files].map(([sessionId, f]) => ({
        sessionId,
        size: f.text.length,
        lastModified: f.at,
        eTag: eTagOf(f),
      }));
      return { ok: true, value: entries.sort((a, b) => b.lastModified - a.lastModified) };
    },
    async readListed(entry) {
      calls.push(`readListed ${entry.sessionId}`);
      reading++;
      mostAtOnce = Math.max(mostAtOnce, reading);
      try {
        if (held) await new Promise<void>((resolve) => held!.push(resolve));
        const f = files.get(entry.sessionId);
        return { ok: true, value: f ? stored(entry.sessionId, f) : null };
      } finally {
        reading--;
      }
    },
    ...(withIndex
      ? {
          index: {
            async load() {
              calls.push('index.load');
              return { ok: true, value: index ? { text: index.text, eTag: eTagOf(index) } : null };
            },
            async save(text: string, w: ArchiveWrite): Promise<ArchiveOutcome<SavedArchive>> {
              calls.push('index.save');
              if (!write(index, w)) return { ok: false, failure: { kind: 'conflict', retryable: true } };
              index = { text, version: ++version, at: (clock += 1000) };
              return { ok: true, value: { eTag: eTagOf(index), size: text.length, lastModified: index.at } };
            },
          },
        }
      : {}),
  };

  return {
    store,
    calls,
    /** Writes a session file as another device (or another app) could: no index line. */
    put(sessionId: string, text: string) {
      files.set(sessionId, { text, version: ++version, at: (clock += 1000) });
    },
    file: (sessionId: string) => files.get(sessionId)?.text,
    indexText: () => index?.text ?? null,
    /** Writes the index file as anyone could: damaged, lying or gone (null). */
    putIndex(text: string | null) {
      index = text === null ? null : { text, version: ++version, at: (clock += 1000) };
    },
    /** From now on reads wait for `release`. */
    hold() {
      held = [];
    },
    /** Reads waiting now. */
    waiting: () => held?.length ?? 0,
    /** Lets the oldest waiting read answer (or the newest: `last`). */
    release(which: 'first' | 'last' = 'first') {
      (which === 'first' ? held?.shift() : held?.pop())?.();
    },
    reading: () => reading,
    mostAtOnce: () => mostAtOnce,
    /** Calls of one kind (`readListed`, `load`, …) since the last reset. */
    count: (kind: string) => calls.filter((c) => c === kind || c.startsWith(`${kind} `)).length,
    reset() {
      calls.length = 0;
    },
  };
}

export type MemoryArchive = ReturnType<typeof memoryArchive>;

/** A stored session's file: coach and coachee, a challenge, and the follow-up invite when `iCalUId` is given. */
export function sessionFile(
  sessionId: string,
  {
    at = T0,
    coach = 'u-coach',
    coachee = 'u-coachee',
    iCalUId = null,
    challenge = `Challenge of ${sessionId}`,
  }: { at?: number; coach?: string; coachee?: string; iCalUId?: string | null; challenge?: string } = {},
): string {
  let seq = 0;
  const log = new SessionLog({ sessionId, organizerId: coach, at });
  const play = (actorId: string, command: Command) => {
    const r = log.local(command, actorId, at + 1000 * ++seq, TODAY, `${sessionId}-op-${seq}`);
    if (!r.ok) throw new Error(r.reason.key);
  };
  play(coach, { type: 'join', displayName: 'Alex' });
  play(coachee, { type: 'join', displayName: 'Sam' });
  play(coachee, { type: 'stateChallenge', id: 'ch-1', text: challenge });
  if (iCalUId) {
    play(coach, { type: 'planFollowUp', kind: 'statusUpdate', start: at + 7 * DAY, durationMinutes: 30 });
    play(coach, { type: 'recordCoachEvent', eventId: `event-${sessionId}`, iCalUId });
  }
  const s = serializeArchive(archiveSession(exportLog(log), { copyFor: 'coach', coachNotes: null }, at + 60_000));
  if (!s.ok) throw new Error(s.reason);
  return s.text;
}
