// @ts-check
// Builds the Teams app package from manifest/manifest.json (a template) and the
// committed icons.
//
//   node manifest/build.mjs              dist/manifest/{manifest.json,color.png,outline.png}
//   node manifest/build.mjs --zip        the same, plus dist/stagecoach-teams-app.zip (npm run package)
//   node manifest/build.mjs --out DIR    write into DIR instead of dist/
//   node manifest/build.mjs --env NAME   read the variables from env/.env.NAME (and env/.env.NAME.user)
//   node manifest/build.mjs --toolkit-env  print HOST_URL (normalized), HOST_DOMAIN and APP_VERSION for the
//                                        Microsoft 365 Agents Toolkit (m365agents*.yml's script step)
//
// The template's ${{NAME}} placeholders are the toolkit's own syntax, so the
// toolkit's teamsApp/zipAppPackage and this builder fill the same file from
// the same env files. Here they are filled from the environment and, with
// --env, from env/.env.NAME: a variable set in the environment wins over the
// file, as with dotenv. Every variable is optional: unset (or empty), it takes
// the local default below, so the build runs offline with no setup; the
// package it makes then points at https://localhost:3000 and carries no
// working sign-in (see README, "Run it in Teams"). Set real values for a real
// tenant:
//
//   TEAMS_APP_ID       GUID: the Teams app's own id (one per app, not per tenant)
//   AAD_APP_CLIENT_ID  GUID: the Entra ID app registration's client id (webApplicationInfo.id)
//   HOST_URL           https URL where dist/ is served, e.g. https://stagecoach.contoso.com
//                      (a path is allowed; query, fragment and credentials are not)
//
// Derived, not read from the environment (the toolkit gets them from --toolkit-env):
//   HOST_DOMAIN        HOST_URL's host (with its port, if any), for validDomains and the api:// resource
//   APP_VERSION        package.json's version
//
// It exits 1 with a message, and writes nothing, on a non-https HOST_URL, an
// id that is not a GUID, a placeholder it has no value for, or a manifest that
// Microsoft's JSON schema (bundled in @microsoft/app-manifest, read from disk,
// never fetched) rejects.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { zipSync } from 'fflate';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.dirname(HERE);
const require = createRequire(import.meta.url);

export const TEMPLATE_PATH = path.join(HERE, 'manifest.json');
/** The toolkit's environment folder (m365agents.yml's environmentFolderPath). */
export const ENV_DIR = path.join(ROOT, 'env');
export const ICON_FILES = /** @type {const} */ (['color.png', 'outline.png']);
/** The manifest's translations (its localizationInfo), in manifest/languages/ and at the package's root. */
export const LANGUAGES_DIR = path.join(HERE, 'languages');
export const ZIP_NAME = 'stagecoach-teams-app.zip';

/**
 * What an unset variable becomes. The two GUIDs are fixed and made up for this
 * project, so repeated local builds replace the same sideloaded app; they
 * belong to no real registration.
 */
export const LOCAL_DEFAULTS = Object.freeze({
  TEAMS_APP_ID: '4e03e546-e14e-4552-9b36-3ebb2f904aaf',
  AAD_APP_CLIENT_ID: '43aba571-88d8-41cb-99e2-f1a7c89d29a5',
  HOST_URL: 'https://localhost:3000',
});

/** A bad setting: the command line prints the message and exits 1. */
export class ManifestConfigError extends Error {
  name = 'ManifestConfigError';
}

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** The toolkit's placeholder, `${{NAME}}` (spaces inside the braces allowed, as the toolkit allows them). */
const PLACEHOLDER = /\$\{\{ *([A-Za-z0-9_]*) *\}\}/g;
const ENV_NAME = /^[A-Za-z0-9_-]+$/;

/**
 * @typedef {object} ManifestValues
 * @property {string} TEAMS_APP_ID
 * @property {string} AAD_APP_CLIENT_ID
 * @property {string} HOST_URL     https origin plus optional path, no trailing slash
 * @property {string} HOST_DOMAIN  HOST_URL's host, with the port if it has one
 * @property {string} APP_VERSION
 */

