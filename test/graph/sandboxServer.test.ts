import { spawn } from 'node:child_process';
import { once } from 'node:events';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { GRAPH_SANDBOX_CONFIG as PORTS_CONFIG } from '../../src/ports';
import { GRAPH_SANDBOX_CONFIG, serveGraphSandbox, devToken } from '../servers/graphSandbox.cjs';

// test/servers/graphSandbox.cjs: the sandbox for `npm start`, the browser
// tests' server and `npm run graph-sandbox`.

jest.setTimeout(30_000);
const root = path.resolve(__dirname, '../..');

it('serves the config at the path the app reads', () => {
  expect(GRAPH_SANDBOX_CONFIG).toBe(PORTS_CONFIG);
});

it('runs from plain Node (`npm run graph-sandbox`), compiling the TypeScript itself, and prints its base URL', async () => {
  const child = spawn(process.execPath, ['test/servers/graphSandbox.cjs'], {
    cwd: root,
    env: { ...process.env, GRAPH_SANDBOX_PORT: '0' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  try {
    let output = '';
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const baseUrl = await new Promise<string>((resolve, reject) => {
      child.stdout.on('data', (chunk: Buffer) => {
        output += chunk.toString();
        const m = /listening at (http:\/\/127\.0\.0\.1:\d+\/v1\.0)/.exec(output);
        if (m) resolve(m[1]!);
      });
      child.once('exit', () => reject(new Error(`exited before listening:\n${output}`)));
    });
    const res = await fetch(`${baseUrl}/me/events`, { headers: { Authorization: `Bearer ${devToken('sim-sam')}` } });
    expect([res.status, await res.json()]).toEqual([200, { value: [] }]);
  } finally {
    const exited = once(child, 'exit');
    child.kill('SIGTERM');
    await exited;
  }
});

/** A development server that answers only the config path, as webpack's and serve.mjs's do. */
async function devServer(served: ReturnType<typeof serveGraphSandbox>) {
  const server = http.createServer((req, res) => served.answer(req, res));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}${GRAPH_SANDBOX_CONFIG}`;
  return { url, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

describe('serveGraphSandbox', () => {
  it('answers the config with the base URL, never cached, and says where it listens', async () => {
    const log = { log: jest.fn(), error: jest.fn() };
    const served = serveGraphSandbox({ log });
    const server = await devServer(served);
    try {
      const res = await fetch(server.url);
      expect(res.status).toBe(200);
      expect(res.headers.get('cache-control')).toBe('no-store');
      const { baseUrl } = (await res.json()) as { baseUrl: string };
      expect(baseUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/v1\.0$/);
      expect(log.log).toHaveBeenCalledWith(expect.stringContaining(baseUrl));
      expect(log.error).not.toHaveBeenCalled();
    } finally {
      await server.close();
      await served.close();
    }
  });

  it('without the schema, says so and answers 503 instead of failing the server', async () => {
    const log = { log: jest.fn(), error: jest.fn() };
    const served = serveGraphSandbox({ log, schemaPath: path.join(root, 'no-such-schema.json') });
    const server = await devServer(served);
    try {
      const res = await fetch(server.url);
      expect(res.status).toBe(503);
      expect(res.headers.get('cache-control')).toBe('no-store');
      expect(await served.started).toBeNull();
      expect(log.error).toHaveBeenCalledTimes(1);
      expect(log.error).toHaveBeenCalledWith(expect.stringContaining('no-such-schema.json'));
    } finally {
      await server.close();
      await served.close();
    }
  });
});
