import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { parse as parseYaml } from 'yaml';
import { validateAgainstSchema } from './appManifestSchema';

// The Microsoft 365 Agents Toolkit project: m365agents.yml (dev and other
// remote environments) and m365agents.local.yml, checked offline against the
// toolkit's v1.13 schema in ../shared, and the manifest the toolkit would zip
// checked to be the one `npm run package` writes for the same env values.
const root = path.resolve(__dirname, '../..');
const shared = path.resolve(root, '../shared');
const builder = path.join(root, 'manifest/build.mjs');
const schemasDir = path.join(root, 'node_modules/@microsoft/app-manifest/build/json-schemas/teams');

const PROJECTS = { 'm365agents.yml': 'dev', 'm365agents.local.yml': 'local' } as const;
type ProjectFile = keyof typeof PROJECTS;

interface Action {
  uses: string;
  name?: string;
  env?: Record<string, string>;
  with?: Record<string, unknown>;
  writeToEnvironmentFile?: Record<string, string>;
}
interface Project {
  version: string;
  environmentFolderPath?: string;
  provision: Action[];
  deploy: Action[];
}

const readProject = (file: ProjectFile) => parseYaml(readFileSync(path.join(root, file), 'utf8')) as Project;
const step = (actions: Action[], uses: string) => {
  const found = actions.filter((a) => a.uses === uses);
  expect(found).toHaveLength(1);
  return found[0]!;
};

/** The toolkit's placeholder, `${{NAME}}`. */
const PLACEHOLDER = /\$\{\{ *([A-Za-z0-9_]+) *\}\}/g;
const placeholders = (text: string) => new Set([...text.matchAll(PLACEHOLDER)].map((m) => m[1]!));
/** What the toolkit does to a template: every ${{NAME}} replaced in the text by the env's value. */
const render = (text: string, env: Record<string, string>) =>
  text.replace(PLACEHOLDER, (whole, name: string) => {
    if (!(name in env)) throw new Error(`no value for ${whole}`);
    return env[name]!;
  });

/** The caller's environment without the variables the builder reads, so a developer's own settings cannot leak in. */
const cleanEnv = Object.fromEntries(
  Object.entries(process.env).filter(([name]) => !['TEAMS_APP_ID', 'AAD_APP_CLIENT_ID', 'HOST_URL', 'TEAMSFX_ENV'].includes(name)),
);

/** A minimal dotenv reader for the test's own use (the builder has its own). */
const envFile = (file: string): Record<string, string> =>
  Object.fromEntries(
    readFileSync(file, 'utf8')
      .split(/\r?\n/)
      .filter((line) => /^[A-Z_][A-Z0-9_]*=/.test(line))
      .map((line) => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1).trim()]),
  );


jest.setTimeout(60_000);

const temporary: string[] = [];
afterAll(() => temporary.forEach((dir) => rmSync(dir, { recursive: true, force: true })));
const tempDir = () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'stagecoach-m365agents-'));
  temporary.push(dir);
  return dir;
};

/** The toolkit's `script` step, run as the toolkit runs it: its command in the project folder, with its env. */
function runScriptStep(project: Project, env: Record<string, string>) {
  const script = step(project.provision, 'script');
  const command = String(script.with?.run);
  const [program, ...args] = command.split(' ');
  expect(program).toBe('node');
  const stepEnv = Object.fromEntries(Object.entries(script.env ?? {}).map(([k, v]) => [k, render(v, env)]));
  return spawnSync(process.execPath, args, { cwd: root, env: { ...cleanEnv, ...env, ...stepEnv }, encoding: 'utf8' });
}

/** `::set-teamsfx-env NAME=value` lines: what a script step adds to the env file. */
const scriptOutputs = (stdout: string) =>
  Object.fromEntries(
    [...stdout.matchAll(/^::set-teamsfx-env ([A-Z_][A-Z0-9_]*)=(.*)$/gm)].map((m) => [m[1]!, m[2]!]),
  );

