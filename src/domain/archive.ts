import type { NewSession } from './apply';
import type { Envelope } from './commands';
import type { EpochMs, UserId } from './session';

/**
 * The durable copy of a session that each participant keeps in their own
 * storage (their OneDrive app folder), because Live Share keeps a meeting's
 * data only for hours.
 *
 * The archive is the session's op log, not a snapshot of its state: the
 * genesis and every command, each with its Lamport time, exactly as the sync
 * layer orders them. Reading it replays the log through the domain
 * (archiveRead.ts), so every rule that held live holds again, and nothing in
 * the file is trusted just because it was written down. A log also merges
 * without loss (the union of two logs is a log), which a snapshot cannot.
 */
export const ARCHIVE_FORMAT = 'stagecoach.session';
/** The version this Stagecoach writes. Readers migrate older ones (ARCHIVE_MIGRATIONS) and refuse newer ones. */
export const ARCHIVE_VERSION = 1;

export const ARCHIVE_LIMITS = {
  /**
   * The largest file, in UTF-8 bytes: one Microsoft Graph simple upload
   * (PUT …/content), which Microsoft documents for files up to 4 MB.
   */
  maxBytes: 4 * 1024 * 1024,
  /** Ops in one archive: far more than a session's collections and timeline can use. */
  maxOps: 20_000,
  /** The coach's private notes, characters. */
  coachNotes: 20_000,
} as const;

/** The largest archive Stagecoach writes or reads, in megabytes, as its refusals say it. */
export const ARCHIVE_MAX_MEGABYTES = ARCHIVE_LIMITS.maxBytes / (1024 * 1024);

/** One command with its Lamport time: the shape of the sync layer's LoggedOp. */
export interface ArchivedOp {
  lamport: number;
  envelope: Envelope;
}

/** What only the coach wrote for themself: kept in the coach's own copy, never in the coachee's. */
export interface CoachNotes {
  text: string;
  updatedAt: EpochMs;
}

/** Whose copy a file is. */
export type ArchiveCopy = 'coach' | 'coachee';

interface ArchiveCommon {
  format: typeof ARCHIVE_FORMAT;
  version: typeof ARCHIVE_VERSION;
  sessionId: string;
  /** The genesis: who organized the meeting and when the session began. */
  organizerId: UserId | null;
  createdAt: EpochMs;
  savedAt: EpochMs;
  /** In log order: (lamport, envelope id). */
  ops: ArchivedOp[];
}

export type SessionArchive =
  (ArchiveCommon & { copyFor: 'coach'; coachNotes?: CoachNotes }) | (ArchiveCommon & { copyFor: 'coachee'; coachNotes?: never });

/** The log to archive, as the sync layer hands it over (exportLog in src/sync/sessionLog.ts). */
export interface ArchiveSource {
  genesis: NewSession;
  ops: readonly ArchivedOp[];
}

/**
 * Whose copy to build. Only a coach's copy can carry notes: the coachee's
 * variant has no place for them, and archiveSession never reads one there.
 */
export type CopyFor = { copyFor: 'coachee' } | { copyFor: 'coach'; coachNotes: CoachNotes | null };

/** Orders ops as the sync layer does: by Lamport time, then by envelope id. */
export function compareArchivedOps(a: ArchivedOp, b: ArchivedOp): number {
  return a.lamport - b.lamport || compareStrings(a.envelope.id, b.envelope.id);
}

function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** A fresh op holding only the fields an archive knows, so nothing else can travel into a file. */
function copyOp(op: ArchivedOp): ArchivedOp {
  const { id, actorId, at, today, command } = op.envelope;
  return { lamport: op.lamport, envelope: { id, actorId, at, today, command: { ...command } } };
}

/**
 * Builds one participant's copy of the session. Every field is named here,
 * none is spread from the input, so a coachee's copy holds no coach notes
 * whatever object the caller passes.
 */