/**
 * Reads and checks the settings. Unset or empty variables take LOCAL_DEFAULTS.
 * @param {Record<string, string | undefined>} env usually process.env
 * @param {string} [version] the app version; package.json's by default
 * @returns {{ values: ManifestValues, defaulted: string[] }} defaulted: the variables that were not set
 */
export function resolveValues(env, version = packageVersion()) {
  /** @type {string[]} */
  const defaulted = [];
  /** @param {keyof typeof LOCAL_DEFAULTS} name */
  const read = (name) => {
    const value = env[name]?.trim();
    if (value) return value;
    defaulted.push(name);
    return LOCAL_DEFAULTS[name];
  };
  /** @type {string[]} */
  const problems = [];
  /** @param {'TEAMS_APP_ID' | 'AAD_APP_CLIENT_ID'} name */
  const guid = (name) => {
    const value = read(name);
    if (!GUID.test(value)) problems.push(`${name} must be a GUID like ${LOCAL_DEFAULTS[name]}, not "${value}".`);
    return value.toLowerCase();
  };
  const teamsAppId = guid('TEAMS_APP_ID');
  const clientId = guid('AAD_APP_CLIENT_ID');
  const host = hostUrl(read('HOST_URL'), problems);
  if (problems.length || !host) throw new ManifestConfigError(problems.join('\n'));
  return {
    values: {
      TEAMS_APP_ID: teamsAppId,
      AAD_APP_CLIENT_ID: clientId,
      HOST_URL: host.url,
      HOST_DOMAIN: host.domain,
      APP_VERSION: version,
    },
    defaulted,
  };
}

/**
 * HOST_URL, checked and normalized (no trailing slash), and its host.
 * @param {string} raw
 * @param {string[]} problems where to add what is wrong with it
 * @returns {{ url: string, domain: string } | undefined}
 */
export function hostUrl(raw, problems) {
  /** @type {URL} */
  let url;
  try {
    url = new URL(raw);
  } catch {
    problems.push(`HOST_URL must be an https URL like ${LOCAL_DEFAULTS.HOST_URL}, not "${raw}".`);
    return undefined;
  }
  if (url.protocol !== 'https:') {
    problems.push(`HOST_URL must use https (Teams loads tabs only over https), not "${raw}".`);
    return undefined;
  }
  if (url.username || url.password || url.search || url.hash) {
    problems.push(`HOST_URL must be the address the app is served from, without credentials, query or fragment, not "${raw}".`);
    return undefined;
  }
  return { url: url.origin + url.pathname.replace(/\/+$/, ''), domain: url.host };
}

/**
 * Reads a dotenv file as the toolkit writes them: NAME=value lines, # comments,
 * blank lines, optional single or double quotes around a value.
 * @param {string} text
 * @returns {Record<string, string>}
 */
