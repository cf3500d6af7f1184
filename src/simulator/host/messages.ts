// The wire shapes of teams-js 2.x's postMessage protocol, host side. Frames
// are untrusted: every message is shape-checked before the host looks at it.

/** A request from an app frame: what teams-js posts to its parent. */
export interface HostRequest {
  /** Counts up from 0 per page load; a reply must carry it back. */
  id: number;
  /** Echoed back when present: teams-js then matches replies by it, not by id. */
  uuidAsString?: string;
  func: string;
  args: unknown[];
  /** A nested app authentication request's payload: MSAL's request envelope as a JSON string. */
  data?: string;
}

/** A reply: the request's id (and uuid), with the answer laid out position by position. */
export interface HostReply {
  id: number;
  uuidAsString?: string;
  args: unknown[];
}

/** An event the host pushes (theme change, save). No id: one with an id would be taken for a reply. */
export interface HostEvent {
  func: string;
  args: unknown[];
}

const MAX_FUNC_LENGTH = 128;
const MAX_ARGS = 16;
/** MSAL's request envelopes are well under 4 KB; claims challenges make them longer, never this long. */
const MAX_DATA_LENGTH = 32_768;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The request in `data`, or null for anything that is not one (ignored, like Teams would). */
export function parseRequest(data: unknown): HostRequest | null {
  if (typeof data !== 'object' || data === null) return null;
  const { id, uuidAsString, func, args, data: payload } = data as Record<string, unknown>;
  if (typeof id !== 'number' || !Number.isSafeInteger(id) || id < 0) return null;
  if (typeof func !== 'string' || func === '' || func.length > MAX_FUNC_LENGTH) return null;
  if (args !== undefined && (!Array.isArray(args) || args.length > MAX_ARGS)) return null;
  if (uuidAsString !== undefined && (typeof uuidAsString !== 'string' || !UUID.test(uuidAsString))) return null;
  if (payload !== undefined && (typeof payload !== 'string' || payload.length > MAX_DATA_LENGTH)) return null;
  return {
    id,
    func,
    args: (args as unknown[] | undefined) ?? [],
    ...(uuidAsString ? { uuidAsString } : {}),
    ...(payload !== undefined ? { data: payload } : {}),
  };
}

export const replyTo = (request: HostRequest, args: unknown[]): HostReply => ({
  id: request.id,
  ...(request.uuidAsString ? { uuidAsString: request.uuidAsString } : {}),
  args,
});

export const hostEvent = (func: string, args: unknown[]): HostEvent => ({ func, args });
