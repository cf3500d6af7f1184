// The Graph sandbox's OneDrive: for each user, their app folder
// (/me/drive/special/approot) and nothing else, since Stagecoach asks only for
// Files.ReadWrite.AppFolder. Path addressing, file bytes kept as they were
// sent, eTags and If-Match, conflict behaviour, paging, and pre-authenticated
// download URLs as OneDrive has them. Every driveItem it answers is checked
// against Graph's schema, so the sandbox cannot drift from Graph's shape.
import { createHash, randomUUID } from 'node:crypto';
import type { ValidateFunction } from 'ajv/dist/2020';
import { pageAsk, pageOf } from './sandboxPaging';

type Json = Record<string, unknown>;

export interface DriveAnswer {
  status: number;
  headers?: Record<string, string>;
  body?: unknown;
  /** Bytes answered as they are (a download), instead of a JSON body. */
  raw?: Buffer;
}

interface DriveNode {
  kind: 'file' | 'folder';
  /** The name as first written (OneDrive keeps the case; lookups ignore it). */
  name: string;
  id: string;
  created: string;
  modified: string;
  /** Counts every write; the eTag and cTag carry it. */
  version: number;
  bytes?: Buffer;
}

export interface DriveOptions {
  /** Graph's versioned root, for nextLinks. */
  baseUrl: () => string;
  /**
   * The origin download URLs point at: another host than Graph's, as
   * OneDrive for Business serves a file's bytes from the user's SharePoint host.
   */
  downloadOrigin: () => string;
  driveItem: ValidateFunction;
  /** The most children one page holds, whatever $top asks; Graph's own pages (200 without $top, $top up to 999) when not given. */
  pageSize?: number;
  /** Largest simple upload (PUT …/content): Microsoft documents 4 MB. */
  maxUploadBytes: number;
}

