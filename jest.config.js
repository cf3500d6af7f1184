// Each layer runs in the environment it is meant for: the domain and the
// adapters in Node (a DOM there would mean something leaked in), the UI in jsdom.
const transform = {
  '^.+\\.(t|j)sx?$': [
    '@swc/jest',
    { jsc: { parser: { syntax: 'typescript', tsx: true }, transform: { react: { runtime: 'automatic' } } } },
  ],
};

const project = (name, testEnvironment, extra = {}) => ({
  displayName: name,
  testEnvironment,
  transform,
  testMatch: [`<rootDir>/test/${name}/**/*.test.ts?(x)`],
  // @noble/hashes and temporal-polyfill (with its temporal-utils) ship ES modules only; jest runs CommonJS, so swc compiles them too.
  transformIgnorePatterns: ['/node_modules/(?!(@noble/|temporal-polyfill/|temporal-utils/))'],
  // adaptivecards' lib is ES modules that import Swiper's (ES only, .mjs): jest takes the same renderer from its UMD build.
  moduleNameMapper: { '^adaptivecards$': '<rootDir>/node_modules/adaptivecards/dist/adaptivecards.js' },
  ...extra,
});

/** @type {import('jest').Config} */
module.exports = {
  // Every core: jest's default leaves one idle, which on CI's two cores halves the unit tests' speed
  // (about 4 minutes against 2 there); the suites share no state between files.
  maxWorkers: '100%',
  projects: [
    project('base', 'node'),
    project('domain', 'node'),
    project('app', 'node'),
    project('sync', 'node'),
    project('teams', 'node'),
    project('simulator', 'node'),
    project('build', 'node'),
    project('graph', 'node'),
    project('words', 'node'),
    project('auth', 'node'),
    // Office.js is a browser script: the Outlook adapter runs against a fake global in jsdom.
    project('outlook', 'jsdom'),
    project('ui', 'jsdom', { setupFilesAfterEnv: ['<rootDir>/test/ui/setup.ts'] }),
  ],
};
