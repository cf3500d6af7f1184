import { startGraphSandbox, devToken, type GraphSandbox } from './sandbox/graphSandbox';
import { COACH, COACHEE, graphSchema } from './helpers';

let sandbox: GraphSandbox;
beforeEach(async () => {
  sandbox = await startGraphSandbox({ drivePageSize: 2 });
});
afterEach(() => sandbox.close());

const APPROOT = '/me/drive/special/approot';
const file = (name: string) => `${APPROOT}:/sessions/${name}:/content`;

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- answers are read loosely in assertions
type Loose = Record<string, any>;

async function call(
  method: string,
  path: string,
  init: { token?: string | null; body?: string | Buffer; headers?: Record<string, string> } = {},
) {
  const token = init.token === undefined ? devToken(COACH) : init.token;
  const res = await fetch(path.startsWith('http') ? path : `${sandbox.baseUrl}${path}`, {
    method,
    redirect: 'manual',
    headers: { ...(token ? { Authorization: `Bearer ${token}` } : {}), ...init.headers },
    ...(init.body === undefined ? {} : { body: typeof init.body === 'string' ? init.body : new Uint8Array(init.body) }),
  });
  const bytes = Buffer.from(await res.arrayBuffer());
  const json = res.headers.get('content-type')?.startsWith('application/json') ? (JSON.parse(bytes.toString('utf8')) as Loose) : null;
  return { status: res.status, headers: res.headers, bytes, body: json ?? {} };
}

const put = (name: string, body: string | Buffer, headers: Record<string, string> = {}, token?: string | null) =>
  call('PUT', file(name), { body, headers: { 'Content-Type': 'application/json', ...headers }, token });

/** A driveItem as Graph's schema sees it: instance annotations (`@microsoft.graph.…`) are not properties. */
const withoutAnnotations = (item: Loose) => Object.fromEntries(Object.entries(item).filter(([k]) => !k.startsWith('@')));