export function parseEnvFile(text) {
  /** @type {Record<string, string>} */
  const values = {};
  for (const line of text.split(/\r?\n/)) {
    const match = /^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_]*)\s*=\s*(.*?)\s*$/.exec(line);
    if (!match || line.trimStart().startsWith('#')) continue;
    const [, name, raw] = /** @type {[string, string, string]} */ (match);
    const quoted = /^(['"])(.*)\1$/.exec(raw);
    values[name] = quoted ? /** @type {string} */ (quoted[2]) : raw.replace(/\s+#.*$/, '');
  }
  return values;
}

/**
 * The variables of one toolkit environment: env/.env.NAME, then env/.env.NAME.user
 * (the toolkit's uncommitted file, for secrets; Stagecoach needs none) over it.
 * @param {string} name e.g. "dev" or "local"
 * @param {string} [dir] the env folder; ENV_DIR by default
 * @returns {Record<string, string>}
 */
export function readEnvFiles(name, dir = ENV_DIR) {
  if (!ENV_NAME.test(name)) throw new ManifestConfigError(`--env needs an environment name like dev or local, not "${name}".`);
  const file = path.join(dir, `.env.${name}`);
  if (!existsSync(file)) throw new ManifestConfigError(`There is no ${path.relative(ROOT, file)} for --env ${name}.`);
  const user = `${file}.user`;
  return { ...parseEnvFile(readFileSync(file, 'utf8')), ...(existsSync(user) ? parseEnvFile(readFileSync(user, 'utf8')) : {}) };
}

/**
 * The environment the builder reads: the env files' values, and over them
 * every variable that is set (not empty) in `env`, as dotenv does.
 * @param {Record<string, string>} files
 * @param {Record<string, string | undefined>} env
 * @returns {Record<string, string | undefined>}
 */
export function withEnvFiles(files, env) {
  const set = Object.entries(env).filter(([, value]) => value?.trim());
  return { ...files, ...Object.fromEntries(set) };
}

/**
 * What the toolkit cannot compute itself and the template needs, as the
 * toolkit's script-step output (`::set-teamsfx-env NAME=value`, which it
 * writes into the environment's env file): HOST_URL as resolveValues
 * normalizes it (no trailing slash, which the toolkit's plain text
 * substitution would double), its host and package.json's version. Unlike a
 * local package, a provisioned one has no default HOST_URL.
 * @param {Record<string, string | undefined>} env
 * @returns {string[]} the lines to print
 */
export function toolkitEnvLines(env, version = packageVersion()) {
  const raw = env.HOST_URL?.trim();
  if (!raw) {
    throw new ManifestConfigError(
      `HOST_URL is not set: put the https address that serves dist/ into env/.env.${env.TEAMSFX_ENV || '<env>'} before provisioning.`,
    );
  }
  /** @type {string[]} */
  const problems = [];
  const host = hostUrl(raw, problems);
  if (!host) throw new ManifestConfigError(problems.join('\n'));
  return [
    `::set-teamsfx-env HOST_URL=${host.url}`,
    `::set-teamsfx-env HOST_DOMAIN=${host.domain}`,
    `::set-teamsfx-env APP_VERSION=${version}`,
  ];
}

/** package.json's version, which the manifest's version follows. */
export function packageVersion() {
  return /** @type {{ version: string }} */ (JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8'))).version;
}

/** The template, parsed. */
export function readTemplate() {
  return JSON.parse(readFileSync(TEMPLATE_PATH, 'utf8'));
}

/**
 * Fills every ${{NAME}} in the template's strings with values[NAME]. The JSON is
 * walked rather than its text edited, so a value can never break the JSON.
 * @template T
 * @param {T} template
 * @param {Readonly<Record<string, string>>} values
 * @returns {T} a filled copy
 * @throws {ManifestConfigError} naming every placeholder that has no value, or any "${" left over
 */
export function fillManifest(template, values) {
  const missing = new Set();
  /** @param {unknown} node @returns {unknown} */
  const fill = (node) => {
    if (typeof node === 'string') {
      return node.replace(PLACEHOLDER, (whole, /** @type {string} */ name) => {
        if (Object.hasOwn(values, name)) return values[name];
        missing.add(whole);
        return whole;
      });
    }
    if (Array.isArray(node)) return node.map(fill);
    if (node && typeof node === 'object') return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, fill(v)]));
    return node;
  };
  const filled = /** @type {T} */ (fill(template));
  if (missing.size) {
    throw new ManifestConfigError(`manifest.json has placeholders with no value: ${[...missing].join(', ')}.`);
  }
  const text = JSON.stringify(filled);
  if (text.includes('${')) {
    const at = text.indexOf('${');
    throw new ManifestConfigError(`manifest.json still contains "\${" after filling: …${text.slice(Math.max(0, at - 40), at + 40)}…`);
  }
  return filled;
}

/**
 * The bundled Microsoft JSON schema for a manifest version, read from
 * node_modules/@microsoft/app-manifest (nothing is fetched).
 * @param {string} manifestVersion e.g. "1.30"
 * @returns {object}
 */
