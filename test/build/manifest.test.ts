import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { inflateSync } from 'node:zlib';
import { unzipSync } from 'fflate';
import { LOCAL_DEV_CLIENT_ID } from '../../src/ports';
import { validateAgainstSchema } from './appManifestSchema';

// manifest/build.mjs is an ES module that Node runs as it is; Jest here loads
// CommonJS, so the builder runs in child processes: as the command line, and
// through its exports in `node --input-type=module`.
const root = path.resolve(__dirname, '../..');
const builder = path.join(root, 'manifest/build.mjs');
const schemasDir = path.join(root, 'node_modules/@microsoft/app-manifest/build/json-schemas/teams');

const TEST_ENV = {
  TEAMS_APP_ID: '0f8fad5b-d9cb-469f-a165-70867728950e',
  AAD_APP_CLIENT_ID: '7c9e6679-7425-40de-944b-e07fc1f90ae7',
  HOST_URL: 'https://stagecoach.example.com/app/',
};
const MEETING_CONTEXTS = ['meetingSidePanel', 'meetingStage', 'meetingDetailsTab', 'meetingChatTab'];
const RSC = [
  { name: 'LiveShareSession.ReadWrite.Chat', type: 'Delegated' },
  // The Outlook add-in reads the open meeting's id and the mailbox user (Office.js's read item level).
  { name: 'MailboxItem.Read.User', type: 'Delegated' },
  { name: 'MeetingStage.Write.Chat', type: 'Delegated' },
];

/** The caller's environment without the builder's variables, so a developer's own settings cannot leak in. */
const cleanEnv = Object.fromEntries(
  Object.entries(process.env).filter(([name]) => !['TEAMS_APP_ID', 'AAD_APP_CLIENT_ID', 'HOST_URL'].includes(name)),
);

