// Serves the simulator's production build (dist-simulator/: the product's pages
// with their CSP, and the simulator's) for the browser tests and the bench: the
// tests then see what ships, with no dev-server code in the page.
// Also starts the simulator's local Fluid server (tinylicious, on a free port
// or $TINYLICIOUS_PORT, with its own temporary storage), names it in
// /tinylicious.json for the simulator, and stops it when this server stops.
// Likewise the Graph sandbox (a free port or $GRAPH_SANDBOX_PORT), named in
// /graph-sandbox.json (503 if it could not start, e.g. without its schema).
// Usage: node test/e2e/serve.mjs [port] [folder]
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const port = Number(process.argv[2] ?? process.env.PORT ?? 4317);
const root = path.resolve(repo, process.argv[3] ?? 'dist-simulator');
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

const require = createRequire(import.meta.url);
const { startTinylicious } = require(path.join(repo, 'test/servers/tinylicious.cjs'));
const graph = require(path.join(repo, 'test/servers/graphSandbox.cjs'));
const startSandbox = (log = console) => graph.serveGraphSandbox({ port: graph.portFromEnvironment(), log });
let graphSandbox = startSandbox();
const tinylicious = await startTinylicious({
  port: process.env.TINYLICIOUS_PORT ? Number(process.env.TINYLICIOUS_PORT) : undefined,
});
const sandbox = await graphSandbox.started;
const quit = () => Promise.all([tinylicious.dispose(), graphSandbox.close()]).then(() => process.exit(0));

/**
 * Replaces the Graph sandbox with an empty one, so that no browser test meets
 * calendars, OneDrive copies or To Do lists an earlier test left behind. A
 * page asks where the sandbox is when it loads, so pages opened after this
 * reach the new one.
 */
async function freshGraphSandbox() {
  const old = graphSandbox;
  await old.close();
  graphSandbox = startSandbox({ log: () => {}, error: console.error });
  await graphSandbox.started;
}
process.once('SIGINT', quit);
process.once('SIGTERM', quit);

/** POST here for an empty Graph sandbox (test/e2e/fixtures.ts, before each test). */
const FRESH_GRAPH = '/__test/fresh-graph-sandbox';

const server = createServer(async (request, response) => {
  const { pathname } = new URL(request.url ?? '/', 'http://localhost');
  if (pathname === '/tinylicious.json') {
    response.writeHead(200, { 'content-type': TYPES['.json'], 'cache-control': 'no-store' });
    return void response.end(JSON.stringify({ endpoint: tinylicious.endpoint }));
  }
  if (pathname === graph.GRAPH_SANDBOX_CONFIG) return graphSandbox.answer(request, response);
  if (pathname === FRESH_GRAPH && request.method === 'POST') {
    await freshGraphSandbox();
    return void response.writeHead(204).end();
  }
  const file = path.join(root, decodeURIComponent(pathname === '/' ? '/index.html' : pathname));
  // Refuse anything that climbs out of the served folder.
  if (!file.startsWith(root + path.sep)) return void response.writeHead(403).end();
  try {
    const body = await readFile(file);
    response.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream' });
    response.end(body);
  } catch {
    response.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
  }
});

server.listen(port, '127.0.0.1', () =>
  console.log(
    `Serving ${root} at http://127.0.0.1:${port}/ (tinylicious at ${tinylicious.endpoint}, Graph sandbox at ${sandbox?.baseUrl ?? 'none'})`,
  ),
);
