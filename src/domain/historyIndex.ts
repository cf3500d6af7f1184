import { z } from 'zod';
import { utf8Length } from './archive';
import { sessionFacts, type SessionFacts } from './insights/facts';
import { readSessionFacts } from './insights/factsSchema';
import type { EpochMs, SessionState, UserId } from './session';

/**
 * The history index: one small file beside the sessions in the user's own
 * app folder, a line per stored session file, so that a reader can go
 * straight to the one session it wants (the Outlook add-in, by the follow-up
 * invite's iCalUId) instead of reading every file.
 *
 * A hint, never a source. Every entry names the exact version of the file it
 * summarises (its eTag): an entry whose file the listing shows with another
 * eTag, or not at all, says nothing, and the file is read instead. A session
 * found through an entry is confirmed against the file itself. So a stale,
 * damaged or lying index can make a reader read more, never show a wrong
 * session. Written with each save of a session copy; rebuilt by a reader that
 * finds it missing, damaged or stale.
 *
 * Compatibility: this Stagecoach reads version HISTORY_INDEX_VERSION only.
 * - A newer version is neither read nor written over (a newer Stagecoach keeps
 *   it): readers read the files, as with no index.
 * - An older version, or a file that fails the schema, is damaged: readers read
 *   the files and write a new index over it.
 * - An entry's unknown fields are dropped when it is read. A field added later
 *   must be optional and mean nothing an older writer could break by dropping
 *   it; any other change (a field renamed, its meaning changed, one made
 *   required) takes a new version.
 *
 * Facts (optional, added in version 1 without a new version): the figures
 * insights draw for the session, computed by the user's own client from the
 * file at the version the line names. Like the rest of the line they vouch
 * only for that version, and a reader that reads the file takes the file's
 * facts instead. Facts of another facts version, or out of bounds, are
 * dropped when read, never a reason to call the index damaged. Only the
 * newest lines keep them (HISTORY_INDEX_LIMITS.linesWithFacts).
 */
export const HISTORY_INDEX_FORMAT = 'stagecoach.historyIndex';
export const HISTORY_INDEX_VERSION = 1;

export const HISTORY_INDEX_LIMITS = {
  /** Entries kept, the files modified most recently first: far more than the readers look through. */
  maxEntries: 1000,
  /** The file's largest size, UTF-8 bytes. */
  maxBytes: 512 * 1024,
  /** Lines that keep their facts, the files modified most recently first: more than My coaching reads. */
  linesWithFacts: 200,
} as const;

/** What the index says about one stored session file. */
export interface HistoryIndexEntry {
  sessionId: string;
  /** The version of the file this entry summarises; it says nothing about any other. */
  eTag: string;
  lastModified: EpochMs;
  /** When the session began. */
  createdAt: EpochMs;
  coachId: UserId | null;
  coacheeId: UserId | null;
  /** The follow-up invite's iCalUId, once the coach's calendar has it. */
  followUpICalUId: string | null;
  /** What insights need of this version of the file; absent in lines an older Stagecoach wrote, or past the newest. */
  facts?: SessionFacts;
}

export interface HistoryIndex {
  format: typeof HISTORY_INDEX_FORMAT;
  version: typeof HISTORY_INDEX_VERSION;
  entries: HistoryIndexEntry[];
}

export type HistoryIndexRead =
  | { kind: 'read'; index: HistoryIndex }
  /** Written by a newer Stagecoach: not read, not written over. */
  | { kind: 'newer'; version: number }
  /** Not an index this Stagecoach wrote (damaged, older, foreign): read the files and write a new one. */
  | { kind: 'damaged' };

const epochMs = z.number().int().nonnegative();
const id = z.string().min(1).max(1024);

const entrySchema = z.object({
  sessionId: z.string().min(1).max(256),
  eTag: id,
  lastModified: epochMs,
  createdAt: epochMs,
  coachId: z.string().min(1).max(128).nullable(),
  coacheeId: z.string().min(1).max(128).nullable(),
  followUpICalUId: id.nullable(),
  // Checked on their own (readSessionFacts): facts this Stagecoach cannot read are dropped, the line kept.
  facts: z.unknown().optional(),
});

const headerSchema = z.object({ format: z.literal(HISTORY_INDEX_FORMAT), version: z.number().int().positive() });

const indexSchema = z.object({
  format: z.literal(HISTORY_INDEX_FORMAT),
  version: z.literal(HISTORY_INDEX_VERSION),
  entries: z.array(entrySchema).max(HISTORY_INDEX_LIMITS.maxEntries),
});

