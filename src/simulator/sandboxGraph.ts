// How the simulator's own views (calendars, To Do, the meeting chat) read the
// local Graph sandbox, and how it books a weekly 1:1: as any client calls
// Microsoft Graph, with the person's development token. No back door: what
// shows is what Graph would answer that person.
import { z } from 'zod';
import { GRAPH_SANDBOX_CONFIG, localDevToken } from '../ports';

const configSchema = z.object({ baseUrl: z.url({ protocol: /^https?$/ }).max(2048) });

export interface SandboxReaderOptions {
  /** Where the server names the sandbox; GRAPH_SANDBOX_CONFIG by default. */
  configUrl?: string;
  fetch?: typeof fetch;
}

/**
 * GETs `pathAndQuery` (after `/v1.0`, or a whole `@odata.nextLink` under the
 * sandbox's address) as `userId`; resolves to the JSON body, rejects with a sentence.
 */
export type SandboxGet = (userId: string, pathAndQuery: string) => Promise<unknown>;

/** Graph pages its lists (the sandbox as Graph does): at most this many pages are read. */
const MAX_PAGES = 50;
/** A page's link to the next one, when there is one. */
export const nextLink = z.string().max(4096).optional();

/** Every page of a Graph collection, as the app's own code pages through it. */
export async function allPages<T extends { value: unknown[]; '@odata.nextLink'?: string | undefined }>(
  get: SandboxGet,
  userId: string,
  first: string,
  schema: z.ZodType<T>,
): Promise<T['value']> {
  const items: T['value'] = [];
  let next: string | undefined = first;
  for (let page = 0; next && page < MAX_PAGES; page++) {
    const parsed = schema.safeParse(await get(userId, next));
    if (!parsed.success) throw new Error('the Graph sandbox answered with something that is not a Graph collection.');
    items.push(...parsed.data.value);
    next = parsed.data['@odata.nextLink'];
  }
  return items;
}

/**
 * Sends `method` to `pathAndQuery` (after `/v1.0`, or a whole `@odata.nextLink`)
 * as `userId`, with a JSON `body` if given; resolves to the answer's JSON body
 * (null when it has none), rejects with a sentence.
 */
export type SandboxRequest = (userId: string, method: 'GET' | 'POST', pathAndQuery: string, body?: unknown) => Promise<unknown>;

/** How much of Graph's own error message a refusal repeats. */
const MAX_REASON = 300;

const graphErrorSchema = z.object({ error: z.object({ message: z.string() }) });

/** Graph's `error.message`, if the answer has one. */
async function reasonOf(response: Response): Promise<string> {
  const parsed = graphErrorSchema.safeParse(await response.json().catch(() => null));
  return parsed.success ? `: ${parsed.data.error.message.slice(0, MAX_REASON)}` : '';
}

/**
 * Requests to the sandbox the server names in GRAPH_SANDBOX_CONFIG. The base
 * URL is asked for once, and again after any failure (the server may have
 * restarted the sandbox on another port).
 */
export function sandboxRequester({
  configUrl = GRAPH_SANDBOX_CONFIG,
  fetch: send = (...a) => fetch(...a),
}: SandboxReaderOptions = {}): SandboxRequest {
  let baseUrl: Promise<string> | null = null;

  async function findBaseUrl(): Promise<string> {
    const response = await send(configUrl, { cache: 'no-store' }).catch(() => null);
    if (response?.status === 503) throw new Error('the Graph sandbox did not start; the server’s log says why.');
    const config = configSchema.safeParse(response?.ok ? await response.json().catch(() => null) : null);
    if (!config.success) throw new Error(`no Graph sandbox is named at ${configUrl}.`);
    return config.data.baseUrl.replace(/\/+$/, '');
  }

  return async (userId, method, pathAndQuery, body) => {
    const base = (baseUrl ??= findBaseUrl());
    try {
      const root = await base;
      const url = pathAndQuery.startsWith(`${root}/`) ? pathAndQuery : `${root}${pathAndQuery}`;
      const headers: Record<string, string> = { Authorization: `Bearer ${localDevToken(userId)}` };
      if (body !== undefined) headers['Content-Type'] = 'application/json';
      const response = await send(url, {
        method,
        headers,
        cache: 'no-store',
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      }).catch(() => {
        throw new Error('the Graph sandbox does not answer.');
      });
      if (!response.ok) throw new Error(`the Graph sandbox answered ${response.status}${await reasonOf(response)}.`);
      return await response.json().catch(() => null);
    } catch (error) {
      if (baseUrl === base) baseUrl = null;
      throw error;
    }
  };
}

/** GETs over `request`, or over a requester of its own made with these options. */
export function sandboxReader(options: SandboxReaderOptions | SandboxRequest = {}): SandboxGet {
  const request = typeof options === 'function' ? options : sandboxRequester(options);
  return (userId, pathAndQuery) => request(userId, 'GET', pathAndQuery);
}