export function bundledSchema(manifestVersion) {
  const file = require.resolve(`@microsoft/app-manifest/build/json-schemas/teams/v${manifestVersion}/MicrosoftTeams.schema.json`);
  return JSON.parse(readFileSync(file, 'utf8'));
}

/**
 * Schema errors for a filled manifest; empty when it is valid. The schema is
 * passed in, so AppManifestUtils does not download it from $schema.
 * @param {{ manifestVersion: string }} manifest
 * @returns {Promise<string[]>}
 */
export async function schemaErrors(manifest) {
  const { AppManifestUtils } = (await import('@microsoft/app-manifest')).default;
  // The package's types want its own manifest type; the schema check itself takes any JSON.
  return AppManifestUtils.validateAgainstSchema(
    /** @type {any} */ (manifest),
    /** @type {any} */ (bundledSchema(manifest.manifestVersion)),
  );
}

/**
 * The bundled localization schema for a manifest version.
 * @param {string} manifestVersion
 * @returns {object}
 */
export function bundledLocalizationSchema(manifestVersion) {
  const file = require.resolve(
    `@microsoft/app-manifest/build/json-schemas/teams/v${manifestVersion}/MicrosoftTeams.Localization.schema.json`,
  );
  return JSON.parse(readFileSync(file, 'utf8'));
}

/**
 * The value at a localization key's path ("staticTabs[0].name") in the manifest.
 * @param {Record<string, any>} manifest
 * @param {string} key
 * @returns {unknown}
 */