export function archiveSession(source: ArchiveSource, copy: CopyFor, savedAt: EpochMs): SessionArchive {
  const common: ArchiveCommon = {
    format: ARCHIVE_FORMAT,
    version: ARCHIVE_VERSION,
    sessionId: source.genesis.sessionId,
    organizerId: source.genesis.organizerId,
    createdAt: source.genesis.at,
    savedAt,
    ops: source.ops.map(copyOp).sort(compareArchivedOps),
  };
  if (copy.copyFor !== 'coach') return { ...common, copyFor: 'coachee' };
  const notes = copy.coachNotes;
  return notes
    ? { ...common, copyFor: 'coach', coachNotes: { text: notes.text, updatedAt: notes.updatedAt } }
    : { ...common, copyFor: 'coach' };
}

/**
 * The file's text, or why it cannot be written. Fields are written in a fixed
 * order; a coachee's copy is rebuilt field by field, so even an archive object
 * that was tampered with after archiveSession writes no notes for a coachee.
 */
export function serializeArchive(
  archive: SessionArchive,
): { ok: true; text: string; bytes: number } | { ok: false; reason: 'tooLarge'; maxMegabytes: number } {
  const { format, version, sessionId, organizerId, createdAt, savedAt, copyFor, ops } = archive;
  const notes = archive.copyFor === 'coach' ? archive.coachNotes : undefined;
  const file = {
    format,
    version,
    sessionId,
    organizerId,
    createdAt,
    savedAt,
    copyFor: copyFor === 'coach' ? 'coach' : 'coachee',
    ops: ops.map(copyOp),
    ...(notes && copyFor === 'coach' ? { coachNotes: { text: notes.text, updatedAt: notes.updatedAt } } : {}),
  };
  const text = JSON.stringify(file);
  const bytes = utf8Length(text);
  if (bytes > ARCHIVE_LIMITS.maxBytes || ops.length > ARCHIVE_LIMITS.maxOps) {
    return { ok: false, reason: 'tooLarge', maxMegabytes: ARCHIVE_MAX_MEGABYTES };
  }
  return { ok: true, text, bytes };
}

/** UTF-8 length of a string, counted without an encoder so the domain runs anywhere. */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit < 0x80) bytes += 1;
    else if (unit < 0x800) bytes += 2;
    else if (unit >= 0xd800 && unit < 0xdc00 && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

/**
 * Two copies of the same session as one: every op either holds (the union by
 * envelope id, the saved copy's op winning a clash), the earlier genesis (as
 * SessionLog.adoptGenesis settles it), the newer coach notes. Whose copy it is
 * comes from `ours`: a coachee's merge carries no notes even when the saved
 * file had some.
 */
export function mergeArchives(saved: SessionArchive, ours: SessionArchive): SessionArchive {
  const byId = new Map<string, ArchivedOp>();
  for (const op of [...saved.ops, ...ours.ops]) if (!byId.has(op.envelope.id)) byId.set(op.envelope.id, op);
  const earlier = compareGenesis(saved, ours) < 0 ? saved : ours;
  const genesis: NewSession = { sessionId: ours.sessionId, organizerId: earlier.organizerId, at: earlier.createdAt };
  const source: ArchiveSource = { genesis, ops: [...byId.values()] };
  if (ours.copyFor !== 'coach') return archiveSession(source, { copyFor: 'coachee' }, ours.savedAt);
  const candidates = [saved.copyFor === 'coach' ? saved.coachNotes : undefined, ours.coachNotes];
  const notes = candidates.reduce<CoachNotes | undefined>(
    (newest, n) => (n && (!newest || n.updatedAt >= newest.updatedAt) ? n : newest),
    undefined,
  );
  return archiveSession(source, { copyFor: 'coach', coachNotes: notes ?? null }, ours.savedAt);
}

function compareGenesis(a: SessionArchive, b: SessionArchive): number {
  return a.createdAt - b.createdAt || compareStrings(a.organizerId ?? '', b.organizerId ?? '');
}

/** Whether two copies hold the same session (genesis, ops, notes), whenever each was saved. */
export function sameArchiveContent(a: SessionArchive, b: SessionArchive): boolean {
  const notesA = a.copyFor === 'coach' ? a.coachNotes : undefined;
  const notesB = b.copyFor === 'coach' ? b.coachNotes : undefined;
  const strip = (x: SessionArchive) => [x.sessionId, x.organizerId, x.createdAt, x.copyFor, x.ops.map(copyOp)];
  return JSON.stringify(strip(a)) === JSON.stringify(strip(b)) && JSON.stringify(notesA ?? null) === JSON.stringify(notesB ?? null);
}
