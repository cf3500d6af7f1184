import {
  Client,
  type GraphRequest,
  HTTPMessageHandler,
  RetryHandler,
  RetryHandlerOptions,
  type Context,
  type Middleware,
} from '@microsoft/microsoft-graph-client';
import type { GraphFailure, TokenProvider } from '../ports';
import type { z } from 'zod';
import { failureFromError } from './failures';
import { readPages, type Page, type Paged } from './paging';

export const GRAPH_V1 = 'https://graph.microsoft.com/v1.0';

/** Least-privilege delegated scopes, per call. */
export const SCOPES = {
  findTimes: ['Calendars.Read.Shared'],
  /** getSchedule, when findMeetingTimes cannot answer for this mailbox or attendee. */
  readSchedule: ['Calendars.ReadBasic'],
  /** The coach's own address for getSchedule (`GET /me`). */
  profile: ['User.Read'],
  writeCalendar: ['Calendars.ReadWrite'],
  sendChat: ['ChatMessage.Send'],
  /** The session archive: only Stagecoach's own folder in the user's OneDrive. */
  archive: ['Files.ReadWrite.AppFolder'],
  /** The user's own next steps, in their own Microsoft To Do (a "Coaching" list). */
  tasks: ['Tasks.ReadWrite'],
  /** The user's own events, read by id or iCalUId (the Outlook add-in's event). */
  readEvents: ['Calendars.ReadBasic'],
} as const;

/** What every Graph adapter here is built from. */
export interface GraphClientOptions {
  tokens: TokenProvider;
  /** Graph's versioned root; the local sandbox in tests and the simulator. */
  baseUrl?: string;
  /** Retries of 429/503/504 by graph-client's RetryHandler, which honours Retry-After (at most 10). */
  maxRetries?: number;
  /** Seconds between retries when Graph sends no Retry-After. */
  retryDelaySeconds?: number;
  /** Aborts one attempt that takes longer than this (ms). */
  attemptTimeoutMs?: number;
  /**
   * Extra attempts after a lost connection or a timed-out attempt, only for
   * calls that are safe to repeat (each adapter says which).
   */
  networkRetries?: number;
}

/** Tells the token middleware which scopes one request needs. */
export class ScopesOption {
  constructor(readonly scopes: readonly string[]) {}
}

/**
 * Adds `Authorization: Bearer` from our TokenProvider, only to requests for
 * the configured Graph root. graph-client's own AuthenticationHandler would
 * do this only for https Graph hosts, which leaves out the local sandbox; one
 * path for both keeps the sandbox honest about what Graph receives.
 */
class TokenMiddleware implements Middleware {
  private next: Middleware | undefined;
  constructor(
    private readonly tokens: TokenProvider,
    private readonly root: string,
    private readonly defaultScopes: readonly string[],
  ) {}
  async execute(context: Context): Promise<void> {
    const url = typeof context.request === 'string' ? context.request : context.request.url;
    if (url.startsWith(this.root)) {
      const option = context.middlewareControl?.getMiddlewareOptions(ScopesOption) as ScopesOption | undefined;
      const token = await this.tokens.getToken([...(option?.scopes ?? this.defaultScopes)]);
      const options = (context.options ??= {});
      const headers = new Headers(options.headers as HeadersInit | undefined);
      headers.set('Authorization', `Bearer ${token}`);
      options.headers = Object.fromEntries(headers.entries());
    }
    await this.next!.execute(context);
  }
  setNext(next: Middleware): void {
    this.next = next;
  }
}

/** Gives each attempt (each retry too) its own deadline. */
class AttemptTimeoutMiddleware implements Middleware {
  private next: Middleware | undefined;
  constructor(private readonly ms: number) {}
  async execute(context: Context): Promise<void> {
    const options = (context.options ??= {});
    (options as RequestInit).signal = AbortSignal.timeout(this.ms);
    await this.next!.execute(context);
  }
  setNext(next: Middleware): void {
    this.next = next;
  }
}

function splitRoot(baseUrl: string): { host: string; version: string; root: string } {
  const url = new URL(baseUrl);
  const segments = url.pathname.split('/').filter(Boolean);
  const version = segments.pop() ?? 'v1.0';
  const prefix = segments.length ? `/${segments.join('/')}` : '';
  const host = `${url.origin}${prefix}/`;
  return { host, version, root: `${host}${version}/` };
}