describe("the sandbox's OneDrive app folder", () => {
  it('stores an upload byte for byte and answers 201 with a driveItem valid for the schema', async () => {
    const bytes = Buffer.from('{"note":"Ünïcödé 😀"}\n', 'utf8');
    const res = await put('s1.json', bytes);
    expect(res.status).toBe(201);
    expect(graphSchema('driveItem')(withoutAnnotations(res.body))).toBe(true);
    expect(res.body).toMatchObject({ name: 's1.json', size: bytes.length, file: { mimeType: 'application/json' } });
    expect(res.body.parentReference.path).toBe('/drive/root:/Apps/Stagecoach/sessions');
    expect(sandbox.driveFile(COACH, 'sessions/s1.json')).toEqual(bytes);
    // Not JSON at all is fine too: a file is bytes.
    const binary = Buffer.from([0, 255, 0xc3, 0x28]);
    expect((await put('raw.bin', binary)).status).toBe(201);
    expect(sandbox.driveFile(COACH, 'sessions/raw.bin')).toEqual(binary);
  });

  it('gives the item with a pre-authenticated download URL that needs no token, and /content as a 302 to it', async () => {
    await put('s1.json', 'hello');
    const item = await call('GET', `${APPROOT}:/sessions/s1.json`);
    expect(item.status).toBe(200);
    expect(graphSchema('driveItem')(withoutAnnotations(item.body))).toBe(true);
    const url = item.body['@microsoft.graph.downloadUrl'] as string;
    const download = await call('GET', url, { token: null });
    expect(download.status).toBe(200);
    expect(download.bytes.toString()).toBe('hello');
    expect(sandbox.requests.at(-1)).toMatchObject({ method: 'GET', userId: null, status: 200 });

    const content = await call('GET', file('s1.json'));
    expect(content.status).toBe(302);
    expect((await call('GET', content.headers.get('location')!, { token: null })).bytes.toString()).toBe('hello');
    expect((await call('GET', `${sandbox.baseUrl.replace('/v1.0', '')}/download/nope`, { token: null })).status).toBe(404);
  });

  it('serves downloads from a file host of its own, as OneDrive for Business does from SharePoint, and nothing else there', async () => {
    await put('s1.json', 'hello');
    const url = new URL((await call('GET', `${APPROOT}:/sessions/s1.json`)).body['@microsoft.graph.downloadUrl'] as string);
    const graph = new URL(sandbox.baseUrl);
    expect(url.origin).not.toBe(graph.origin);
    expect(url.port).toBe(graph.port);
    // Graph's host never serves the bytes, and the file host never serves Graph.
    expect((await call('GET', `${graph.origin}${url.pathname}`, { token: null })).status).toBe(404);
    expect((await call('GET', `${url.origin}/v1.0/me/drive/special/approot:/sessions/s1.json`)).status).toBe(404);
    expect((await call('GET', url.href, { token: null })).bytes.toString()).toBe('hello');
  });

  it('replaces a file only when If-Match names its current eTag, and answers 412 otherwise', async () => {
    const first = await put('s1.json', 'one');
    const second = await put('s1.json', 'two', { 'If-Match': first.body.eTag });
    expect(second.status).toBe(200);
    expect(second.body.eTag).not.toBe(first.body.eTag);
    const stale = await put('s1.json', 'three', { 'If-Match': first.body.eTag });
    expect(stale.status).toBe(412);
    expect(graphSchema('odata.error')(stale.body)).toBe(true);
    expect(sandbox.driveFile(COACH, 'sessions/s1.json')!.toString()).toBe('two');
    expect((await put('missing.json', 'x', { 'If-Match': first.body.eTag })).status).toBe(412);
    expect(sandbox.driveFiles(COACH)).toEqual(['sessions/s1.json']);
  });

  it('creates but never replaces with conflictBehavior=fail, and refuses behaviours it does not implement', async () => {
    const fail = (name: string, body: string) => call('PUT', `${file(name)}?@microsoft.graph.conflictBehavior=fail`, { body });
    expect((await fail('s1.json', 'one')).status).toBe(201);
    const again = await fail('s1.json', 'two');
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('nameAlreadyExists');
    expect(sandbox.driveFile(COACH, 'sessions/s1.json')!.toString()).toBe('one');
    expect((await call('PUT', `${file('s2.json')}?@microsoft.graph.conflictBehavior=rename`, { body: 'x' })).status).toBe(400);
  });

  it('answers 404 for what is not there', async () => {
    expect((await call('GET', `${APPROOT}:/sessions/none.json`)).status).toBe(404);
    expect((await call('GET', file('none.json'))).status).toBe(404);
    expect((await call('GET', `${APPROOT}:/sessions:/children`)).status).toBe(404);
  });

  it('keeps one app folder per user: nobody sees or replaces another user’s files', async () => {
    const mine = await put('s1.json', 'coach');
    expect((await call('GET', `${APPROOT}:/sessions/s1.json`, { token: devToken(COACHEE) })).status).toBe(404);
    expect((await put('s1.json', 'coachee', { 'If-Match': mine.body.eTag }, devToken(COACHEE))).status).toBe(412);
    expect((await put('s1.json', 'coachee', {}, devToken(COACHEE))).status).toBe(201);
    expect(sandbox.driveFile(COACH, 'sessions/s1.json')!.toString()).toBe('coach');
    expect(sandbox.driveFile(COACHEE, 'sessions/s1.json')!.toString()).toBe('coachee');
    expect((await put('s1.json', 'x', {}, null)).status).toBe(401);
    expect((await put('s1.json', 'x', {}, 'dev.mallory')).status).toBe(401);
  });

  it('finds names whatever their case, as OneDrive does, and keeps the case first written', async () => {
    await put('Session-A.json', 'a');
    const item = await call('GET', `${APPROOT}:/SESSIONS/session-a.JSON`);
    expect(item.status).toBe(200);
    expect(item.body.name).toBe('Session-A.json');
    expect((await put('SESSION-a.json', 'b', { 'If-Match': item.body.eTag })).status).toBe(200);
    expect(sandbox.driveFiles(COACH)).toEqual(['sessions/Session-A.json']);
  });

  it('refuses names and paths OneDrive refuses', async () => {
    for (const name of ['a%3Ab.json', 'what%3F.json', 'trailing.', 'CON', '%20lead.json', '~%24lock.json', 'a%5Cb.json']) {
      expect([name, (await put(name, 'x')).status]).toEqual([name, 400]);
    }
    expect((await put(`${'x'.repeat(400)}.json`, 'x')).status).toBe(400);
    expect(sandbox.driveFiles(COACH)).toEqual([]);
  });

  it('refuses a simple upload over 4 MB', async () => {
    const res = await put('big.json', Buffer.alloc(4 * 1024 * 1024 + 1, 0x20));
    expect(res.status).toBe(413);
    expect(sandbox.driveFiles(COACH)).toEqual([]);
  });

  it('serves only the app folder', async () => {
    expect((await call('PUT', '/me/drive/root:/Documents/x.json:/content', { body: 'x' })).status).toBe(400);
    expect((await call('GET', '/me/drive/items/abc')).status).toBe(400);
  });

  it('lists children with $select checked, in pages linked by @odata.nextLink', async () => {
    for (const name of ['c.json', 'a.json', 'b.json']) await put(name, name);
    const select = '$select=name,size,lastModifiedDateTime,file';
    const first = await call('GET', `${APPROOT}:/sessions:/children?${select}`);
    expect(first.status).toBe(200);
    expect(first.body.value.map((i: Loose) => i.name)).toEqual(['a.json', 'b.json']);
    for (const item of first.body.value) {
      expect(Object.keys(item).sort()).toEqual(['file', 'id', 'lastModifiedDateTime', 'name', 'size']);
      expect(graphSchema('driveItem')(item)).toBe(true);
    }
    const next = first.body['@odata.nextLink'] as string;
    expect(next.startsWith(`${sandbox.baseUrl}/`)).toBe(true);
    const second = await call('GET', next);
    expect(second.body.value.map((i: Loose) => i.name)).toEqual(['c.json']);
    expect(second.body['@odata.nextLink']).toBeUndefined();

    const unknown = await call('GET', `${APPROOT}:/sessions:/children?$select=name,coachNotes`);
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.message).toContain("'coachNotes'");
    expect((await call('GET', `${APPROOT}:/sessions:/children?$orderby=name`)).status).toBe(400);
  });

  it('lists each file’s eTag and, asked for with content.downloadUrl, its download URL', async () => {
    const saved = await put('a.json', 'alpha');
    const listed = await call('GET', `${APPROOT}:/sessions:/children?$select=name,eTag,content.downloadUrl`);
    const [item] = listed.body.value as Loose[];
    expect(item).toMatchObject({ name: 'a.json', eTag: saved.body.eTag });
    expect(graphSchema('driveItem')(withoutAnnotations(item!))).toBe(true);
    const download = await call('GET', item!['@microsoft.graph.downloadUrl'] as string, { token: null });
    expect(download.bytes.toString()).toBe('alpha');
  });

  it('deletes a file (or a folder with all in it) as the user could: 204, then 404; If-Match honoured', async () => {
    const saved = await put('a.json', 'alpha');
    await put('b.json', 'beta');
    const item = `${APPROOT}:/sessions/a.json`;
    expect((await call('DELETE', item, { headers: { 'If-Match': '"{stale},1"' } })).status).toBe(412);
    expect((await call('DELETE', item, { headers: { 'If-Match': saved.body.eTag as string } })).status).toBe(204);
    expect((await call('GET', item)).status).toBe(404);
    expect((await call('DELETE', item)).status).toBe(404);
    expect(sandbox.driveFiles(COACH)).toEqual(['sessions/b.json']);
    expect((await call('DELETE', `${APPROOT}:/sessions`)).status).toBe(204);
    expect(sandbox.driveFiles(COACH)).toEqual([]);
    expect((await call('DELETE', APPROOT)).status).toBe(403);
  });

  it('gives the app folder itself, a special folder, created when first asked for', async () => {
    const root = await call('GET', APPROOT);
    expect(root.status).toBe(200);
    expect(root.body).toMatchObject({ name: 'Stagecoach', specialFolder: { name: 'approot' }, folder: { childCount: 0 } });
    expect(graphSchema('driveItem')(root.body)).toBe(true);
    await put('a.json', 'a');
    const children = await call('GET', `${APPROOT}/children`);
    expect(children.body.value.map((i: Loose) => i.name)).toEqual(['sessions']);
    expect(children.body.value[0].folder).toEqual({ childCount: 1 });
  });

  it('lets tests plant a file as another app would', async () => {
    const eTag = sandbox.putDriveFile(COACHEE, 'sessions/old.json', '{"version":9}');
    expect(eTag).toMatch(/^".+"$/);
    const item = await call('GET', `${APPROOT}:/sessions/old.json`, { token: devToken(COACHEE) });
    expect(item.body.eTag).toBe(eTag);
  });
});
