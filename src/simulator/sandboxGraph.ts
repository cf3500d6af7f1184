// How the simulator's own views (calendars, To Do) read the local Graph
// sandbox: as any client reads Microsoft Graph, with the person's development
// token. No back door: what shows is what Graph would answer that person.
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
 * A reader against the sandbox the server names in GRAPH_SANDBOX_CONFIG. The
 * base URL is asked for once, and again after any failure (the server may
 * have restarted the sandbox on another port).
 */
export function sandboxReader({
  configUrl = GRAPH_SANDBOX_CONFIG,
  fetch: get = (...a) => fetch(...a),
}: SandboxReaderOptions = {}): SandboxGet {
  let baseUrl: Promise<string> | null = null;

  async function findBaseUrl(): Promise<string> {
    const response = await get(configUrl, { cache: 'no-store' }).catch(() => null);
    if (response?.status === 503) throw new Error('the Graph sandbox did not start; the server’s log says why.');
    const config = configSchema.safeParse(response?.ok ? await response.json().catch(() => null) : null);
    if (!config.success) throw new Error(`no Graph sandbox is named at ${configUrl}.`);
    return config.data.baseUrl.replace(/\/+$/, '');
  }

  return async (userId, pathAndQuery) => {
    const base = (baseUrl ??= findBaseUrl());
    try {
      const root = await base;
      const url = pathAndQuery.startsWith(`${root}/`) ? pathAndQuery : `${root}${pathAndQuery}`;
      const response = await get(url, {
        headers: { Authorization: `Bearer ${localDevToken(userId)}` },
        cache: 'no-store',
      }).catch(() => {
        throw new Error('the Graph sandbox does not answer.');
      });
      if (!response.ok) throw new Error(`the Graph sandbox answered ${response.status}.`);
      return await response.json().catch(() => null);
    } catch (error) {
      if (baseUrl === base) baseUrl = null;
      throw error;
    }
  };
}