describe('the Microsoft 365 Agents Toolkit project', () => {
  const schemaFile = path.join(shared, 'm365agents/yaml.schema.v1.13.json');

  it.each(Object.keys(PROJECTS) as ProjectFile[])('%s validates against the toolkit’s v1.13 schema', (file) => {
    expect(existsSync(schemaFile)).toBe(true);
    const ajv = new Ajv({ allErrors: true, allowUnionTypes: true });
    addFormats(ajv);
    const validate = ajv.compile(JSON.parse(readFileSync(schemaFile, 'utf8')));
    const project = readProject(file);
    expect(validate(project) ? [] : validate.errors).toEqual([]);
    expect(project.version).toBe('v1.13');
    // The schema check has teeth: an action it does not know fails.
    expect(validate({ ...project, provision: [...project.provision, { uses: 'teamsApp/unknown', with: {} }] })).toBe(false);
  });

  it.each(Object.keys(PROJECTS) as ProjectFile[])('%s provisions the Teams app, the Entra app and the package, in order', (file) => {
    const project = readProject(file);
    expect(project.provision.map((a) => a.uses)).toEqual([
      'script',
      'teamsApp/create',
      'aadApp/create',
      'aadApp/update',
      'teamsApp/validateManifest',
      'teamsApp/zipAppPackage',
      'teamsApp/validateAppPackage',
      'teamsApp/update',
    ]);
    expect(step(project.provision, 'teamsApp/create').writeToEnvironmentFile).toEqual({ teamsAppId: 'TEAMS_APP_ID' });
    const aad = step(project.provision, 'aadApp/create');
    // A single-page app with no server: no client secret to keep anywhere.
    expect(aad.with).toMatchObject({ generateClientSecret: false });
    expect(aad.writeToEnvironmentFile).toMatchObject({ clientId: 'AAD_APP_CLIENT_ID', objectId: 'AAD_APP_OBJECT_ID' });
    expect(step(project.provision, 'aadApp/update').with?.manifestPath).toBe('./aad.manifest.json');

    // The toolkit validates and zips the very template `npm run package` fills, icons beside it.
    const template = path.join(root, 'manifest/manifest.json');
    for (const uses of ['teamsApp/validateManifest', 'teamsApp/zipAppPackage']) {
      expect(path.resolve(root, String(step(project.provision, uses).with?.manifestPath))).toBe(template);
    }
    for (const icon of ['color.png', 'outline.png']) expect(existsSync(path.join(root, 'manifest', icon))).toBe(true);
    const zip = String(step(project.provision, 'teamsApp/zipAppPackage').with?.outputZipPath);
    expect(step(project.provision, 'teamsApp/validateAppPackage').with?.appPackagePath).toBe(zip);
    expect(step(project.provision, 'teamsApp/update').with?.appPackagePath).toBe(zip);
    // Outside dist/, which `npm run build` empties, and ignored by git.
    expect(zip.startsWith('./build/')).toBe(true);
    expect(readFileSync(path.join(root, '.gitignore'), 'utf8').split('\n')).toContain('/build/');
  });

  it('deploys dev as the production build, with the env’s ids baked in', () => {
    const deploy = readProject('m365agents.yml').deploy;
    const build = deploy.find((a) => a.uses === 'cli/runNpmCommand' && a.with?.args === 'run build');
    expect(build?.env).toEqual({ AAD_APP_CLIENT_ID: '${{AAD_APP_CLIENT_ID}}', TEAMS_APP_ID: '${{TEAMS_APP_ID}}' });
    // What webpack's DefinePlugin reads from the environment.
    const webpackConfig = readFileSync(path.join(root, 'webpack.config.js'), 'utf8');
    for (const name of Object.keys(build!.env!)) expect(webpackConfig).toContain(`'process.env.${name}'`);
  });

  it('gives the local dev server the local env’s ids through .localConfigs, which git ignores', () => {
    const deploy = readProject('m365agents.local.yml').deploy;
    const file = step(deploy, 'file/createOrUpdateEnvironmentFile');
    expect(file.with).toEqual({
      target: './.localConfigs',
      envs: { AAD_APP_CLIENT_ID: '${{AAD_APP_CLIENT_ID}}', TEAMS_APP_ID: '${{TEAMS_APP_ID}}' },
    });
    expect(readFileSync(path.join(root, '.gitignore'), 'utf8').split('\n')).toContain('.localConfigs');

    // webpack.config.js reads it for the dev server only; the environment wins, and a production build ignores it.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { deploymentIds } = require('../../webpack.config.js') as {
      deploymentIds: (production: boolean, file?: string) => { AAD_APP_CLIENT_ID: string; TEAMS_APP_ID: string };
    };
    const localConfigs = path.join(tempDir(), '.localConfigs');
    writeFileSync(localConfigs, 'AAD_APP_CLIENT_ID=7c9e6679-7425-40de-944b-e07fc1f90ae7\nTEAMS_APP_ID="0f8fad5b-d9cb-469f-a165-70867728950e"\n');
    const saved = { AAD_APP_CLIENT_ID: process.env.AAD_APP_CLIENT_ID, TEAMS_APP_ID: process.env.TEAMS_APP_ID };
    try {
      delete process.env.AAD_APP_CLIENT_ID;
      delete process.env.TEAMS_APP_ID;
      expect(deploymentIds(false, localConfigs)).toEqual({
        AAD_APP_CLIENT_ID: '7c9e6679-7425-40de-944b-e07fc1f90ae7',
        TEAMS_APP_ID: '0f8fad5b-d9cb-469f-a165-70867728950e',
      });
      expect(deploymentIds(true, localConfigs)).toEqual({ AAD_APP_CLIENT_ID: '', TEAMS_APP_ID: '' });
      process.env.TEAMS_APP_ID = '4e03e546-e14e-4552-9b36-3ebb2f904aaf';
      expect(deploymentIds(false, localConfigs).TEAMS_APP_ID).toBe('4e03e546-e14e-4552-9b36-3ebb2f904aaf');
    } finally {
      for (const [name, value] of Object.entries(saved)) {
        if (value === undefined) delete process.env[name];
        else process.env[name] = value;
      }
    }
  });

  it.each(Object.entries(PROJECTS))('env/.env.%s… declares every variable the toolkit files use, and no secret', (file, name) => {
    const env = envFile(path.join(root, 'env', `.env.${name}`));
    expect(env.TEAMSFX_ENV).toBe(name);
    const used = new Set([
      ...placeholders(readFileSync(path.join(root, file), 'utf8')),
      ...placeholders(readFileSync(path.join(root, 'manifest/manifest.json'), 'utf8')),
      ...placeholders(readFileSync(path.join(root, 'aad.manifest.json'), 'utf8')),
    ]);
    expect([...used].filter((v) => !(v in env))).toEqual([]);
    // Committed files: nothing secret, and the ids still empty until provisioned.
    expect(Object.keys(env).filter((k) => /SECRET|PASSWORD|TOKEN|KEY/.test(k))).toEqual([]);
    for (const id of ['TEAMS_APP_ID', 'AAD_APP_CLIENT_ID', 'AAD_APP_OBJECT_ID', 'AAD_APP_ACCESS_AS_USER_PERMISSION_ID']) {
      expect([id, env[id]]).toEqual([id, '']);
    }
    expect(readFileSync(path.join(root, '.gitignore'), 'utf8').split('\n')).toContain('env/.env.*.user');
  });

  it('serves the local env from the dev server’s address, the builder’s local default', () => {
    const env = envFile(path.join(root, 'env/.env.local'));
    expect(env.HOST_URL).toBe('https://localhost:3000');
    const run = spawnSync(process.execPath, [builder, '--env', 'local', '--out', tempDir()], { env: cleanEnv, encoding: 'utf8' });
    expect(run.status).toBe(0);
    expect(run.stderr).toMatch(/Local defaults for TEAMS_APP_ID, AAD_APP_CLIENT_ID\b/);
    expect(run.stdout).toContain('hosted at https://localhost:3000');
  });

  it('fails provisioning before anything is made when HOST_URL is unset or not https', () => {
    const project = readProject('m365agents.yml');
    const unset = runScriptStep(project, { ...envFile(path.join(root, 'env/.env.dev')), HOST_URL: '' });
    expect(unset.status).toBe(1);
    expect(unset.stderr).toMatch(/HOST_URL is not set: put the https address .* into env\/\.env\.dev/);
    const http = runScriptStep(project, { ...envFile(path.join(root, 'env/.env.dev')), HOST_URL: 'http://stagecoach.example.com' });
    expect(http.status).toBe(1);
    expect(http.stderr).toMatch(/HOST_URL must use https/);
  });
});

