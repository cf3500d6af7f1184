/**
 * `link` as a normalised web address (http or https), or null for anything
 * else: a `javascript:` link, a relative or malformed one. For any address
 * that came from elsewhere (a peer, Graph, a stored copy) before it is
 * opened, linked or framed.
 */
export function webAddress(link: string): URL | null {
  try {
    const url = new URL(link);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url : null;
  } catch {
    return null;
  }
}
