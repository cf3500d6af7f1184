import { z } from 'zod';
import { applyCommand, createSession, parseEnvelope } from './apply';
import {
  ARCHIVE_FORMAT,
  ARCHIVE_LIMITS,
  ARCHIVE_MAX_MEGABYTES,
  ARCHIVE_VERSION,
  compareArchivedOps,
  utf8Length,
  type ArchivedOp,
  type SessionArchive,
} from './archive';
import type { Refusal } from './refusals';
import type { SessionState } from './session';

/**
 * Turns a file of version N into one of version N + 1. It receives the parsed
 * JSON as it is (untrusted) and returns the next version's JSON, which the
 * reader checks like any file. Pure, like everything in the domain.
 */
export type ArchiveMigration = (older: Record<string, unknown>) => Record<string, unknown>;

/**
 * Version N → the migration to N + 1. Version 1 is the first, so the table is
 * empty; when version 2 arrives, its entry is `1: (v1) => ({ ...v1, version: 2, … })`
 * and ARCHIVE_VERSION becomes 2. A file older than the oldest entry is refused.
 */
export const ARCHIVE_MIGRATIONS: Readonly<Record<number, ArchiveMigration>> = {};

/** An op that did not count, and why. The log around it still does. */
export interface DroppedOp {
  /** The envelope id, when the op had a readable one. */
  id: string | null;
  /** `malformed`: not an op this Stagecoach can read; `duplicate`: its id came earlier; `refused`: the domain said no. */
  kind: 'malformed' | 'duplicate' | 'refused';
  /** Why the domain refused it (`refused`), or could not read its envelope (`malformed`). */
  reason?: Refusal;
}

export interface ArchiveRead {
  ok: true;
  archive: SessionArchive;
  /** The session, replayed from the genesis through every op in log order. */
  state: SessionState;
  dropped: DroppedOp[];
  /**
   * False when the file holds something this version would lose if it wrote
   * the file again: an op it cannot read (`malformed`), or a field it does not
   * know. Callers must then not replace the file. Refused and duplicate ops do
   * not count: a later save keeps them, as the live log does.
   */
  complete: boolean;
  /** The version the file was written in, when it had to be migrated. */
  migratedFrom: number | null;
}

export type ArchiveReadFailureReason = 'unknownVersion' | 'foreignFormat' | 'invalid' | 'tooLarge';

/** What is wrong with a file the reader refuses, with the values its sentence needs (the UI words it: the file was left as it was). */
export type ArchiveReadDetail =
  | { problem: 'tooLarge'; maxMegabytes: number }
  | { problem: 'notJson' }
  | { problem: 'notAnArchive' }
  | { problem: 'newerVersion'; version: number }
  | { problem: 'olderVersion'; version: number }
  | { problem: 'unreadable' }
  | { problem: 'noVersion' }
  | { problem: 'notMigrated'; version: number }
  | { problem: 'coachNotesInCoacheeCopy' }
  | { problem: 'tooManyChanges'; max: number }
  /** The header's `field` (a path, "" for the whole header) is not as Stagecoach writes it. */
  | { problem: 'damagedField'; field: string };

export interface ArchiveReadFailure {
  ok: false;
  reason: ArchiveReadFailureReason;
  detail: ArchiveReadDetail;
}

function failure(reason: ArchiveReadFailureReason, detail: ArchiveReadDetail): ArchiveReadFailure {
  return { ok: false, reason, detail };
}

/** The first problem of a header that does not match its schema. */
function headerDamage(issue: z.core.$ZodIssue | undefined): ArchiveReadDetail {
  const field = (issue?.path ?? []).map(String).join('.');
  if (field === 'ops' && issue?.code === 'too_big') return { problem: 'tooManyChanges', max: ARCHIVE_LIMITS.maxOps };
  return { problem: 'damagedField', field };
}

const MAX_LAMPORT = 2 ** 40;

const epochMs = z.number().int().nonnegative();

const headerSchema = z.object({
  format: z.literal(ARCHIVE_FORMAT),
  version: z.literal(ARCHIVE_VERSION),
  sessionId: z.string().min(1).max(256),
  organizerId: z.string().min(1).max(128).nullable(),
  createdAt: epochMs,
  savedAt: epochMs,
  copyFor: z.enum(['coach', 'coachee']),
  ops: z.array(z.unknown()).max(ARCHIVE_LIMITS.maxOps),
  coachNotes: z
    .object({
      text: z.string().max(ARCHIVE_LIMITS.coachNotes),
      updatedAt: epochMs,
    })
    .optional(),
});

const opSchema = z.object({
  lamport: z.number().int().min(1).max(MAX_LAMPORT),
  envelope: z.unknown(),
});

/** Reads an archive file's text: its size first, then its JSON, then readArchive. */
export function readArchiveText(text: string, migrations = ARCHIVE_MIGRATIONS): ArchiveRead | ArchiveReadFailure {
  // Each character is at least one byte, so a long string is refused before it is measured.
  if (text.length > ARCHIVE_LIMITS.maxBytes || utf8Length(text) > ARCHIVE_LIMITS.maxBytes) {
    return failure('tooLarge', { problem: 'tooLarge', maxMegabytes: ARCHIVE_MAX_MEGABYTES });
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return failure('foreignFormat', { problem: 'notJson' });
  }
  return readArchive(json, migrations);
}

