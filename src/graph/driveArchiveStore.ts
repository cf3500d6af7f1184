import { z } from 'zod';
import { ARCHIVE_LIMITS } from '../domain';
import type {
  ArchiveEntry,
  ArchiveFailure,
  ArchiveOutcome,
  ArchiveWrite,
  SavedArchive,
  SessionArchiveStore,
  StoredArchive,
} from '../ports';
import { archiveFileName, sessionIdFromFileName } from './archiveFileNames';
import { failureFromError, failureFromStatus, statusOf, unreadableAnswer } from './failures';
import { failed, GraphConnection, ScopesOption, SCOPES, type GraphClientOptions } from './graphClient';

/** Where the archive lives: a folder in Stagecoach's own app folder of the signed-in user's OneDrive. */
const SESSIONS = '/me/drive/special/approot:/sessions';
/** Pages of the folder listing followed at most (200 files each). */
const MAX_PAGES = 50;
/** The longest wait a Retry-After may ask of a download, as graph-client's RetryHandler caps it. */
const MAX_RETRY_AFTER_SECONDS = 180;

export type DriveArchiveStoreOptions = GraphClientOptions;

const graphTime = z.string().refine((s) => !Number.isNaN(Date.parse(s)), 'not a date');

/** `GET …/sessions/{name}`: the file's item, with its eTag and a pre-authenticated download URL. */
const fileItemSchema = z.object({
  eTag: z.string().min(1).max(1024),
  size: z.number().int().nonnegative(),
  lastModifiedDateTime: graphTime,
  file: z.looseObject({}).nullish(),
  folder: z.looseObject({}).nullish(),
  '@microsoft.graph.downloadUrl': z.string().min(1).max(8192).nullish(),
});

/** The item a `PUT …/content` answers. */
const savedItemSchema = z.object({
  eTag: z.string().min(1).max(1024),
  size: z.number().int().nonnegative(),
  lastModifiedDateTime: graphTime,
});

const childrenSchema = z.object({
  value: z.array(
    z.object({
      name: z.string(),
      size: z.number().int().nonnegative().nullish(),
      lastModifiedDateTime: graphTime,
      file: z.looseObject({}).nullish(),
    }),
  ),
  '@odata.nextLink': z.string().nullish(),
});

const scopes = () => new ScopesOption(SCOPES.archive);

const tooLarge: ArchiveFailure = { kind: 'tooLarge', maxMegabytes: ARCHIVE_LIMITS.maxBytes / (1024 * 1024), retryable: false };

const unnamable: ArchiveFailure = { kind: 'invalid', problem: 'unnamableArchive', retryable: false };

/** A failure in OneDrive's terms: the calendar's would name the wrong thing. */
export function archiveFailureFromError(error: unknown): ArchiveFailure {
  const status = statusOf(error);
  if (status === 401 || status === 403) {
    return { kind: 'consent', need: 'archive', retryable: true };
  }
  if (status === 409 || status === 412) return { kind: 'conflict', retryable: true };
  if (status === 413) return tooLarge;
  if (status === 507) return { kind: 'unknown', problem: 'storageFull', retryable: false };
  return failureFromError(error);
}

/**
 * SessionArchiveStore over Microsoft Graph: one JSON file per session in
 * `Apps/<app>/sessions` of the signed-in user's OneDrive, reached through
 * `/me/drive/special/approot` with Files.ReadWrite.AppFolder, so Stagecoach
 * sees nothing else in anyone's OneDrive, and each person only their own.
 *
 * Reading is two requests: the item (its eTag, size and
 * `@microsoft.graph.downloadUrl`), then the bytes from that pre-authenticated
 * URL, without a token. `GET …/content` would answer a 302 to the same URL,
 * which browsers refuse to follow for a request with an Authorization header
 * (Microsoft's "Working with CORS" for OneDrive says to use the download URL).
 */
export class DriveArchiveStore implements SessionArchiveStore {
  private readonly connection: GraphConnection;
  private readonly origin: string;
  private readonly maxRetries: number;
  private readonly retryDelaySeconds: number;
  private readonly attemptTimeoutMs: number;

  constructor(options: DriveArchiveStoreOptions) {
    this.connection = new GraphConnection(options, SCOPES.archive);
    this.origin = new URL(this.connection.root).origin;
    this.maxRetries = options.maxRetries ?? 3;
    this.retryDelaySeconds = options.retryDelaySeconds ?? 3;
    this.attemptTimeoutMs = options.attemptTimeoutMs ?? 15_000;
  }

  private get client() {
    return this.connection.client;
  }

  /** Reads are safe to repeat after a lost connection; so are saves, which never write blindly (If-Match or create-only). */
  private call<T>(run: () => Promise<ArchiveOutcome<T>>): Promise<ArchiveOutcome<T>> {
    return this.connection.call<T, ArchiveFailure>(SCOPES.archive, true, run, archiveFailureFromError);
  }