const temporary: string[] = [];
afterAll(() => temporary.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function runBuilder(env: Record<string, string>, args: string[] = []) {
  const out = mkdtempSync(path.join(tmpdir(), 'stagecoach-manifest-'));
  temporary.push(out);
  const run = spawnSync(process.execPath, [builder, '--out', out, ...args], { env: { ...cleanEnv, ...env }, encoding: 'utf8' });
  return { out, status: run.status, stdout: run.stdout, stderr: run.stderr };
}

/** Runs `body` (the inside of an async function) with the builder's exports as `builder`; returns its JSON result. */
function withExports<T>(body: string): T {
  const code = `import * as builder from ${JSON.stringify(pathToFileURL(builder).href)};
const result = await (async () => { ${body} })();
process.stdout.write(JSON.stringify(result ?? null));`;
  return JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', code], { env: cleanEnv, encoding: 'utf8' }));
}

interface Png {
  width: number;
  height: number;
  rgba: Uint8Array;
}

/** Reads the IHDR and the pixels of an 8-bit, non-interlaced PNG whose rows all use filter 0 (what manifest/icons.mjs writes). */
function readPng(bytes: Buffer): Png {
  expect(bytes.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  let header: Buffer | undefined;
  const idat: Buffer[] = [];
  for (let at = 8; at < bytes.length; ) {
    const length = bytes.readUInt32BE(at);
    const type = bytes.toString('latin1', at + 4, at + 8);
    const data = bytes.subarray(at + 8, at + 8 + length);
    if (type === 'IHDR') header = data;
    if (type === 'IDAT') idat.push(data);
    at += 12 + length;
  }
  if (!header) throw new Error('no IHDR');
  const width = header.readUInt32BE(0);
  const height = header.readUInt32BE(4);
  const [bitDepth, colorType, , , interlace] = header.subarray(8);
  expect({ bitDepth, colorType, interlace }).toEqual({ bitDepth: 8, colorType: 6, interlace: 0 });
  const rows = inflateSync(Buffer.concat(idat));
  const stride = width * 4 + 1;
  expect(rows.length).toBe(height * stride);
  const rgba = new Uint8Array(width * height * 4);
  for (let y = 0; y < height; y++) {
    expect(rows[y * stride]).toBe(0);
    rgba.set(rows.subarray(y * stride + 1, (y + 1) * stride), y * width * 4);
  }
  return { width, height, rgba };
}

/** The file names in a zip's central directory, read without a zip library. */
function zipEntryNames(zip: Buffer): string[] {
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  expect(end).toBeGreaterThanOrEqual(0);
  const count = zip.readUInt16LE(end + 10);
  const names: string[] = [];
  for (let at = zip.readUInt32LE(end + 16), i = 0; i < count; i++) {
    expect(zip.readUInt32LE(at)).toBe(0x02014b50);
    const nameLength = zip.readUInt16LE(at + 28);
    names.push(zip.toString('utf8', at + 46, at + 46 + nameLength));
    at += 46 + nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
  }
  return names;
}

const latestSchemaVersion = readdirSync(schemasDir)
  .map((name) => /^v(\d+)\.(\d+)$/.exec(name))
  .filter((m): m is RegExpExecArray => m !== null)
  .map((m) => [Number(m[1]), Number(m[2])] as const)
  .sort((a, b) => b[0] - a[0] || b[1] - a[1])
  .map(([major, minor]) => `${major}.${minor}`)[0];

const schemaFor = (version: string) =>
  JSON.parse(readFileSync(path.join(schemasDir, `v${version}`, 'MicrosoftTeams.schema.json'), 'utf8'));


jest.setTimeout(60_000);

describe('Teams app package', () => {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  let manifest: any;
  let out: string;
  let fetchSpy: jest.SpyInstance;

  beforeAll(() => {
    const run = runBuilder(TEST_ENV, ['--zip']);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    out = run.out;
    manifest = JSON.parse(readFileSync(path.join(out, 'manifest/manifest.json'), 'utf8'));
  });

  beforeEach(() => {
    // Schema validation must work offline: any attempt to download is a failure.
    fetchSpy = jest.spyOn(globalThis, 'fetch').mockRejectedValue(new Error('the schema check went to the network'));
  });
  afterEach(() => {
    expect(fetchSpy).not.toHaveBeenCalled();
    fetchSpy.mockRestore();
  });

  it('uses the newest manifest schema that @microsoft/app-manifest ships', () => {
    expect(latestSchemaVersion).toBeDefined();
    expect(manifest.manifestVersion).toBe(latestSchemaVersion);
    expect(manifest.$schema).toBe(
      `https://developer.microsoft.com/en-us/json-schemas/teams/v${latestSchemaVersion}/MicrosoftTeams.schema.json`,
    );
  });

  it("passes Microsoft's JSON schema for that version, read from disk", async () => {
    expect(await validateAgainstSchema(manifest, schemaFor(manifest.manifestVersion))).toEqual([]);
  });

  it('fails the schema check when a required field is missing', async () => {
    const { name, ...withoutName } = manifest;
    expect(name).toBeDefined();
    const errors = await validateAgainstSchema(withoutName, schemaFor(manifest.manifestVersion));
    expect(errors).toEqual([expect.stringContaining("must have required property 'name'")]);
  });

  it('fills every placeholder from the environment', () => {
    expect(JSON.stringify(manifest)).not.toContain('${');
    expect(manifest.id).toBe(TEST_ENV.TEAMS_APP_ID);
    expect(manifest.version).toBe(JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')).version);
    expect(manifest.validDomains).toEqual(['stagecoach.example.com']);
    expect(manifest.webApplicationInfo).toEqual({
      id: TEST_ENV.AAD_APP_CLIENT_ID,
      resource: `api://stagecoach.example.com/${TEST_ENV.AAD_APP_CLIENT_ID}`,
    });
    expect(manifest.configurableTabs[0].configurationUrl).toBe('https://stagecoach.example.com/app/config.html?theme={theme}&locale={locale}');
    expect(manifest.developer.websiteUrl).toBe('https://stagecoach.example.com/app/');
  });

  it('offers one configurable tab in the meeting side panel, stage, details and chat tabs', () => {
    expect(manifest.configurableTabs).toHaveLength(1);
    const [tab] = manifest.configurableTabs;
    expect(tab.scopes).toEqual(['groupChat']);
    expect(tab.context).toEqual(expect.arrayContaining(MEETING_CONTEXTS));
    expect(tab.meetingSurfaces).toEqual(['sidePanel', 'stage']);
    expect(tab.canUpdateConfiguration).toBe(true);
    expect(manifest.showLoadingIndicator).toBe(true);
    expect(manifest.isFullScreen).toBe(false);
  });

  it('offers the personal tab, My coaching, in Teams, Outlook and the Microsoft 365 app', () => {
    expect(manifest.staticTabs).toEqual([
      {
        entityId: 'mycoaching',
        name: 'My coaching',
        contentUrl: 'https://stagecoach.example.com/app/personal.html?theme={theme}&locale={locale}',
        websiteUrl: 'https://stagecoach.example.com/app/personal.html',
        scopes: ['personal'],
        context: ['personalTab'],
      },
    ]);
  });

  it('asks for exactly the resource-specific permissions the features need', () => {
    const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name);
    expect([...manifest.authorization.permissions.resourceSpecific].sort(byName)).toEqual(RSC);
  });

  it('ships a 192×192 colour icon on the accent colour', () => {
    const png = readPng(readFileSync(path.join(out, 'manifest', manifest.icons.color)));
    expect([png.width, png.height]).toEqual([192, 192]);
    const accent = [1, 3, 5].map((i) => parseInt(manifest.accentColor.slice(i, i + 2), 16));
    expect(Array.from(png.rgba.subarray(0, 4))).toEqual([...accent, 255]);
    const colours = new Set<string>();
    for (let i = 0; i < png.rgba.length; i += 4) {
      expect(png.rgba[i + 3]).toBe(255);
      colours.add(Array.from(png.rgba.subarray(i, i + 3)).join());
    }
    expect(colours.size).toBeGreaterThan(3);
  });

  it('ships a 32×32 outline icon of only white and transparent pixels', () => {
    const png = readPng(readFileSync(path.join(out, 'manifest', manifest.icons.outline)));
    expect([png.width, png.height]).toEqual([32, 32]);
    const kinds = { white: 0, transparent: 0, other: 0 };
    for (let i = 0; i < png.rgba.length; i += 4) {
      const [r, g, b, a] = png.rgba.subarray(i, i + 4);
      if (a === 0) kinds.transparent++;
      else if (r === 255 && g === 255 && b === 255 && a === 255) kinds.white++;
      else kinds.other++;
    }
    expect(kinds.other).toBe(0);
    expect(kinds.white).toBeGreaterThan(100);
    expect(kinds.transparent).toBeGreaterThan(100);
  });

  it('ships the icons exactly as manifest/icons.mjs draws them', () => {
    const run = spawnSync(process.execPath, [path.join(root, 'manifest/icons.mjs'), '--check'], { encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
  });

  it('adds the Outlook add-in: "Coaching plan" on meetings (organizer and attendee), Mailbox 1.8, a short-lived page at taskpane.html', async () => {
    expect(manifest.extensions).toHaveLength(1);
    const [extension] = manifest.extensions;
    expect(extension.requirements).toEqual({ scopes: ['mail'], capabilities: [{ name: 'Mailbox', minVersion: '1.8' }] });

    expect(extension.runtimes).toHaveLength(1);
    const [runtime] = extension.runtimes;
    expect(runtime).toMatchObject({ type: 'general', lifetime: 'short', code: { page: 'https://stagecoach.example.com/app/taskpane.html' } });
    expect(runtime.actions).toEqual([expect.objectContaining({ id: 'openFollowUpPlan', type: 'openPage', view: 'followUpPlan' })]);

    expect(extension.ribbons).toHaveLength(1);
    const [ribbon] = extension.ribbons;
    expect(ribbon.contexts).toEqual(['meetingDetailsOrganizer', 'meetingDetailsAttendee']);
    const [tab] = ribbon.tabs;
    expect(tab.builtInTabId).toBe('TabDefault');
    const buttons = tab.groups.flatMap((g: { controls: unknown[] }) => g.controls);
    expect(buttons).toEqual([
      expect.objectContaining({ type: 'button', label: 'Coaching plan', actionId: 'openFollowUpPlan', supertip: expect.objectContaining({ title: 'Coaching plan' }) }),
    ]);
    const iconSets = [...tab.groups.map((g: { icons: unknown }) => g.icons), ...buttons.map((b: { icons: unknown }) => b.icons)];
    for (const icons of iconSets) {
      expect(icons).toEqual([16, 32, 80].map((size) => ({ size, url: `https://stagecoach.example.com/app/icons/icon-${size}.png` })));
    }
    expect(await validateAgainstSchema(manifest, schemaFor(manifest.manifestVersion))).toEqual([]);
  });

  it("fails the schema check for an add-in command in a context Outlook does not have", async () => {
    const broken = JSON.parse(JSON.stringify(manifest));
    broken.extensions[0].ribbons[0].contexts = ['meetingDetails'];
    const errors = await validateAgainstSchema(broken, schemaFor(manifest.manifestVersion));
    expect(errors).toEqual([expect.stringContaining('must be equal to one of the allowed values')]);
  });

  it.each([16, 32, 80])('draws the %i px add-in icon, served by the build at icons/', (size) => {
    const png = readPng(readFileSync(path.join(root, 'manifest', `icon-${size}.png`)));
    expect([png.width, png.height]).toEqual([size, size]);
    let opaque = 0;
    let transparent = 0;
    for (let i = 3; i < png.rgba.length; i += 4) {
      if (png.rgba[i] === 255) opaque++;
      if (png.rgba[i] === 0) transparent++;
    }
    expect(opaque).toBeGreaterThan(size);
    expect(transparent).toBeGreaterThan(size);
  });

  it('zips exactly manifest.json, its translations and the two icons, at the root', () => {
    const zip = readFileSync(path.join(out, 'stagecoach-teams-app.zip'));
    expect(zipEntryNames(zip).sort()).toEqual(['ar.json', 'color.png', 'de.json', 'manifest.json', 'outline.png']);
    const entries = unzipSync(zip);
    for (const name of Object.keys(entries)) {
      expect(Buffer.from(entries[name]!)).toEqual(readFileSync(path.join(out, 'manifest', name)));
    }
  });

  it('builds offline with no environment at all, from the documented local defaults', async () => {
    const run = runBuilder({});
    expect(run.status).toBe(0);
    expect(run.stderr).toMatch(/Local defaults for TEAMS_APP_ID, AAD_APP_CLIENT_ID, HOST_URL/);
    const local = JSON.parse(readFileSync(path.join(run.out, 'manifest/manifest.json'), 'utf8'));
    expect(local.validDomains).toEqual(['localhost:3000']);
    expect(local.configurableTabs[0].configurationUrl).toBe('https://localhost:3000/config.html?theme={theme}&locale={locale}');
    expect(await validateAgainstSchema(local, schemaFor(local.manifestVersion))).toEqual([]);
  });

  it('speaks German and Arabic in Teams’ own lists (localizationInfo), each translating every text the other does', () => {
    expect(manifest.localizationInfo).toEqual({
      defaultLanguageTag: 'en-us',
      additionalLanguages: [
        { languageTag: 'de', file: 'de.json' },
        { languageTag: 'ar', file: 'ar.json' },
      ],
    });
    const read = (file: string) => JSON.parse(readFileSync(path.join(out, 'manifest', file), 'utf8')) as Record<string, string>;
    const [de, ar] = [read('de.json'), read('ar.json')];
    expect(Object.keys(ar).sort()).toEqual(Object.keys(de).sort());
    expect(de['staticTabs[0].name']).toBe('Mein Coaching');
    expect(ar['description.short']).not.toBe(manifest.description.short);
  });
});

describe('the manifest’s translations', () => {
  it('match Microsoft’s localization schema and name only texts the manifest has', () => {
    const result = withExports<{ errors: string[]; files: string[] }>(`
      const manifest = builder.fillManifest(builder.readTemplate(), builder.resolveValues({}).values);
      const { errors, files } = await builder.languageFiles(manifest);
      return { errors, files: Object.keys(files).sort() };`);
    expect(result).toEqual({ errors: [], files: ['ar.json', 'de.json'] });
  });

  it('refuses a translation the schema refuses, or one of a text the manifest does not have', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'stagecoach-languages-'));
    temporary.push(dir);
    writeFileSync(
      path.join(dir, 'de.json'),
      JSON.stringify({ 'name.short': 'Ein viel zu langer Kurzname für Teams', 'description.short': 'k', 'description.full': 'l', 'staticTabs[3].name': 'X' }),
    );
    const errors = withExports<string[]>(`
      const manifest = builder.fillManifest(builder.readTemplate(), builder.resolveValues({}).values);
      manifest.localizationInfo.additionalLanguages = [{ languageTag: 'de', file: 'de.json' }];
      return (await builder.languageFiles(manifest, ${JSON.stringify(dir)})).errors;`);
    expect(errors).toEqual(
      expect.arrayContaining([expect.stringMatching(/^de\.json: \/name\.short /), 'de.json: "staticTabs[3].name" translates nothing in the manifest']),
    );
  });
});

describe('manifest builder', () => {
  it.each([
    ['an http:// HOST_URL', { HOST_URL: 'http://stagecoach.example.com' }, /HOST_URL must use https/],
    ['a HOST_URL that is not a URL', { HOST_URL: 'stagecoach.example.com' }, /HOST_URL must be an https URL/],
    ['a HOST_URL with a query', { HOST_URL: 'https://stagecoach.example.com/?x=1' }, /without credentials, query or fragment/],
    ['a TEAMS_APP_ID that is not a GUID', { TEAMS_APP_ID: 'stagecoach' }, /TEAMS_APP_ID must be a GUID/],
    ['an AAD_APP_CLIENT_ID that is not a GUID', { AAD_APP_CLIENT_ID: '7c9e6679-7425-40de-944b' }, /AAD_APP_CLIENT_ID must be a GUID/],
  ])('refuses %s, exits 1 and writes nothing', (_, env, message) => {
    const run = runBuilder({ ...TEST_ENV, ...env }, ['--zip']);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(message);
    expect(readdirSync(run.out)).toEqual([]);
  });

  it('exports the fill step, which refuses a placeholder it has no value for', () => {
    const result = withExports<[string, string]>(
      "try { builder.fillManifest({ a: ['x ${{NOPE}}'] }, { HOST_URL: 'https://h' }); return null; } catch (e) { return [e.name, e.message]; }",
    );
    expect(result).toEqual(['ManifestConfigError', expect.stringContaining('${{NOPE}}')]);
  });

  it('exports the fill step, which fills nested strings and leaves the template alone', () => {
    const result = withExports<unknown>(
      "const t = { a: ['${{X}}/config.html', { b: 'api://${{ X }}' }], n: 1 }; const f = builder.fillManifest(t, { X: 'h' }); return [f, t];",
    );
    expect(result).toEqual([
      { a: ['h/config.html', { b: 'api://h' }], n: 1 },
      { a: ['${{X}}/config.html', { b: 'api://${{ X }}' }], n: 1 },
    ]);
  });

  it('refuses a placeholder in the old ${NAME} form, which the toolkit would leave unfilled', () => {
    const result = withExports<[string, string]>(
      "try { builder.fillManifest({ a: '${HOST_URL}/x' }, { HOST_URL: 'https://h' }); return null; } catch (e) { return [e.name, e.message]; }",
    );
    expect(result).toEqual(['ManifestConfigError', expect.stringContaining('${HOST_URL}')]);
  });

  it('derives HOST_DOMAIN from HOST_URL, port included, and drops the trailing slash', () => {
    const values = withExports<Record<string, string>>(
      "return builder.resolveValues({ HOST_URL: 'https://Coach.Example.com:8443/teams/' }, '1.2.3').values;",
    );
    expect(values).toMatchObject({ HOST_URL: 'https://coach.example.com:8443/teams', HOST_DOMAIN: 'coach.example.com:8443', APP_VERSION: '1.2.3' });
  });

  it('defaults AAD_APP_CLIENT_ID to the client id the simulator’s Teams answers for', () => {
    const defaults = withExports<Record<string, string>>('return builder.LOCAL_DEFAULTS;');
    expect(defaults.AAD_APP_CLIENT_ID).toBe(LOCAL_DEV_CLIENT_ID);
  });

});
