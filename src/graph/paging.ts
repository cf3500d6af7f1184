// Graph answers a collection a page at a time (server-driven paging): a page
// may hold fewer items than $top asked for, and `@odata.nextLink` is the
// only way on. Every listing here follows it, to a bound.
import type { GraphRequest } from '@microsoft/microsoft-graph-client';
import type { z } from 'zod';
import { UnreadableAnswer } from './failures';

/** One page of a Graph collection. */
export interface Page<T> {
  value: T[];
  '@odata.nextLink'?: string | null;
}

export interface Paged<T> {
  values: T[];
  /** False when `maxPages` were read and Graph still had more. */
  complete: boolean;
}

export interface PagingOptions {
  /** Graph's versioned root, ending in "/": a nextLink elsewhere would carry the token away. */
  root: string;
  /** The next page's request for a path under the root (same scopes and headers as the first). */
  follow: (path: string) => GraphRequest;
  maxPages: number;
}

/**
 * Every item of a listing, page by page from `first`. Throws what a request
 * throws, and UnreadableAnswer for an answer that is not a page of `schema`.
 */
export async function readPages<T>(first: GraphRequest, schema: z.ZodType<Page<T>>, options: PagingOptions): Promise<Paged<T>> {
  const values: T[] = [];
  let request = first;
  for (let page = 0; page < options.maxPages; page++) {
    const parsed = schema.safeParse(await request.get());
    if (!parsed.success) throw new UnreadableAnswer();
    values.push(...parsed.data.value);
    const next = parsed.data['@odata.nextLink'];
    if (!next) return { values, complete: true };
    if (!next.startsWith(options.root)) throw new UnreadableAnswer();
    request = options.follow(`/${next.slice(options.root.length)}`);
  }
  return { values, complete: false };
}
