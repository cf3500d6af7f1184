// @ts-check
// Runs the Graph sandbox (test/graph/sandbox/graphSandbox.ts) from plain Node:
// for `npm start`, the browser tests' server and `npm run graph-sandbox`,
// which prints its base URL.
//
// The sandbox and the src/graph helpers it imports are TypeScript, which
// Node 20 cannot load. Rather than a build step or a new dependency (tsx,
// ts-node), a require hook compiles those folders' .ts files to CommonJS
// with @swc/core, which the repo already uses for jest and webpack: the
// sandbox, src/graph, src/domain (whose LIMITS the gateway checks
// requests against; pure, zod only) and src/base (the generic helpers
// src/graph uses). The hook covers only those folders, so
// no other .ts file in a process that loads this one (webpack's, say) is
// compiled behind anyone's back.
const fs = require('node:fs');
const path = require('node:path');

const COMPILED = [
  path.resolve(__dirname, '../graph/sandbox'),
  path.resolve(__dirname, '../../src/graph'),
  path.resolve(__dirname, '../../src/domain'),
  path.resolve(__dirname, '../../src/base'),
].map((dir) => dir + path.sep);

// require.extensions is deprecated in name only: it is how Node's CommonJS
// loader looks up a handler, and what registering .ts also teaches resolution.
const previous = require.extensions['.ts'];
require.extensions['.ts'] = (/** @type {NodeJS.Module} */ module, /** @type {string} */ filename) => {
  if (!COMPILED.some((dir) => filename.startsWith(dir))) return (previous ?? require.extensions['.js'])(module, filename);
  const { code } = require('@swc/core').transformSync(fs.readFileSync(filename, 'utf8'), {
    filename,
    module: { type: 'commonjs' },
    jsc: { parser: { syntax: 'typescript' }, target: 'es2022' },
    sourceMaps: 'inline',
  });
  /** @type {any} */ (module)._compile(code, filename);
};

/** @type {typeof import('../graph/sandbox/graphSandbox')} */
const sandbox = require('../graph/sandbox/graphSandbox');

/** Must equal GRAPH_SANDBOX_CONFIG in src/ports/localDevelopment.ts (a test checks). */
const GRAPH_SANDBOX_CONFIG = '/graph-sandbox.json';

/**
 * Starts a sandbox for a development server and answers GRAPH_SANDBOX_CONFIG
 * for it. Never rejects: a sandbox that cannot start (no schema, port taken)
 * is reported on stderr once and the config path answers 503, so the server
 * that serves the app keeps running.
 * @param {import('../graph/sandbox/graphSandbox').SandboxOptions & { log?: Pick<Console, 'log' | 'error'> }} [options]
 */
function serveGraphSandbox(options = {}) {
  const { log = console, ...sandboxOptions } = options;
  const started = sandbox.startGraphSandbox(sandboxOptions).then(
    (s) => {
      log.log(`Stagecoach: Graph sandbox (local Microsoft Graph) at ${s.baseUrl}`);
      return s;
    },
    (/** @type {Error} */ error) => {
      log.error(`Stagecoach: the Graph sandbox did not start; the simulator's calendars cannot load.\n  ${error.message}`);
      return null;
    },
  );
  return {
    /** The running sandbox, or null if it could not start. */
    started,
    /**
     * Answers GET GRAPH_SANDBOX_CONFIG: `{ "baseUrl": … }`, or 503.
     * @param {import('node:http').IncomingMessage} _request
     * @param {import('node:http').ServerResponse} response
     */
    answer(_request, response) {
      void started.then((s) => {
        response.setHeader('cache-control', 'no-store');
        response.setHeader('content-type', 'application/json');
        if (!s) {
          response.statusCode = 503;
          response.end(JSON.stringify({ error: 'The Graph sandbox did not start; see the server log.' }));
        } else {
          response.end(JSON.stringify({ baseUrl: s.baseUrl }));
        }
      });
    },
    close: () => started.then((s) => s?.close()),
  };
}

/** $GRAPH_SANDBOX_PORT, if set. */
const portFromEnvironment = () => (process.env.GRAPH_SANDBOX_PORT ? Number(process.env.GRAPH_SANDBOX_PORT) : undefined);

module.exports = { ...sandbox, serveGraphSandbox, portFromEnvironment, GRAPH_SANDBOX_CONFIG };

if (require.main === module) {
  const latencyMs = process.env.GRAPH_SANDBOX_LATENCY_MS ? Number(process.env.GRAPH_SANDBOX_LATENCY_MS) : undefined;
  sandbox.startGraphSandbox({ port: portFromEnvironment(), latencyMs }).then(
    (s) => {
      console.log(`Graph sandbox listening at ${s.baseUrl}`);
      const quit = () => s.close().then(() => process.exit(0));
      process.on('SIGINT', quit);
      process.on('SIGTERM', quit);
    },
    (error) => {
      console.error(error instanceof Error ? error.message : error);
      process.exit(1);
    },
  );
}
