// @ts-check
const path = require('node:path');
const js = require('@eslint/js');
const tseslint = require('typescript-eslint');
const importPlugin = require('eslint-plugin-import');
const reactHooks = require('eslint-plugin-react-hooks');
const globals = require('globals');
const { defineConfig, globalIgnores } = require('eslint/config');
const { LAYERS, LIBRARIES, GLOBALS } = require('./eslint.layers');

const CODE = '{ts,tsx,js,jsx,mjs,cjs}';
const FOLDERS = Object.keys(LAYERS);
const escape = (/** @type {string} */ s) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/**
 * Package rules for one folder, as regular expressions on import specifiers.
 * @param {string} name
 * @returns {{ regex: string, message: string }[]}
 */
function packageRules(name) {
  const layer = LAYERS[name];
  if (layer.onlyPackages) {
    const allowed = layer.onlyPackages.map(escape).join('|');
    return [
      {
        regex: `^(?!\\.|(${allowed})(/|$))`,
        message:
          layer.onlyPackages.length === 0
            ? `src/${name} may import no outside package.`
            : `src/${name} may import no outside package but ${layer.onlyPackages.join(', ')}.`,
      },
    ];
  }
  const except = (layer.alsoPackages ?? []).map(escape).join('|');
  return Object.entries(LIBRARIES)
    .filter(([, lib]) => !lib.owners.includes(name))
    .map(([library, lib]) => ({
      regex: (except ? `^(?!(${except})$)` : '^') + lib.pattern.replace(/^\^/, ''),
      message: lib.owners.length
        ? `${library} belongs to ${lib.owners.map((o) => `src/${o}`).join(' and ')}; src/${name} may not import it.`
        : `${library} are for tests and tools only; src/${name} may not import them.`,
    }));
}

/**
 * no-restricted-imports misses import(), and the big libraries arrive through
 * import() (they load lazily), so the same rules are repeated as selectors.
 * esquery regexes cannot contain "/", hence \x2F.
 * @param {{ regex: string, message: string }[]} rules
 */
const dynamicImportRules = (rules) =>
  rules.map(({ regex, message }) => ({
    selector: `ImportExpression[source.value=/${regex.replace(/\//g, '\\x2F')}/]`,
    message,
  }));

const layerConfigs = FOLDERS.map((name) => {
  const rules = packageRules(name);
  return {
    name: `layers/${name}`,
    files: [`src/${name}/**/*.${CODE}`],
    rules: {
      'no-restricted-imports': ['error', { patterns: rules }],
      'no-restricted-syntax': ['error', ...dynamicImportRules(rules)],
    },
  };
});

/**
 * A page global (Office.js's `Office`) is reachable from any file once its
 * types are in the program, so its use is limited by path: by name, as a
 * property of window or globalThis, and by the triple-slash reference that
 * brings its types in.
 */
const globalConfigs = Object.entries(GLOBALS).map(([name, { owners }]) => {
  const message = `${name} belongs to ${owners.map((o) => o.replace(/\/\*\*$/, '')).join(' and ')} (see eslint.layers.js).`;
  return {
    name: `globals/${name}`,
    files: [`src/**/*.${CODE}`],
    ignores: owners,
    rules: {
      'no-restricted-globals': ['error', { name, message }],
      'no-restricted-properties': [
        'error',
        { object: 'window', property: name, message },
        { object: 'globalThis', property: name, message },
        { object: 'self', property: name, message },
      ],
      '@typescript-eslint/triple-slash-reference': ['error', { path: 'never', types: 'never', lib: 'never' }],
    },
  };
});

module.exports = defineConfig([
  globalIgnores(['dist/', 'dist-simulator/', 'build/', 'node_modules/', 'coverage/', 'test-results/', 'playwright-report/', '.tmp/']),
  js.configs.recommended,
  { files: ['**/*.{ts,tsx}'], extends: [tseslint.configs.recommended] },
  {
    // A few rules that need types: a promise nobody awaits or catches, a promise
    // where a plain callback is expected, a switch that misses a case of a union.
    name: 'types/promises-and-switches',
    files: ['src/**/*.{ts,tsx}', 'test/**/*.{ts,tsx}'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: __dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { attributes: false } }],
      '@typescript-eslint/switch-exhaustiveness-check': ['error', { considerDefaultExhaustiveForUnions: true }],
    },
  },
  { files: ['**/*.{js,cjs}'], languageOptions: { sourceType: 'commonjs', globals: globals.node } },
  { files: ['**/*.mjs'], languageOptions: { globals: globals.node } },
  { files: ['src/**/*.{ts,tsx}'], languageOptions: { globals: globals.browser } },
  {
    files: ['src/{ui,simulator,entries}/**/*.{ts,tsx}'],
    extends: [reactHooks.configs.flat.recommended],
  },
  {
    // Folder direction. The TypeScript resolver lets extensionless relative
    // imports resolve; an import that does not resolve is left to tsc.
    name: 'layers/folders',
    files: [`src/**/*.${CODE}`],
    plugins: { import: importPlugin },
    settings: {
      'import/resolver': { typescript: { project: path.join(__dirname, 'tsconfig.json') }, node: true },
    },
    rules: {
      'import/no-restricted-paths': [
        'error',
        {
          basePath: __dirname,
          zones: FOLDERS.map((name) => {
            const allowed = [name, ...LAYERS[name].imports];
            return {
              target: `./src/${name}`,
              from: './src',
              except: allowed.map((f) => `./${f}`),
              message: `src/${name} may import only ${allowed.map((f) => `src/${f}`).join(', ')} (see eslint.layers.js).`,
            };
          }),
        },
      ],
    },
  },
  ...layerConfigs,
  ...globalConfigs,
  {
    // Like VS Code: code in a folder the table does not know is an error, so
    // a new folder cannot slip past the layer rules.
    name: 'layers/unknown-folder',
    files: [`src/**/*.${CODE}`],
    ignores: FOLDERS.map((name) => `src/${name}/**`),
    rules: {
      'no-restricted-syntax': [
        'error',
        { selector: 'Program', message: 'This src/ folder has no row in the layer table (eslint.layers.js).' },
      ],
    },
  },
]);