/** Reads the index file's text. Never throws. */
export function readHistoryIndex(text: string): HistoryIndexRead {
  if (text.length > HISTORY_INDEX_LIMITS.maxBytes || utf8Length(text) > HISTORY_INDEX_LIMITS.maxBytes) return { kind: 'damaged' };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { kind: 'damaged' };
  }
  const header = headerSchema.safeParse(json);
  if (!header.success) return { kind: 'damaged' };
  if (header.data.version > HISTORY_INDEX_VERSION) return { kind: 'newer', version: header.data.version };
  const parsed = indexSchema.safeParse(json);
  if (!parsed.success) return { kind: 'damaged' };
  const entries = parsed.data.entries.map(({ facts, ...line }): HistoryIndexEntry => {
    const read = facts === undefined ? null : readSessionFacts(facts);
    // Facts of another session than the line's say nothing of this one.
    return read && read.sessionId === line.sessionId ? { ...line, facts: read } : line;
  });
  // One line per file: two lines for one session would be two claims, and neither can be chosen.
  if (new Set(entries.map((e) => e.sessionId)).size !== entries.length) return { kind: 'damaged' };
  return { kind: 'read', index: { format: HISTORY_INDEX_FORMAT, version: HISTORY_INDEX_VERSION, entries } };
}

/**
 * The index file's text for these entries: one per session (the last given
 * wins), the files modified most recently first, as many as the limits hold.
 */
export function serializeHistoryIndex(entries: readonly HistoryIndexEntry[]): string {
  const bySession = new Map<string, HistoryIndexEntry>();
  for (const e of entries) bySession.set(e.sessionId, copyEntry(e));
  const kept = [...bySession.values()]
    .sort((a, b) => b.lastModified - a.lastModified || compare(a.sessionId, b.sessionId))
    .slice(0, HISTORY_INDEX_LIMITS.maxEntries);
  let withFacts = Math.min(kept.length, HISTORY_INDEX_LIMITS.linesWithFacts);
  const text = () =>
    JSON.stringify({
      format: HISTORY_INDEX_FORMAT,
      version: HISTORY_INDEX_VERSION,
      entries: kept.map((e, i) => (i < withFacts ? e : withoutFacts(e))),
    });
  let written = text();
  // Far below the limit in practice (about 300 bytes a line, 600 more with facts): the oldest lines' facts go first, then the oldest lines.
  while (kept.length > 0 && utf8Length(written) > HISTORY_INDEX_LIMITS.maxBytes) {
    if (withFacts > 0) withFacts = Math.floor(withFacts * 0.9);
    else kept.splice(Math.max(1, Math.floor(kept.length * 0.9)));
    written = text();
  }
  return written;
}

/**
 * What the index says of one stored file: the session as its file reads, and
 * the version that was read, with its facts (unless they would not read back).
 */
export function historyIndexEntry(state: SessionState, file: { eTag: string; lastModified: EpochMs }): HistoryIndexEntry {
  const withRole = (role: 'coach' | 'coachee') => Object.values(state.participants).find((p) => p.role === role)?.userId ?? null;
  const facts = readSessionFacts(sessionFacts(state));
  return {
    sessionId: state.sessionId,
    eTag: file.eTag,
    lastModified: file.lastModified,
    createdAt: state.createdAt,
    coachId: withRole('coach'),
    coacheeId: withRole('coachee'),
    followUpICalUId: state.followUp.coachEvent?.iCalUId ?? null,
    ...(facts ? { facts } : {}),
  };
}

/** Whether two entries say the same. */
export function sameIndexEntry(a: HistoryIndexEntry, b: HistoryIndexEntry): boolean {
  return JSON.stringify(copyEntry(a)) === JSON.stringify(copyEntry(b));
}

/** Only the fields an entry has, in a fixed order. */
function copyEntry(e: HistoryIndexEntry): HistoryIndexEntry {
  const { sessionId, eTag, lastModified, createdAt, coachId, coacheeId, followUpICalUId, facts } = e;
  return { sessionId, eTag, lastModified, createdAt, coachId, coacheeId, followUpICalUId, ...(facts ? { facts } : {}) };
}

function withoutFacts(e: HistoryIndexEntry): HistoryIndexEntry {
  const { sessionId, eTag, lastModified, createdAt, coachId, coacheeId, followUpICalUId } = e;
  return { sessionId, eTag, lastModified, createdAt, coachId, coacheeId, followUpICalUId };
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
