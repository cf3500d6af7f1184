import { z } from 'zod';
import { ARCHIVE_LIMITS } from '../domain';
import type {
  ArchiveEntry,
  ArchiveFailure,
  ArchiveIndexFile,
  ArchiveOutcome,
  ArchiveWrite,
  SavedArchive,
  SessionArchiveStore,
  StoredArchive,
  StoredFile,
} from '../ports';
import { archiveFileName, HISTORY_INDEX_FILE, sessionIdFromFileName } from './archiveFileNames';
import { failureFromError, failureFromStatus, statusOf, unreadableAnswer } from './failures';
import { failed, GraphConnection, ScopesOption, SCOPES, type GraphClientOptions } from './graphClient';

/** Stagecoach's own app folder in the signed-in user's OneDrive. */
const APP_FOLDER = '/me/drive/special/approot:';
/** Where the archive lives: a folder in the app folder. */
const SESSIONS = `${APP_FOLDER}/sessions`;
/**
 * How long a download URL from a listing is used instead of asking for the
 * item again. Microsoft documents them as valid for "a short period of time
 * (a few minutes)"; reads follow their listing within seconds, and a refused
 * one falls back to the item, but only after the retries a failed download
 * gets (SharePoint's refusal may read as a network failure: no CORS headers).
 */
const LISTED_URL_MS = 2 * 60_000;
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
      eTag: z.string().min(1).max(1024).nullish(),
      '@microsoft.graph.downloadUrl': z.string().min(1).max(8192).nullish(),
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
  /** Graph is the local sandbox on this machine: its download URLs are plain http from another loopback origin. */
  private readonly localGraph: boolean;
  private readonly maxRetries: number;
  private readonly retryDelaySeconds: number;
  private readonly attemptTimeoutMs: number;
  /** Download URLs of the last listing, by session: a listed version is then read in one round trip. */
  private readonly listedUrls = new Map<string, { eTag: string; url: string; at: number }>();
  readonly index: ArchiveIndexFile = {
    load: () => this.loadFile(`${APP_FOLDER}/${HISTORY_INDEX_FILE}`, HISTORY_INDEX_FILE),
    save: (text, write) => this.saveFile(`${APP_FOLDER}/${HISTORY_INDEX_FILE}`, text, write),
  };

  constructor(options: DriveArchiveStoreOptions) {
    this.connection = new GraphConnection(options, SCOPES.archive);
    this.localGraph = isLoopback(new URL(this.connection.root));
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

  async load(sessionId: string): Promise<ArchiveOutcome<StoredArchive | null>> {
    const name = archiveFileName(sessionId);
    if (name === null) return failed(unnamable);
    const loaded = await this.loadFile(`${SESSIONS}/${encodeURIComponent(name)}`, name);
    if (!loaded.ok) return loaded;
    if (loaded.value === null) return { ok: true, value: null };
    return { ok: true, value: { sessionId, ...loaded.value } };
  }

  async readListed(entry: ArchiveEntry): Promise<ArchiveOutcome<StoredArchive | null>> {
    const listed = this.listedUrls.get(entry.sessionId);
    if (listed && listed.eTag === entry.eTag && Date.now() - listed.at < LISTED_URL_MS && entry.size <= ARCHIVE_LIMITS.maxBytes) {
      const text = await this.call(() => this.download(listed.url));
      if (text.ok) {
        const { sessionId, size, lastModified } = entry;
        return { ok: true, value: { sessionId, text: text.value, eTag: listed.eTag, size, lastModified } };
      }
      // An expired or refused URL (or a file gone since the listing): the item says what is there now.
      this.listedUrls.delete(entry.sessionId);
    }
    return this.load(entry.sessionId);
  }

  save(sessionId: string, file: string, write: ArchiveWrite): Promise<ArchiveOutcome<SavedArchive>> {
    const name = archiveFileName(sessionId);
    if (name === null) return Promise.resolve(failed(unnamable));
    return this.saveFile(`${SESSIONS}/${encodeURIComponent(name)}`, file, write);
  }

  /** A file's item, then its bytes; null when there is none. */
  private loadFile(path: string, name: string): Promise<ArchiveOutcome<(StoredFile & { size: number; lastModified: number }) | null>> {
    return this.call(async () => {
      let answer: unknown;
      try {
        answer = await this.client.api(path).middlewareOptions([scopes()]).get();
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
      return { ok: true, value: { text: text.value, eTag, size, lastModified: Date.parse(lastModifiedDateTime) } };
    });
  }

  private saveFile(path: string, file: string, write: ArchiveWrite): Promise<ArchiveOutcome<SavedArchive>> {
    if (new TextEncoder().encode(file).length > ARCHIVE_LIMITS.maxBytes) return Promise.resolve(failed(tooLarge));
    return this.call(async () => {
      let request = this.client.api(`${path}:/content`).header('Content-Type', 'application/json').middlewareOptions([scopes()]);
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
      // The eTag tells a reader which version it already holds; the download URL reads it in one round trip.
      const first = this.client
        .api(`${SESSIONS}:/children`)
        .select(['name', 'size', 'lastModifiedDateTime', 'file', 'eTag', 'content.downloadUrl'])
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
      const at = Date.now();
      this.listedUrls.clear();
      for (const item of children) {
        const sessionId = item.file ? sessionIdFromFileName(item.name) : null;
        // Anything else in the folder (the user's own files, say) is not ours to list.
        if (sessionId === null) continue;
        const eTag = item.eTag ?? null;
        entries.push({ sessionId, size: item.size ?? 0, lastModified: Date.parse(item.lastModifiedDateTime), eTag });
        const url = item['@microsoft.graph.downloadUrl'];
        if (eTag !== null && url && this.mayDownloadFrom(url)) this.listedUrls.set(sessionId, { eTag, url, at });
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

  /**
   * OneDrive's download URLs are https, on the user's SharePoint host. Plain
   * http only from this machine, when Graph itself is the local sandbox on it
   * (its file host is another loopback origin).
   */
  private mayDownloadFrom(url: string): boolean {
    try {
      const parsed = new URL(url);
      return parsed.protocol === 'https:' || (this.localGraph && parsed.protocol === 'http:' && isLoopback(parsed));
    } catch {
      return false;
    }
  }
}

const isLoopback = (url: URL) => url.hostname === 'localhost' || url.hostname === '127.0.0.1' || url.hostname === '[::1]';

function retryAfterMs(header: string | null, fallbackSeconds: number): number {
  const seconds = header === null ? NaN : Number(header);
  const dated = header === null ? NaN : (Date.parse(header) - Date.now()) / 1000;
  const wait = Number.isFinite(seconds) ? seconds : Number.isFinite(dated) ? dated : fallbackSeconds;
  return Math.min(Math.max(wait, 0), MAX_RETRY_AFTER_SECONDS) * 1000;
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
