import { z } from 'zod';
import { applyCommand, createSession, parseEnvelope } from './apply';
import {
  ARCHIVE_FORMAT,
  ARCHIVE_LIMITS,
  ARCHIVE_VERSION,
  compareArchivedOps,
  tooLargeMessage,
  utf8Length,
  type ArchivedOp,
  type SessionArchive,
} from './archive';
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
  reason: string;
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

export interface ArchiveReadFailure {
  ok: false;
  reason: ArchiveReadFailureReason;
  /** A sentence for people, saying the file was left as it was. */
  message: string;
}

const UNTOUCHED = 'It was left untouched.';

function failure(reason: ArchiveReadFailureReason, message: string): ArchiveReadFailure {
  return { ok: false, reason, message: `${message} ${UNTOUCHED}` };
}

const MAX_LAMPORT = 2 ** 40;

const epochMs = z.number().int().nonnegative();

const headerSchema = z.object({
  format: z.literal(ARCHIVE_FORMAT),
  version: z.literal(ARCHIVE_VERSION),
  sessionId: z.string().min(1, 'The session id is missing.').max(256, 'The session id is too long.'),
  organizerId: z.string().min(1).max(128).nullable(),
  createdAt: epochMs,
  savedAt: epochMs,
  copyFor: z.enum(['coach', 'coachee'], { message: 'The copy is neither the coach’s nor the coachee’s.' }),
  ops: z.array(z.unknown()).max(ARCHIVE_LIMITS.maxOps, `The archive holds more than ${ARCHIVE_LIMITS.maxOps} changes.`),
  coachNotes: z
    .object({
      text: z.string().max(ARCHIVE_LIMITS.coachNotes, 'The coach notes are too long.'),
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
    return failure('tooLarge', tooLargeMessage('This archive is larger than Stagecoach opens'));
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return failure('foreignFormat', 'This file is not a Stagecoach session archive (it is not JSON), so it was not opened.');
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
    return failure('invalid', 'This archive could not be read.');
  }
}

function read(json: unknown, migrations: Readonly<Record<number, ArchiveMigration>>): ArchiveRead | ArchiveReadFailure {
  if (!isRecord(json) || json.format !== ARCHIVE_FORMAT) {
    return failure('foreignFormat', 'This file is not a Stagecoach session archive, so it was not opened.');
  }
  const migrated = migrate(json, migrations);
  if (!migrated.ok) return migrated;
  const header = headerSchema.safeParse(migrated.file);
  if (!header.success)
    return failure('invalid', `This archive is damaged: ${header.error.issues[0]?.message ?? 'it does not match the format'}`);
  const file = header.data;
  let lossless = canonical({ ...migrated.file, ops: [] }) === canonical({ ...file, ops: [] });
  if (file.copyFor === 'coachee' && file.coachNotes !== undefined) {
    return failure('invalid', 'This archive is damaged: a coachee’s copy cannot hold coach notes.');
  }

  const dropped: DroppedOp[] = [];
  const seen = new Set<string>();
  const ops: ArchivedOp[] = [];
  for (const raw of file.ops) {
    const op = opSchema.safeParse(raw);
    const parsed = op.success ? parseEnvelope(op.data.envelope) : null;
    if (!op.success || !parsed?.ok) {
      dropped.push({ id: idOf(raw), kind: 'malformed', reason: parsed && !parsed.ok ? parsed.reason : 'Not a logged change.' });
      continue;
    }
    if (seen.has(parsed.envelope.id)) {
      dropped.push({ id: parsed.envelope.id, kind: 'duplicate', reason: 'The same change appears twice.' });
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
    return failure('invalid', 'This archive is damaged: it does not say which version of the format it uses.');
  }
  if (version > ARCHIVE_VERSION) {
    return failure('unknownVersion', `This archive was written by a newer Stagecoach (version ${version}); update Stagecoach to open it.`);
  }
  let file = json;
  for (let v = version; v < ARCHIVE_VERSION; v++) {
    const step = Object.hasOwn(migrations, v) ? migrations[v] : undefined;
    if (!step) {
      return failure(
        'unknownVersion',
        `This archive was written by an older Stagecoach (version ${version}) that this one can no longer read.`,
      );
    }
    const next = step(file);
    if (!isRecord(next) || next.version !== v + 1 || next.format !== ARCHIVE_FORMAT) {
      return failure('invalid', `This archive (version ${version}) could not be brought up to date.`);
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