/**
 * Reads a parsed archive: checks its format and version (migrating an older
 * one), validates it, and replays its ops through the domain in log order.
 * An op the domain refuses is dropped and reported, not fatal. Never throws.
 */
export function readArchive(json: unknown, migrations = ARCHIVE_MIGRATIONS): ArchiveRead | ArchiveReadFailure {
  try {
    return read(json, migrations);
  } catch {
    return failure('invalid', { problem: 'unreadable' });
  }
}

function read(json: unknown, migrations: Readonly<Record<number, ArchiveMigration>>): ArchiveRead | ArchiveReadFailure {
  if (!isRecord(json) || json.format !== ARCHIVE_FORMAT) {
    return failure('foreignFormat', { problem: 'notAnArchive' });
  }
  const migrated = migrate(json, migrations);
  if (!migrated.ok) return migrated;
  const header = headerSchema.safeParse(migrated.file);
  if (!header.success) return failure('invalid', headerDamage(header.error.issues[0]));
  const file = header.data;
  let lossless = canonical({ ...migrated.file, ops: [] }) === canonical({ ...file, ops: [] });
  if (file.copyFor === 'coachee' && file.coachNotes !== undefined) {
    return failure('invalid', { problem: 'coachNotesInCoacheeCopy' });
  }

  const dropped: DroppedOp[] = [];
  const seen = new Set<string>();
  const ops: ArchivedOp[] = [];
  for (const raw of file.ops) {
    const op = opSchema.safeParse(raw);
    const parsed = op.success ? parseEnvelope(op.data.envelope) : null;
    if (!op.success || !parsed?.ok) {
      dropped.push({ id: idOf(raw), kind: 'malformed', ...(parsed && !parsed.ok ? { reason: parsed.reason } : {}) });
      continue;
    }
    if (seen.has(parsed.envelope.id)) {
      dropped.push({ id: parsed.envelope.id, kind: 'duplicate' });
      continue;
    }
    seen.add(parsed.envelope.id);
    const kept = { lamport: op.data.lamport, envelope: parsed.envelope };
    if (lossless && canonical(raw) !== canonical(kept)) lossless = false;
    ops.push(kept);
  }
  ops.sort(compareArchivedOps);

  let state = createSession({ sessionId: file.sessionId, organizerId: file.organizerId, at: file.createdAt });
  for (const op of ops) {
    const result = applyCommand(state, op.envelope);
    if (result.ok) state = result.state;
    else dropped.push({ id: op.envelope.id, kind: 'refused', reason: result.reason });
  }

  const common = {
    format: ARCHIVE_FORMAT,
    version: ARCHIVE_VERSION,
    sessionId: file.sessionId,
    organizerId: file.organizerId,
    createdAt: file.createdAt,
    savedAt: file.savedAt,
    ops,
  } as const;
  const archive: SessionArchive =
    file.copyFor === 'coach'
      ? { ...common, copyFor: 'coach', ...(file.coachNotes ? { coachNotes: file.coachNotes } : {}) }
      : { ...common, copyFor: 'coachee' };
  return {
    ok: true,
    archive,
    state,
    dropped,
    complete: lossless && dropped.every((d) => d.kind !== 'malformed'),
    migratedFrom: migrated.from,
  };
}

/** Brings a file to ARCHIVE_VERSION through the migration table, or says why it cannot. */
function migrate(
  json: Record<string, unknown>,
  migrations: Readonly<Record<number, ArchiveMigration>>,
): { ok: true; file: Record<string, unknown>; from: number | null } | ArchiveReadFailure {
  const version = json.version;
  if (typeof version !== 'number' || !Number.isSafeInteger(version) || version < 0) {
    return failure('invalid', { problem: 'noVersion' });
  }
  if (version > ARCHIVE_VERSION) {
    return failure('unknownVersion', { problem: 'newerVersion', version });
  }
  let file = json;
  for (let v = version; v < ARCHIVE_VERSION; v++) {
    const step = Object.hasOwn(migrations, v) ? migrations[v] : undefined;
    if (!step) {
      return failure('unknownVersion', { problem: 'olderVersion', version });
    }
    const next = step(file);
    if (!isRecord(next) || next.version !== v + 1 || next.format !== ARCHIVE_FORMAT) {
      return failure('invalid', { problem: 'notMigrated', version });
    }
    file = next;
  }
  return { ok: true, file, from: version === ARCHIVE_VERSION ? null : version };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** JSON with every object's keys sorted: equal for equal data, whatever order it was written in. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    isRecord(v)
      ? Object.fromEntries(
          Object.keys(v)
            .sort()
            .map((k) => [k, v[k]]),
        )
      : v,
  );
}

function idOf(raw: unknown): string | null {
  const envelope = isRecord(raw) ? raw.envelope : undefined;
  const id = isRecord(envelope) ? envelope.id : undefined;
  return typeof id === 'string' && id.length <= 64 ? id : null;
}