export function manifestValueAt(manifest, key) {
  /** @type {any} */
  let at = manifest;
  // "name.short" is one field; "extensions[0].ribbons[0]…" walks arrays and objects.
  if (key === 'name.short' || key === 'name.full') return manifest.name?.[key.split('.')[1]];
  if (key === 'description.short' || key === 'description.full') return manifest.description?.[key.split('.')[1]];
  for (const part of key.split('.')) {
    const [, field, index] = /^([^[]+)(?:\[(\d+)\])?$/.exec(part) ?? [];
    if (field === undefined || at === null || typeof at !== 'object') return undefined;
    at = at[field];
    if (index !== undefined) at = Array.isArray(at) ? at[Number(index)] : undefined;
  }
  return at;
}

/**
 * Problems with the manifest's translation files: each must match Microsoft's
 * localization schema, and translate only strings the manifest has (a key that
 * names nothing is ignored by Teams without a word).
 * @param {Record<string, any>} manifest the filled manifest
 * @param {string} [dir] where the translation files are
 * @returns {Promise<{ files: Record<string, Uint8Array>, errors: string[] }>}
 */
export async function languageFiles(manifest, dir = LANGUAGES_DIR) {
  // The localization schema is draft-04, and one of its patterns is not valid as a
  // Unicode regular expression, which AppManifestUtils compiles it as: checked here instead.
  const { default: Ajv04 } = await import('ajv-draft-04');
  const { default: addFormats } = await import('ajv-formats');
  const ajv = new Ajv04({ allErrors: true, strict: false, unicodeRegExp: false });
  addFormats(ajv, ['uri']);
  const validate = ajv.compile(bundledLocalizationSchema(manifest.manifestVersion));
  /** @type {Record<string, Uint8Array>} */
  const files = {};
  /** @type {string[]} */
  const errors = [];
  for (const { file } of manifest.localizationInfo?.additionalLanguages ?? []) {
    const text = readFileSync(path.join(dir, file), 'utf8');
    const translation = JSON.parse(text);
    if (!validate(translation)) {
      errors.push(...(validate.errors ?? []).map((e) => `${file}: ${e.instancePath || '/'} ${e.message ?? 'is invalid'}`));
    }
    for (const key of Object.keys(translation).filter((k) => k !== '$schema')) {
      if (typeof manifestValueAt(manifest, key) !== 'string') errors.push(`${file}: "${key}" translates nothing in the manifest`);
    }
    files[file] = Buffer.from(text);
  }
  return { files, errors };
}

/**
 * Fills the template, checks it against the schema and writes the package.
 * @param {{ env?: Record<string, string | undefined>, outDir?: string, zip?: boolean }} [options]
 * @returns {Promise<{ manifest: Record<string, any>, values: ManifestValues, defaulted: string[], dir: string, zipPath?: string }>}
 */
export async function buildPackage({ env = process.env, outDir = path.join(ROOT, 'dist'), zip = false } = {}) {
  const { values, defaulted } = resolveValues(env);
  const manifest = fillManifest(readTemplate(), values);
  const errors = await schemaErrors(manifest);
  if (errors.length) {
    throw new ManifestConfigError(`The manifest does not match the v${manifest.manifestVersion} schema:\n  ${errors.join('\n  ')}`);
  }
  const languages = await languageFiles(manifest);
  if (languages.errors.length) {
    throw new ManifestConfigError(`The manifest's translations are wrong:\n  ${languages.errors.join('\n  ')}`);
  }
  /** @type {Record<string, Uint8Array>} */
  const files = { 'manifest.json': Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`), ...languages.files };
  for (const icon of ICON_FILES) files[icon] = readFileSync(path.join(HERE, icon));

  const dir = path.join(outDir, 'manifest');
  mkdirSync(dir, { recursive: true });
  for (const [name, bytes] of Object.entries(files)) writeFileSync(path.join(dir, name), bytes);
  if (!zip) return { manifest, values, defaulted, dir };

  // Teams wants the files at the root of the zip. A fixed time stamp
  // (read as local time, as zip stores it) makes the same input give the same bytes.
  const mtime = new Date(2000, 0, 1);
  const zipPath = path.join(outDir, ZIP_NAME);
  writeFileSync(zipPath, zipSync(Object.fromEntries(Object.entries(files).map(([n, b]) => [n, [b, { mtime }]])), { level: 9 }));
  return { manifest, values, defaulted, dir, zipPath };
}

/** @param {string[]} argv */
async function main(argv) {
  if (argv.includes('--toolkit-env')) {
    for (const line of toolkitEnvLines(process.env)) console.log(line);
    return;
  }
  /** @param {string} flag @param {string} what */
  const option = (flag, what) => {
    const at = argv.indexOf(flag);
    const value = at >= 0 ? argv[at + 1] : undefined;
    if (at >= 0 && (!value || value.startsWith('--'))) throw new ManifestConfigError(`${flag} needs ${what}.`);
    return value;
  };
  const outDir = option('--out', 'a folder');
  const envName = option('--env', 'an environment name like dev or local');
  const env = envName ? withEnvFiles(readEnvFiles(envName), process.env) : process.env;
  const result = await buildPackage({ env, zip: argv.includes('--zip'), ...(outDir ? { outDir: path.resolve(outDir) } : {}) });
  if (result.defaulted.length) {
    console.warn(
      `Local defaults for ${result.defaulted.join(', ')}: fine to try the package, ` +
        `but set them${envName ? ` (in env/.env.${envName}, or by atk provision --env ${envName})` : ''} ` +
        '(README, "Run it in Teams") for sign-in to work in a real tenant.',
    );
  }
  const { TEAMS_APP_ID, AAD_APP_CLIENT_ID, HOST_URL } = result.values;
  console.log(`Teams app ${TEAMS_APP_ID}, Entra client ${AAD_APP_CLIENT_ID}, hosted at ${HOST_URL}`);
  console.log(`wrote ${path.relative(process.cwd(), result.dir) || '.'}/{manifest.json,${ICON_FILES.join(',')}} and its translations`);
  if (result.zipPath)
    console.log(`wrote ${path.relative(process.cwd(), result.zipPath)}: upload it in Teams → Apps → Manage your apps → Upload an app`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main(process.argv.slice(2)).catch((error) => {
    if (!(error instanceof ManifestConfigError)) throw error;
    console.error(`manifest/build.mjs: ${error.message}`);
    process.exitCode = 1;
  });
}
