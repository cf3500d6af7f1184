import { webAddress } from '../base';

/**
 * Where the simulator's local Fluid server (tinylicious) listens: `?fluid=`
 * in the simulator's address if given, else what the server that serves the
 * simulator says in /tinylicious.json (`npm start` and the browser tests'
 * server both write it). Null when neither names one: the panels then say
 * that Live Share could not start.
 */
export async function findFluidEndpoint(search: string, fetchJson = defaultFetchJson): Promise<string | null> {
  const fromQuery = httpUrl(new URLSearchParams(search).get('fluid'));
  if (fromQuery) return fromQuery;
  try {
    const body = await fetchJson('/tinylicious.json');
    return httpUrl(typeof body === 'object' && body !== null ? (body as { endpoint?: unknown }).endpoint : null);
  } catch {
    return null;
  }
}

/** `value` when it is an http(s) address, without a trailing slash; null otherwise. */
export function httpUrl(value: unknown): string | null {
  if (typeof value !== 'string' || value.length > 2048) return null;
  const url = webAddress(value);
  return url ? url.origin + url.pathname.replace(/\/+$/, '') : null;
}

async function defaultFetchJson(path: string): Promise<unknown> {
  const response = await fetch(path, { cache: 'no-store' });
  if (!response.ok) throw new Error(`${path}: ${response.status}`);
  return response.json();
}