describe('one manifest for the toolkit and npm run package', () => {
  // env/.env.dev as provision leaves it: HOST_URL set by the developer, the ids
  // written by teamsApp/create and aadApp/create, HOST_DOMAIN and APP_VERSION
  // by the script step.
  const provisioned = (): Record<string, string> => {
    const env = {
      ...envFile(path.join(root, 'env/.env.dev')),
      HOST_URL: 'https://stagecoach.example.com/app/',
      TEAMS_APP_ID: '0f8fad5b-d9cb-469f-a165-70867728950e',
      AAD_APP_CLIENT_ID: '7c9e6679-7425-40de-944b-e07fc1f90ae7',
      AAD_APP_OBJECT_ID: '3f2504e0-4f89-41d3-9a0c-0305e82c3301',
    };
    const run = runScriptStep(readProject('m365agents.yml'), env);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    return { ...env, ...scriptOutputs(run.stdout) };
  };

  it('derives HOST_DOMAIN and APP_VERSION in the script step as the builder does, and drops HOST_URL’s trailing slash', () => {
    const env = provisioned();
    expect(env.HOST_URL).toBe('https://stagecoach.example.com/app');
    expect(env.HOST_DOMAIN).toBe('stagecoach.example.com');
    expect(env.APP_VERSION).toBe(JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')).version);
  });

  it('renders, through the toolkit’s text substitution, exactly the manifest the builder writes from the same env file', () => {
    const env = provisioned();
    // The toolkit fills the raw text, with the HOST_URL the script step normalized.
    const toolkit = JSON.parse(render(readFileSync(path.join(root, 'manifest/manifest.json'), 'utf8'), env));

    // npm run package -- --env <name>, reading an env folder with that file.
    const dir = tempDir();
    writeFileSync(path.join(dir, '.env.dev'), Object.entries(env).map(([k, v]) => `${k}=${v}`).join('\n'));
    const out = tempDir();
    const code = `import * as builder from ${JSON.stringify(pathToFileURL(builder).href)};
const env = builder.withEnvFiles(builder.readEnvFiles('dev', ${JSON.stringify(dir)}), {});
const result = await builder.buildPackage({ env, outDir: ${JSON.stringify(out)} });
process.stdout.write(JSON.stringify(result.manifest));`;
    const packaged = JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', code], { env: cleanEnv, encoding: 'utf8' }));

    expect(toolkit).toEqual(packaged);
    expect(JSON.stringify(toolkit)).not.toContain('${');
    expect(toolkit.id).toBe(env.TEAMS_APP_ID);
    expect(toolkit.webApplicationInfo).toEqual({ id: env.AAD_APP_CLIENT_ID, resource: `api://stagecoach.example.com/${env.AAD_APP_CLIENT_ID}` });
    expect(JSON.parse(readFileSync(path.join(out, 'manifest/manifest.json'), 'utf8'))).toEqual(packaged);
  });

  it('a variable set in the environment wins over the env file, as with dotenv', () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, '.env.dev'), 'HOST_URL=https://from-file.example.com\nTEAMS_APP_ID=\n# HOST_URL=https://commented.example.com\n');
    writeFileSync(path.join(dir, '.env.dev.user'), 'AAD_APP_CLIENT_ID="7c9e6679-7425-40de-944b-e07fc1f90ae7"\n');
    const code = `import * as builder from ${JSON.stringify(pathToFileURL(builder).href)};
const files = builder.readEnvFiles('dev', ${JSON.stringify(dir)});
process.stdout.write(JSON.stringify([files, builder.withEnvFiles(files, { HOST_URL: 'https://from-env.example.com', TEAMS_APP_ID: '' })]));`;
    const [files, merged] = JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', code], { env: cleanEnv, encoding: 'utf8' }));
    expect(files).toEqual({ HOST_URL: 'https://from-file.example.com', TEAMS_APP_ID: '', AAD_APP_CLIENT_ID: '7c9e6679-7425-40de-944b-e07fc1f90ae7' });
    expect(merged).toEqual({ ...files, HOST_URL: 'https://from-env.example.com' });
  });

  it('the toolkit’s rendering still passes Microsoft’s manifest schema, read from disk', async () => {
    const env = provisioned();
    const manifest = JSON.parse(render(readFileSync(path.join(root, 'manifest/manifest.json'), 'utf8'), env));
    const schema = JSON.parse(readFileSync(path.join(schemasDir, `v${manifest.manifestVersion}`, 'MicrosoftTeams.schema.json'), 'utf8'));
    const fetchSpy = jest.spyOn(globalThis, 'fetch').mockRejectedValue(new Error('the schema check went to the network'));
    try {
      expect(await validateAgainstSchema(manifest, schema)).toEqual([]);
    } finally {
      expect(fetchSpy).not.toHaveBeenCalled();
      fetchSpy.mockRestore();
    }
  });
});