export type Outcome<T, F> = { ok: true; value: T } | { ok: false; failure: F };

export const signInFailure: GraphFailure = { kind: 'consent', need: 'signIn', retryable: true };

export function failed<F>(failure: F): { ok: false; failure: F } {
  return { ok: false, failure };
}

/** A graph-client with our middleware chain, and the one way calls are run through it. */
export class GraphConnection {
  readonly client: Client;
  /** Graph's versioned root, ending in "/": only requests under it carry the token. */
  readonly root: string;
  /**
   * For a POST that would make a second one if sent again (a chat message, a
   * To Do list or task: none carries a transactionId): throttling is waited
   * out and asked again (Graph did nothing), a 504 is not. Graph's gateway
   * answers 504 when the service behind it took too long, which may be after
   * it did the work. Give it with the call's middleware options.
   */
  readonly notRepeatedAfterTimeout: RetryHandlerOptions;
  private readonly tokens: TokenProvider;
  private readonly networkRetries: number;

  constructor(options: GraphClientOptions, defaultScopes: readonly string[]) {
    const { host, version, root } = splitRoot(options.baseUrl ?? GRAPH_V1);
    this.root = root;
    this.tokens = options.tokens;
    this.networkRetries = options.networkRetries ?? 2;
    const [delay, maxRetries] = [options.retryDelaySeconds ?? 3, options.maxRetries ?? 3];
    const unlessTimedOut = (_delay: number, _attempt: number, _request: unknown, _options: unknown, response: Response) =>
      response.status !== 504;
    this.notRepeatedAfterTimeout = new RetryHandlerOptions(delay, maxRetries, unlessTimedOut);
    const chain: Middleware[] = [
      new TokenMiddleware(options.tokens, root, defaultScopes),
      new RetryHandler(new RetryHandlerOptions(delay, maxRetries)),
      new AttemptTimeoutMiddleware(options.attemptTimeoutMs ?? 15_000),
      new HTTPMessageHandler(),
    ];
    for (let i = 0; i < chain.length - 1; i++) chain[i]!.setNext?.(chain[i + 1]!);
    this.client = Client.initWithMiddleware({ baseUrl: host, defaultVersion: version, middleware: chain });
  }

  /**
   * Every item of a listing, following `@odata.nextLink` for at most
   * `maxPages` pages; each next page is asked with the first one's scopes
   * and `headers` (a nextLink carries the query, never the headers).
   */
  readAll<T>(
    first: GraphRequest,
    schema: z.ZodType<Page<T>>,
    options: { scopes: readonly string[]; maxPages: number; headers?: Record<string, string> },
  ): Promise<Paged<T>> {
    return readPages(first, schema, {
      root: this.root,
      maxPages: options.maxPages,
      follow: (path) =>
        this.client
          .api(path)
          .headers(options.headers ?? {})
          .middlewareOptions([new ScopesOption(options.scopes)]),
    });
  }

  /** Whether a token with these scopes can be had now (the user may be asked to consent). */
  async canSignIn(scopes: readonly string[]): Promise<boolean> {
    try {
      await this.tokens.getToken([...scopes]);
      return true;
    } catch {
      return false;
    }
  }

  /**
   * Runs one call. A token that cannot be had is a consent failure before any
   * request leaves; a lost connection is repeated only when `repeatable`.
   * `toFailure` words what the call threw.
   */
  async call<T, F extends { kind: string } = GraphFailure>(
    scopes: readonly string[],
    repeatable: boolean,
    run: () => Promise<Outcome<T, F | GraphFailure>>,
    toFailure: (error: unknown) => F | GraphFailure = failureFromError,
  ): Promise<Outcome<T, F | GraphFailure>> {
    if (!(await this.canSignIn(scopes))) return failed(signInFailure);
    let attempt = 0;
    for (;;) {
      try {
        return await run();
      } catch (error) {
        const failure = toFailure(error);
        if (failure.kind === 'offline' && repeatable && attempt < this.networkRetries) {
          attempt++;
          continue;
        }
        return failed(failure);
      }
    }
  }
}
