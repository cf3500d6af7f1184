import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import { parseEnvelope, RULES_VERSION } from '../domain';
import type { LoggedOp } from './sessionLog';

// The session's wire format, as each op is stored in the meeting's container
// (docs/live-sync.md has the threat model and the compatibility policy).

/**
 * The container format. 2: ops carry their author's hash chain (`prev`) and
 * the rules version they were made under. A genesis without one is 1.
 */
export const PROTOCOL_VERSION = 2;

/** One op as stored: the logged op, its rules version and the hash of its author's previous op. */
export interface WireOp extends LoggedOp {
  rules: number;
  /** The hash of the op this client's user made before (null for the first): a chain only they can extend. */
  prev: string | null;
}

/** Bounds that keep one value, and the container, small for everyone who downloads it. */
export const WIRE_LIMITS = {
  /** The largest op as JSON (a carry-over of 200 steps fits several times over). */
  opBytes: 256 * 1024,
  /** The most a session may hold, as JSON: past `nearFull` of it the panel warns, at it the panel stops writing. */
  sessionBytes: 8 * 1024 * 1024,
  nearFull: 0.8,
} as const;

const MAX_LAMPORT = 2 ** 40;
const HASH = /^[0-9a-f]{64}$/;

export type WireRead =
  { ok: true; op: WireOp; hash: string; bytes: number } | { ok: false; reason: 'malformed' | 'tooLarge' | 'newerRules' };

/**
 * Reads an untrusted stored value as a wire op, with the hash its content
 * gives (never a hash it claims). `newerRules` means a newer Stagecoach made
 * it: this client cannot fold it faithfully.
 */
export function readWireOp(raw: unknown): WireRead {
  if (typeof raw !== 'object' || raw === null) return { ok: false, reason: 'malformed' };
  let bytes: number;
  try {
    bytes = jsonBytes(raw);
  } catch {
    return { ok: false, reason: 'malformed' };
  }
  if (bytes > WIRE_LIMITS.opBytes) return { ok: false, reason: 'tooLarge' };
  const { lamport, envelope, rules = 1, prev = null } = raw as Record<string, unknown>;
  if (typeof rules !== 'number' || !Number.isSafeInteger(rules) || rules < 1) return { ok: false, reason: 'malformed' };
  if (rules > RULES_VERSION) return { ok: false, reason: 'newerRules' };
  // The cap keeps a hostile peer from pushing everyone's clocks past safe integers.
  if (typeof lamport !== 'number' || !Number.isSafeInteger(lamport) || lamport < 1 || lamport > MAX_LAMPORT) {
    return { ok: false, reason: 'malformed' };
  }
  if (prev !== null && (typeof prev !== 'string' || !HASH.test(prev))) return { ok: false, reason: 'malformed' };
  const parsed = parseEnvelope(envelope);
  if (!parsed.ok) return { ok: false, reason: 'malformed' };
  const op: WireOp = { lamport, envelope: parsed.envelope, rules, prev };
  return { ok: true, op, hash: hashOp(op), bytes };
}

/** This client's own op on the wire: made under today's rules, chained to its author's previous one. */
export function toWire(op: LoggedOp, prev: string | null): { op: WireOp; hash: string } {
  const wire: WireOp = { lamport: op.lamport, envelope: op.envelope, rules: RULES_VERSION, prev };
  return { op: wire, hash: hashOp(wire) };
}

/** SHA-256 of the op's canonical JSON: the same bytes in every client, whatever order its keys arrived in. */
export function hashOp(op: WireOp): string {
  const content = { lamport: op.lamport, envelope: op.envelope, rules: op.rules, prev: op.prev };
  return bytesToHex(sha256(utf8ToBytes(canonicalJson(content))));
}

/** A value's size as stored: its JSON in UTF-8. */
export const jsonBytes = (value: unknown): number => utf8ToBytes(JSON.stringify(value)).length;

export const isHash = (value: unknown): value is string => typeof value === 'string' && HASH.test(value);

/** JSON with every object's keys sorted, so equal values always give equal text. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.keys(value)
      .filter((key) => (value as Record<string, unknown>)[key] !== undefined)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${canonicalJson((value as Record<string, unknown>)[key])}`);
    return `{${entries.join(',')}}`;
  }
  return JSON.stringify(value);
}
