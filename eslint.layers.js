// The layer table: which folders under src/ each folder may import, and which
// outside libraries belong to which folder. eslint.config.js turns it into
// lint rules; test/build/layers.test.ts fails when a src/ folder has no row.
//
// Imports flow downward only:
//   base ← domain ← ports ← {app, teams, sync, auth, graph, outlook, words ← ui} ← {entries, simulator}
// base (generic helpers) is below everything; app (use cases over ports) sits
// beside the adapters and the UI and knows none of them.
// If a build breaks on these rules, move the code; do not relax the table.

/**
 * @typedef {object} Layer
 * @property {string[]} imports Other src/ folders this folder may import (itself is always allowed).
 * @property {string[]} [onlyPackages] When set, the only outside packages the folder may import.
 * @property {string[]} [alsoPackages] Single modules of another folder's library this folder may still import.
 */

const ADAPTERS = ['teams', 'sync', 'auth', 'graph', 'outlook'];
const BELOW_TOP = ['base', 'domain', 'ports', 'app', 'words', ...ADAPTERS, 'ui'];
/** What the middle layers may import: the model, its ports and the generic helpers. */
const CORE = ['base', 'domain', 'ports'];

/** @type {Record<string, Layer>} */
const LAYERS = {
  // Small generic helpers (a status cell, a background job, load-once, an error's message):
  // plain TypeScript that every layer may use, so it may use nothing itself.
  base: { imports: [], onlyPackages: [] },
  // Pure coaching model: runs anywhere, so it may not touch React, Teams or the network.
  domain: { imports: ['base'], onlyPackages: ['zod'] },
  // Interfaces between the model and the outside world.
  ports: { imports: ['base', 'domain'] },
  // Use cases: what Stagecoach does (save each person's copy, keep steps in To Do, carry
  // last time's plan over, find a follow-up's plan) over ports only, whatever adapters run them.
  app: { imports: CORE, onlyPackages: [] },
  // The words: every sentence in the reader's language (catalogues, plurals, dates through Intl).
  // Only the UI and the entries word things; the model and the adapters report codes and kinds.
  words: { imports: CORE },
  // Adapters: each wraps one outside library behind a port and knows no other adapter.
  teams: { imports: CORE },
  sync: { imports: CORE },
  auth: { imports: CORE },
  graph: { imports: CORE },
  // The Outlook host: the only code that touches Office.js (the global `Office`, which
  // the page loads from Microsoft's CDN; never bundled, so never imported).
  outlook: { imports: CORE },
  // The UI reaches adapters and use cases only through the ports an entry hands it.
  ui: { imports: [...CORE, 'words'] },
  // Entries pick the adapters and mount the UI; react-dom/client is their mount point.
  entries: { imports: BELOW_TOP, alsoPackages: ['react-dom/client'] },
  simulator: { imports: BELOW_TOP },
};

/**
 * Outside libraries and the only folders that may import them. A pattern is a
 * regular expression on the import specifier.
 */
const LIBRARIES = {
  React: { pattern: '^(react|react-dom)(/|$)', owners: ['ui', 'simulator'] },
  'Fluent UI': { pattern: '^@fluentui/', owners: ['ui', 'simulator'] },
  'teams-js': { pattern: '^@microsoft/teams-js(/|$)', owners: ['teams'] },
  'Live Share / Fluid': {
    pattern: '^(@microsoft/live-share|fluid-framework(/|$)|@fluidframework/)',
    owners: ['sync'],
  },
  // Test and dev-server tools: no src/ folder may import them, not even src/sync
  // (they would ship a JWT library and a dev server into the app), though src/sync is
  // a Live Share / Fluid owner.
  'Fluid test tools': { pattern: '^(@fluidframework/test-|tinylicious(/|$))', owners: [] },
  // SHA-256 for the ops' hash chains (src/sync/wireOp.ts).
  Hashes: { pattern: '^@noble/hashes(/|$)', owners: ['sync'] },
  'Microsoft Graph client': { pattern: '^@microsoft/microsoft-graph-client(/|$)', owners: ['graph'] },
  // Zone rules for Graph's wall-clock times; only in the lazily loaded Graph chunk, never at first paint.
  Temporal: { pattern: '^temporal-polyfill(/|$)', owners: ['graph'] },
  // CLDR's Windows → IANA zone table, for the Windows zone names Graph writes.
  'Windows zone names': { pattern: '^windows-iana(/|$)', owners: ['graph'] },
  // ICU MessageFormat at run time (plurals, selects); messages are compiled at build time by tools/catalogue.cjs.
  Lingui: { pattern: '^@lingui/', owners: ['words'] },
  MSAL: { pattern: '^@azure/msal-', owners: ['auth'] },
  // IndexedDB for the texts of session files a device already read: only src/entries/deviceArchiveCache.ts.
  'idb-keyval': { pattern: '^idb-keyval(/|$)', owners: ['entries'] },
  // Microsoft's Adaptive Card renderer: the simulator's meeting chat shows cards with it (tests may parse cards
  // with it too). The app builds cards as plain JSON and never renders one; the pattern leaves adaptivecards-templating alone.
  'Adaptive Cards renderer': { pattern: '^adaptivecards(/|$)', owners: ['simulator'] },
  // Office.js is a script tag, not a module: nothing imports it, and only src/outlook
  // may name its types (`/// <reference types="office-js" />`).
  'Office.js': { pattern: '^(office-js|@types/office-js)(/|$)', owners: ['outlook'] },
};

/**
 * Globals a page's scripts define, and the only places that may use them.
 * Paths are globs under the repository root. src/simulator/office is the
 * simulator's fake Office host: it builds the `Office` object a real Outlook
 * gives, for development and tests only.
 */
const GLOBALS = {
  Office: { owners: ['src/outlook/**', 'src/simulator/office/**'] },
};

module.exports = { LAYERS, LIBRARIES, GLOBALS };
