// @ts-check
// Starts tinylicious, the local Fluid server, on a free port with its own
// storage directory: for the Live Share tests, the latency bench and the
// simulator. `node test/servers/tinylicious.cjs` runs one and prints its endpoint.
const { spawn } = require('node:child_process');
const { mkdtempSync, rmSync } = require('node:fs');
const net = require('node:net');
const os = require('node:os');
const path = require('node:path');

const ENTRY = require.resolve('tinylicious/dist/index.js');

/** @returns {Promise<number>} a port nothing listens on right now */
function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (address && typeof address === 'object' ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/** @param {string} endpoint @param {number} timeoutMs */
async function waitUntilUp(endpoint, timeoutMs, exited) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (exited()) throw new Error('tinylicious exited while starting');
    try {
      const response = await fetch(endpoint);
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    if (Date.now() > deadline) throw new Error(`tinylicious did not answer at ${endpoint} within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/**
 * @param {{ port?: number, dir?: string, timeoutMs?: number, inherit?: boolean }} [options]
 *   dir: where its summaries (git storage) go; a temporary directory by default.
 */
async function startTinylicious(options = {}) {
  const port = options.port ?? (await freePort());
  const ownDir = !options.dir;
  const dir = options.dir ?? mkdtempSync(path.join(os.tmpdir(), 'stagecoach-tinylicious-'));
  const endpoint = `http://localhost:${port}`;
  /** @type {import('node:child_process').ChildProcess | null} */
  let child = null;
  let output = '';

  const up = async () => {
    let exited = false;
    child = spawn(process.execPath, [ENTRY], {
      env: {
        ...process.env,
        PORT: String(port),
        // nconf reads these (separator "__"). Summaries go to our own directory.
        // The op database stays in memory: tinylicious 1.0.0's on-disk (LevelDB)
        // mode fails every connection ("Collection checkpoints not implemented"),
        // so a restarted tinylicious forgets its documents.
        storage: path.join(dir, 'git'),
        db__path: path.join(dir, 'db'),
      },
      stdio: options.inherit || process.env.TINYLICIOUS_LOG ? 'inherit' : ['ignore', 'pipe', 'pipe'],
    });
    const keep = (/** @type {Buffer} */ chunk) => {
      output = (output + chunk.toString()).slice(-4000);
    };
    child.stdout?.on('data', keep);
    child.stderr?.on('data', keep);
    child.once('exit', () => {
      exited = true;
    });
    try {
      await waitUntilUp(endpoint, options.timeoutMs ?? 30_000, () => exited);
    } catch (error) {
      child.kill('SIGKILL');
      throw new Error(`${/** @type {Error} */ (error).message}\n${output}`);
    }
  };

  const down = () =>
    new Promise((resolve) => {
      const running = child;
      child = null;
      if (!running || running.exitCode !== null || running.signalCode !== null) return resolve(undefined);
      running.once('exit', () => resolve(undefined));
      running.kill('SIGKILL');
    });

  // A server must not outlive the process that started it (a test run cut short).
  const killOnExit = () => child?.kill('SIGKILL');
  process.once('exit', killOnExit);

  await up();
  return {
    port,
    endpoint,
    dir,
    /** Stops the server. */
    stop: down,
    /** Starts it again on the same port (with an empty op database, see above). */
    start: up,
    /** Stops it and removes the storage it created. */
    async dispose() {
      process.off('exit', killOnExit);
      await down();
      if (ownDir) rmSync(dir, { recursive: true, force: true });
    },
  };
}

module.exports = { startTinylicious, freePort };

if (require.main === module) {
  const port = process.env.TINYLICIOUS_PORT ? Number(process.env.TINYLICIOUS_PORT) : undefined;
  startTinylicious({ port, inherit: false }).then(
    (server) => {
      console.log(`tinylicious listening at ${server.endpoint} (storage: ${server.dir})`);
      const quit = () => server.dispose().then(() => process.exit(0));
      process.on('SIGINT', quit);
      process.on('SIGTERM', quit);
    },
    (error) => {
      console.error(error);
      process.exit(1);
    },
  );
}