  load(sessionId: string): Promise<ArchiveOutcome<StoredArchive | null>> {
    const name = archiveFileName(sessionId);
    if (name === null) return Promise.resolve(failed(unnamable));
    return this.call(async () => {
      let answer: unknown;
      try {
        answer = await this.client
          .api(`${SESSIONS}/${encodeURIComponent(name)}`)
          .middlewareOptions([scopes()])
          .get();
      } catch (error) {
        if (statusOf(error) === 404) return { ok: true, value: null };
        throw error;
      }
      const item = fileItemSchema.safeParse(answer);
      if (!item.success) return failed(unreadableAnswer);
      const { eTag, size, lastModifiedDateTime, file, folder } = item.data;
      const url = item.data['@microsoft.graph.downloadUrl'];
      if (!file || folder) {
        return failed({ kind: 'invalid', problem: 'folderInTheWay', name, retryable: false });
      }
      if (size > ARCHIVE_LIMITS.maxBytes) return failed(tooLarge);
      if (!url) return failed(unreadableAnswer);
      const text = await this.download(url);
      if (!text.ok) return text;
      return { ok: true, value: { sessionId, text: text.value, eTag, size, lastModified: Date.parse(lastModifiedDateTime) } };
    });
  }

  save(sessionId: string, file: string, write: ArchiveWrite): Promise<ArchiveOutcome<SavedArchive>> {
    const name = archiveFileName(sessionId);
    if (name === null) return Promise.resolve(failed(unnamable));
    if (new TextEncoder().encode(file).length > ARCHIVE_LIMITS.maxBytes) return Promise.resolve(failed(tooLarge));
    return this.call(async () => {
      let request = this.client
        .api(`${SESSIONS}/${encodeURIComponent(name)}:/content`)
        .header('Content-Type', 'application/json')
        .middlewareOptions([scopes()]);
      // Never a blind overwrite: replace exactly the version that was read, or create only.
      request =
        write.kind === 'replace' ? request.header('If-Match', write.eTag) : request.query({ '@microsoft.graph.conflictBehavior': 'fail' });
      const answer: unknown = await request.put(file);
      const item = savedItemSchema.safeParse(answer);
      if (!item.success) return failed(unreadableAnswer);
      return { ok: true, value: { eTag: item.data.eTag, size: item.data.size, lastModified: Date.parse(item.data.lastModifiedDateTime) } };
    });
  }

  list(): Promise<ArchiveOutcome<ArchiveEntry[]>> {
    return this.call(async () => {
      const first = this.client
        .api(`${SESSIONS}:/children`)
        .select(['name', 'size', 'lastModifiedDateTime', 'file'])
        .middlewareOptions([scopes()]);
      let children: z.infer<typeof childrenSchema>['value'];
      try {
        // A folder of more than MAX_PAGES pages is listed as far as it was read.
        children = (await this.connection.readAll(first, childrenSchema, { scopes: SCOPES.archive, maxPages: MAX_PAGES })).values;
      } catch (error) {
        // No sessions folder (yet, or any more): nothing is saved.
        if (statusOf(error) === 404) return { ok: true, value: [] };
        throw error;
      }
      const entries: ArchiveEntry[] = [];
      for (const item of children) {
        const sessionId = item.file ? sessionIdFromFileName(item.name) : null;
        // Anything else in the folder (the user's own files, say) is not ours to list.
        if (sessionId !== null) entries.push({ sessionId, size: item.size ?? 0, lastModified: Date.parse(item.lastModifiedDateTime) });
      }
      return { ok: true, value: entries.sort((a, b) => b.lastModified - a.lastModified) };
    });
  }

  /**
   * The bytes behind a pre-authenticated download URL, as UTF-8 text. A plain
   * GET with no token and no header of our own, so a browser sends it without
   * a CORS preflight; throttling is waited out as the Graph chain would.
   * A connection lost here throws, and the whole load is repeated.
   */
  private async download(url: string): Promise<ArchiveOutcome<string>> {
    if (!this.mayDownloadFrom(url)) return failed(unreadableAnswer);
    for (let attempt = 0; ; attempt++) {
      const res = await fetch(url, { signal: AbortSignal.timeout(this.attemptTimeoutMs) });
      if ((res.status === 429 || res.status === 503 || res.status === 504) && attempt < this.maxRetries) {
        await res.body?.cancel();
        await sleep(retryAfterMs(res.headers.get('Retry-After'), this.retryDelaySeconds));
        continue;
      }
      if (!res.ok) {
        await res.body?.cancel();
        return failed(res.status === 404 ? { ...failureFromStatus(404), retryable: true } : failureFromStatus(res.status));
      }
      const bytes = new Uint8Array(await res.arrayBuffer());
      if (bytes.length > ARCHIVE_LIMITS.maxBytes) return failed(tooLarge);
      try {
        return { ok: true, value: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
      } catch {
        return failed({ kind: 'invalid', problem: 'archiveNotText', retryable: false });
      }
    }
  }

  /** OneDrive's download URLs are https; the local sandbox serves them from its own origin. */
  private mayDownloadFrom(url: string): boolean {
    try {
      const parsed = new URL(url);
      return parsed.protocol === 'https:' || parsed.origin === this.origin;
    } catch {
      return false;
    }
  }
}

function retryAfterMs(header: string | null, fallbackSeconds: number): number {
  const seconds = header === null ? NaN : Number(header);
  const dated = header === null ? NaN : (Date.parse(header) - Date.now()) / 1000;
  const wait = Number.isFinite(seconds) ? seconds : Number.isFinite(dated) ? dated : fallbackSeconds;
  return Math.min(Math.max(wait, 0), MAX_RETRY_AFTER_SECONDS) * 1000;
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
