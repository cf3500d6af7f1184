// Server-driven paging as Graph does it: a page holds Graph's default number
// of items without $top, at most its maximum with one, and fewer when the
// server says so; `@odata.nextLink` is an absolute URL with an opaque
// $skiptoken, the only way to the next page.

export interface PageRule {
  /** Items per page without $top (Graph's default for this collection). */
  defaultSize: number;
  /** The largest $top Graph takes here; more is refused. */
  maxTop: number;
  /** The most a page holds whatever $top asks (server-driven paging); none by default. */
  cap?: number;
}

export interface PageAsk {
  size: number;
  offset: number;
}

const TOKEN_PREFIX = 'sandbox-page:';

/** Opaque to clients, as Graph's are: a client can follow a token, never make one. */
const skipToken = (offset: number) => Buffer.from(`${TOKEN_PREFIX}${offset}`).toString('base64url');

function offsetOf(token: string): number | null {
  const text = Buffer.from(token, 'base64url').toString('utf8');
  if (!text.startsWith(TOKEN_PREFIX)) return null;
  const offset = Number(text.slice(TOKEN_PREFIX.length));
  return Number.isInteger(offset) && offset > 0 ? offset : null;
}

/** The page a query asks for, or the sentence Graph refuses it with. */
export function pageAsk(query: URLSearchParams, rule: PageRule): PageAsk | { refused: string } {
  let size = rule.defaultSize;
  if (query.has('$top')) {
    const top = Number(query.get('$top'));
    if (!Number.isInteger(top) || top < 1 || top > rule.maxTop) return { refused: `$top must be a whole number from 1 to ${rule.maxTop}.` };
    size = top;
  }
  if (rule.cap !== undefined) size = Math.min(size, rule.cap);
  const token = query.get('$skiptoken');
  if (token === null) return { size, offset: 0 };
  const offset = offsetOf(token);
  return offset === null ? { refused: 'The $skiptoken is not valid.' } : { size, offset };
}

/** Graph writes query option names as they are ($top, not %24top), values encoded. */
function queryText(query: URLSearchParams): string {
  return [...query.entries()].map(([k, v]) => `${k}=${encodeURIComponent(v)}`).join('&');
}

/**
 * One page of `values` as Graph answers it. `url` is the collection's
 * absolute URL (no query); the nextLink keeps the query but the token.
 */
export function pageOf<T>(
  values: readonly T[],
  url: string,
  query: URLSearchParams,
  ask: PageAsk,
): { value: T[]; '@odata.nextLink'?: string } {
  const end = ask.offset + ask.size;
  const body: { value: T[]; '@odata.nextLink'?: string } = { value: values.slice(ask.offset, end) };
  if (end < values.length) {
    const next = new URLSearchParams(query);
    next.set('$skiptoken', skipToken(end));
    body['@odata.nextLink'] = `${url}?${queryText(next)}`;
  }
  return body;
}