const APP_FOLDER = 'Apps/Stagecoach';
const SPECIAL = '/me/drive/special/approot';
/** Characters OneDrive refuses in a name. */
const INVALID_CHARS = /["*:<>?/\\|]/;
const RESERVED_NAMES = /^(\.lock|CON|PRN|AUX|NUL|COM\d|LPT\d|desktop\.ini)$/i;
/** OneDrive: the whole decoded path of an item stays under 400 characters. */
const MAX_PATH = 400;

const odataError = (status: number, code: string, message: string): DriveAnswer => ({
  status,
  body: { error: { code, message, innerError: { date: new Date().toISOString(), 'request-id': randomUUID() } } },
});
const notFound = () => odataError(404, 'itemNotFound', 'The resource could not be found.');
const invalid = (message: string) => odataError(400, 'invalidRequest', message);

export interface SandboxDrive {
  /** Answers one Graph request under /me/drive, or null when the path is not a drive path. */
  route(
    user: { userId: string },
    method: string,
    path: string,
    url: URL,
    headers: Record<string, string | undefined>,
    body: unknown,
  ): DriveAnswer | null;
  /** GET /download/{token}: the pre-authenticated download, no token needed. */
  download(token: string): DriveAnswer;
  file(userId: string, path: string): Buffer | undefined;
  put(userId: string, path: string, bytes: Buffer): string;
  files(userId: string): string[];
}

export function createSandboxDrive(options: DriveOptions): SandboxDrive {
  const drives = new Map<string, Map<string, DriveNode>>();
  const downloads = new Map<string, { userId: string; key: string; id: string }>();

  /** The user's app folder, created the first time anything asks for it, as OneDrive does. */
  function driveOf(userId: string): Map<string, DriveNode> {
    let drive = drives.get(userId);
    if (!drive) {
      const now = new Date().toISOString();
      drive = new Map([['', { kind: 'folder', name: 'Stagecoach', id: randomUUID(), created: now, modified: now, version: 1 }]]);
      drives.set(userId, drive);
    }
    return drive;
  }

  const keyOf = (segments: string[]) => segments.join('/').toLowerCase();

  /** The path's segments, decoded and checked as OneDrive checks names; or why not. */
  function segmentsOf(encoded: string): string[] | DriveAnswer {
    if (encoded === '') return [];
    const segments: string[] = [];
    for (const part of encoded.split('/')) {
      let name: string;
      try {
        name = decodeURIComponent(part);
      } catch {
        return invalid(`'${part}' is not a valid path segment.`);
      }
      if (name === '' || name !== name.trim() || name.endsWith('.') || INVALID_CHARS.test(name) || RESERVED_NAMES.test(name)) {
        return invalid(`The name '${name}' is not allowed in OneDrive.`);
      }
      if (name.startsWith('~$') || name.includes('_vti_')) return invalid(`The name '${name}' is not allowed in OneDrive.`);
      segments.push(name);
    }
    if (`${APP_FOLDER}/${segments.join('/')}`.length >= MAX_PATH) return invalid('The path is too long for OneDrive.');
    return segments;
  }

  const eTagOf = (n: DriveNode) => `"{${n.id.toUpperCase()}},${n.version}"`;
  const cTagOf = (n: DriveNode) => `"c:{${n.id.toUpperCase()}},${n.version}"`;

  /** The segments as the drive spells them (the case first written), as far as they exist. */
  function namesOf(userId: string, segments: string[]): string[] {
    const drive = driveOf(userId);
    return segments.map((s, i) => drive.get(keyOf(segments.slice(0, i + 1)))?.name ?? s);
  }

  function itemJson(userId: string, segments: string[], node: DriveNode, withDownloadUrl: boolean): Json {
    const drive = driveOf(userId);
    const parentSegments = segments.slice(0, -1);
    const parent = drive.get(keyOf(parentSegments))!;
    const children = node.kind === 'folder' ? [...drive.keys()].filter((k) => isChildKey(k, keyOf(segments))).length : 0;
    const item: Json = {
      id: node.id,
      name: node.name,
      eTag: eTagOf(node),
      cTag: cTagOf(node),
      createdDateTime: node.created,
      lastModifiedDateTime: node.modified,
      size: node.kind === 'file' ? node.bytes!.length : 0,
      fileSystemInfo: { createdDateTime: node.created, lastModifiedDateTime: node.modified },
      ...(segments.length
        ? {
            parentReference: {
              driveType: 'business',
              id: parent.id,
              path: ['/drive/root:', APP_FOLDER, ...namesOf(userId, parentSegments)].join('/'),
            },
          }
        : { specialFolder: { name: 'approot' } }),
      ...(node.kind === 'file'
        ? {
            file: {
              mimeType: 'application/json',
              hashes: { sha256Hash: createHash('sha256').update(node.bytes!).digest('hex').toUpperCase() },
            },
          }
        : { folder: { childCount: children } }),
    };
    if (!options.driveItem(item)) {
      throw new Error(`The sandbox built a driveItem Graph would not send: ${JSON.stringify(options.driveItem.errors?.slice(0, 3))}`);
    }
    if (node.kind === 'file' && withDownloadUrl) {
      const token = randomUUID();
      downloads.set(token, { userId, key: keyOf(segments), id: node.id });
      item['@microsoft.graph.downloadUrl'] = `${options.downloadOrigin()}/download/${token}`;
    }
    return item;
  }

  const isChildKey = (key: string, parentKey: string) =>
    key !== '' &&
    key.startsWith(parentKey === '' ? '' : `${parentKey}/`) &&
    !key.slice(parentKey === '' ? 0 : parentKey.length + 1).includes('/');

  const driveItemProperties = new Set(Object.keys((options.driveItem.schema as { properties?: object }).properties ?? {}));

  /** `$select` as Graph reads it for driveItems; `content.downloadUrl` asks for the download URL. */
  function selection(query: URLSearchParams): { fields: string[] | null; downloadUrl: boolean } | DriveAnswer {
    const select = query.get('$select');
    if (select === null) return { fields: null, downloadUrl: true };
    const fields = select.split(',').map((f) => f.trim());
    const unknown = fields.find((f) => f !== 'content.downloadUrl' && !driveItemProperties.has(f));
    if (unknown !== undefined) return invalid(`Could not find a property named '${unknown}' on type 'microsoft.graph.driveItem'.`);
    return { fields: [...fields.filter((f) => f !== 'content.downloadUrl'), 'id'], downloadUrl: fields.includes('content.downloadUrl') };
  }

  const pick = (item: Json, fields: string[] | null): Json =>
    fields ? Object.fromEntries(Object.entries(item).filter(([k]) => fields.includes(k) || k.startsWith('@'))) : item;

  function getItem(userId: string, segments: string[], query: URLSearchParams): DriveAnswer {
    const node = driveOf(userId).get(keyOf(segments));
    if (!node) return notFound();
    const chosen = selection(query);
    if ('status' in chosen) return chosen;
    return { status: 200, body: pick(itemJson(userId, segments, node, chosen.downloadUrl), chosen.fields) };
  }

  function listChildren(userId: string, segments: string[], query: URLSearchParams): DriveAnswer {
    const drive = driveOf(userId);
    const parent = drive.get(keyOf(segments));
    if (!parent) return notFound();
    if (parent.kind !== 'folder') return invalid('Only folders have children.');
    const other = [...query.keys()].find((k) => !['$select', '$top', '$skiptoken'].includes(k));
    if (other) return invalid(`The sandbox does not implement '${other}' on children.`);
    const chosen = selection(query);
    if ('status' in chosen) return chosen;
    const ask = pageAsk(query, { defaultSize: 200, maxTop: 999, cap: options.pageSize });
    if ('refused' in ask) return invalid(ask.refused);
    const parentKey = keyOf(segments);
    const keys = [...drive.keys()].filter((k) => isChildKey(k, parentKey)).sort();
    const url = `${options.baseUrl()}${SPECIAL}:/${segments.map(encodeURIComponent).join('/')}:/children`;
    const page = pageOf(keys, url, query, ask);
    const value = page.value.map((k) =>
      pick(itemJson(userId, [...segments, drive.get(k)!.name], drive.get(k)!, chosen.downloadUrl), chosen.fields),
    );
    return { status: 200, body: { ...page, value } };
  }

  function upload(
    userId: string,
    segments: string[],
    query: URLSearchParams,
    headers: Record<string, string | undefined>,
    body: unknown,
  ): DriveAnswer {
    if (!Buffer.isBuffer(body)) return invalid('The sandbox takes uploads only as the request body itself, not inside $batch.');
    if (segments.length === 0) return invalid('The app folder itself has no content.');
    if (body.length > options.maxUploadBytes) {
      return odataError(413, 'invalidRequest', 'Simple uploads take files up to 4 MB; larger files need an upload session.');
    }
    const behaviour = query.get('@microsoft.graph.conflictBehavior') ?? 'replace';
    if (behaviour !== 'replace' && behaviour !== 'fail') {
      return invalid(`The sandbox does not implement @microsoft.graph.conflictBehavior=${behaviour}.`);
    }
    const drive = driveOf(userId);
    const key = keyOf(segments);
    const existing = drive.get(key);
    if (existing?.kind === 'folder') return odataError(409, 'nameAlreadyExists', 'A folder with that name already exists.');
    const ifMatch = headers['if-match'];
    if (ifMatch !== undefined) {
      // Entity tags are quoted, and OneDrive's hold a comma ("{id},3"): split on the quotes, not the commas.
      const tags = ifMatch.trim() === '*' ? ['*'] : (ifMatch.match(/(?:W\/)?"[^"]*"/g) ?? [ifMatch.trim()]);
      const matches = existing && (tags.includes('*') || tags.includes(eTagOf(existing)) || tags.includes(cTagOf(existing)));
      if (!matches)
        return odataError(412, 'resourceModified', 'The resource has changed since the caller last read it; usually an eTag mismatch.');
    }
    if (headers['if-none-match'] === '*' && existing) {
      return odataError(412, 'resourceModified', 'The item already exists.');
    }
    if (existing && behaviour === 'fail') return odataError(409, 'nameAlreadyExists', 'The specified item name already exists.');

    const now = new Date().toISOString();
    // Parent folders are made as the path needs them, as OneDrive does for path-addressed uploads.
    for (let depth = 1; depth < segments.length; depth++) {
      const folderKey = keyOf(segments.slice(0, depth));
      const folder = drive.get(folderKey);
      if (folder?.kind === 'file') return odataError(409, 'nameAlreadyExists', `'${folder.name}' is a file, not a folder.`);
      if (!folder)
        drive.set(folderKey, { kind: 'folder', name: segments[depth - 1]!, id: randomUUID(), created: now, modified: now, version: 1 });
    }
    const node: DriveNode = existing
      ? { ...existing, modified: now, version: existing.version + 1, bytes: Buffer.from(body) }
      : { kind: 'file', name: segments.at(-1)!, id: randomUUID(), created: now, modified: now, version: 1, bytes: Buffer.from(body) };
    drive.set(key, node);
    return { status: existing ? 200 : 201, body: itemJson(userId, segments, node, true) };
  }

  /** `DELETE` an item (and, for a folder, everything in it), as the user could in OneDrive: 204, or 404 when there is none. */
  function remove(userId: string, segments: string[], headers: Record<string, string | undefined>): DriveAnswer {
    if (segments.length === 0) return odataError(403, 'accessDenied', 'The app folder itself cannot be deleted.');
    const drive = driveOf(userId);
    const key = keyOf(segments);
    const node = drive.get(key);
    if (!node) return notFound();
    const ifMatch = headers['if-match'];
    if (ifMatch !== undefined && ifMatch.trim() !== '*' && !ifMatch.includes(eTagOf(node))) {
      return odataError(412, 'resourceModified', 'The resource has changed since the caller last read it; usually an eTag mismatch.');
    }
    for (const k of [...drive.keys()]) if (k === key || k.startsWith(`${key}/`)) drive.delete(k);
    return { status: 204 };
  }

  return {
    route(user, method, path, url, headers, body) {
      if (!path.startsWith('/me/drive')) return null;
      if (path !== SPECIAL && !path.startsWith(`${SPECIAL}:`) && !path.startsWith(`${SPECIAL}/`)) {
        return invalid(`The sandbox's drive has only the app folder (${SPECIAL}); Stagecoach asks for nothing else.`);
      }
      const rest = path.slice(SPECIAL.length);
      let target: string;
      let action: '' | 'content' | 'children';
      if (rest === '' || rest === '/children') {
        target = '';
        action = rest === '' ? '' : 'children';
      } else {
        const m = /^:\/(.+?)(?::(?:\/(content|children))?)?$/.exec(rest);
        if (!m) return invalid(`The sandbox does not understand the drive path ${path}.`);
        target = m[1]!;
        action = (m[2] as 'content' | 'children' | undefined) ?? '';
      }
      const segments = segmentsOf(target);
      if (!Array.isArray(segments)) return segments;
      const query = url.searchParams;
      if (method === 'GET' && action === '') return getItem(user.userId, segments, query);
      if (method === 'GET' && action === 'children') return listChildren(user.userId, segments, query);
      if (method === 'GET' && action === 'content') {
        const node = driveOf(user.userId).get(keyOf(segments));
        if (!node) return notFound();
        if (node.kind !== 'file') return invalid('Only files have content.');
        const item = itemJson(user.userId, segments, node, true);
        return { status: 302, headers: { Location: String(item['@microsoft.graph.downloadUrl']) } };
      }
      if (method === 'PUT' && action === 'content') return upload(user.userId, segments, query, headers, body);
      if (method === 'DELETE' && action === '') return remove(user.userId, segments, headers);
      return invalid(`The sandbox does not implement ${method} ${path}.`);
    },

    download(token) {
      const link = downloads.get(token);
      const node = link && drives.get(link.userId)?.get(link.key);
      if (!link || !node || node.id !== link.id || node.kind !== 'file') return notFound();
      return { status: 200, headers: { 'Content-Type': 'application/octet-stream', ETag: eTagOf(node) }, raw: Buffer.from(node.bytes!) };
    },

    file(userId, path) {
      const node = drives.get(userId)?.get(path.toLowerCase());
      return node?.kind === 'file' ? Buffer.from(node.bytes!) : undefined;
    },

    put(userId, path, bytes) {
      const segments = segmentsOf(path.split('/').map(encodeURIComponent).join('/'));
      if (!Array.isArray(segments)) throw new Error(`Not a drive path: ${path}`);
      const answer = upload(userId, segments, new URLSearchParams(), {}, bytes);
      if (answer.status >= 300) throw new Error(`Could not put ${path}: ${JSON.stringify(answer.body)}`);
      return String((answer.body as Json).eTag);
    },

    files(userId) {
      const drive = drives.get(userId);
      if (!drive) return [];
      return [...drive.entries()]
        .filter(([, n]) => n.kind === 'file')
        .map(([k]) => namesOf(userId, k.split('/')).join('/'))
        .sort();
    },
  };
}
