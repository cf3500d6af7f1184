// The side panel's cold load in Chromium with the CPU throttled 4× (CDP
// Emulation.setCPUThrottlingRate): from the panel's navigation to the stage
// stepper on screen, and to teams-js's notifySuccess reaching the host. Each
// run is a fresh browser context (empty cache and storage) on a new meeting;
// the host is the simulator's Teams (coldLoadHost.ts) framing the production
// side panel as the coach, with Live Share on a local tinylicious. Prints the
// median of the runs; never fails on them.
// Alone: node test/bench/coldLoad.mjs [built folder, default dist]
import { spawnSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import launch from '../e2e/chromium.json' with { type: 'json' };
import { median } from './median.mjs';

const require = createRequire(import.meta.url);
const GOAL_MS = 1000;
const CPU_THROTTLING = Number(process.env.BENCH_CPU_THROTTLING ?? 4);
const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.json': 'application/json' };

function buildHostPage(repo) {
  const webpack = path.join(repo, 'node_modules/.bin/webpack');
  const build = spawnSync(webpack, ['--config', 'test/bench/webpack.coldLoad.js'], { cwd: repo, stdio: ['ignore', 'ignore', 'inherit'] });
  if (build.status !== 0) throw new Error('The cold-load host page did not build.');
  return path.join(repo, '.tmp/bench-cold');
}

/** The app's pages from `app`, the host page from `hostFolder`; no Graph sandbox (the panel says so, quietly). */
function serve(app, hostFolder) {
  const server = createServer(async (request, response) => {
    const { pathname } = new URL(request.url ?? '/', 'http://localhost');
    const name = path.basename(pathname);
    const folder = name.startsWith('bench-host.') ? hostFolder : app;
    if (pathname.includes('..')) return void response.writeHead(403).end();
    try {
      const body = await readFile(path.join(folder, decodeURIComponent(pathname)));
      response.writeHead(200, { 'content-type': TYPES[path.extname(name)] ?? 'application/octet-stream' });
      response.end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

/**
 * In the side panel's frame: the moment the stepper (the current stage in the
 * stages list) is first laid out and about to be painted, and the moment
 * teams-js sends notifySuccess to the host, in ms since the frame's
 * navigation started. The send is timed in the frame: Teams runs in another
 * process, while the simulator's host shares the frame's main thread.
 */
/* global location, document, window, MutationObserver, requestAnimationFrame -- run in the page, by addInitScript */
function watchStepper() {
  if (!location.pathname.endsWith('/sidePanel.html')) return;
  const host = window.parent;
  const post = host.postMessage.bind(host);
  host.postMessage = (message, ...rest) => {
    if (message?.func === 'appInitialization.success') globalThis.__notifiedAt ??= performance.now();
    return post(message, ...rest);
  };
  const found = () => document.querySelector('nav li[aria-current="step"]');
  const observer = new MutationObserver(() => {
    if (!found()) return;
    observer.disconnect();
    requestAnimationFrame(() => {
      globalThis.__stepperAt = performance.now();
    });
  });
  observer.observe(document, { childList: true, subtree: true });
}

export async function timeColdLoad(repo, { app = path.join(repo, 'dist-simulator'), runs = 5 } = {}) {
  const hostFolder = buildHostPage(repo);
  const { startTinylicious } = require(path.join(repo, 'test/servers/tinylicious.cjs'));
  const tinylicious = await startTinylicious();
  const server = await serve(app, hostFolder);
  const origin = `http://127.0.0.1:${server.address().port}`;
  const browser = await chromium.launch({
    ...launch,
    executablePath: process.env.CHROMIUM_PATH ?? launch.executablePath,
    // teams-js asks Microsoft's CDN for its list of host domains: refused at once, never the network's latency.
    args: [...launch.args, '--host-resolver-rules=MAP res.cdn.office.net ~NOTFOUND'],
  });
  const stepper = [];
  const ready = [];
  const loads = [];
  try {
    for (let run = 0; run < runs; run++) {
      const context = await browser.newContext();
      try {
        await context.addInitScript(watchStepper);
        const page = await context.newPage();
        const cdp = await context.newCDPSession(page);
        await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_THROTTLING });
        const meeting = `cold-${Date.now()}-${run}`;
        await page.goto(`${origin}/bench-host.html?meeting=${meeting}&fluid=${encodeURIComponent(tinylicious.endpoint)}`);
        const frame = await (await page.waitForSelector('iframe')).contentFrame();
        if (!frame) throw new Error('The host page framed no side panel.');
        // The host's record says whether the panel started at all.
        await page.waitForFunction(
          () => globalThis.stagecoachColdLoad.readyAt !== null || globalThis.stagecoachColdLoad.failed !== null,
          null,
          { timeout: 60_000 },
        );
        const host = await page.evaluate(() => globalThis.stagecoachColdLoad);
        if (host.failed) throw new Error(`The side panel failed to start: ${host.failed}`);
        await frame.waitForFunction(() => typeof globalThis.__stepperAt === 'number' && typeof globalThis.__notifiedAt === 'number', null, {
          timeout: 60_000,
        });
        const panel = await frame.evaluate(() => ({
          stepperAt: globalThis.__stepperAt,
          notifiedAt: globalThis.__notifiedAt,
          scripts: performance
            .getEntriesByType('resource')
            .filter((e) => e.initiatorType === 'script' || e.name.endsWith('.js'))
            .map((e) => ({ file: e.name.split('/').pop(), start: e.startTime, bytes: e.decodedBodySize })),
        }));
        stepper.push(panel.stepperAt);
        ready.push(panel.notifiedAt);
        // Which requests started when: teams-js's chunk, and Fluid's (the largest script), once each.
        const teamsChunk = panel.scripts.find((r) => r.file.startsWith('teams.'));
        const largest = Math.max(...panel.scripts.map((r) => r.bytes));
        const fluid = panel.scripts.filter((r) => r.bytes === largest);
        loads.push({ teams: teamsChunk?.start ?? NaN, fluid: fluid[0]?.start ?? NaN, fluidRequests: fluid.length });
      } finally {
        await context.close();
      }
    }
  } finally {
    await browser.close();
    server.close();
    await tinylicious.dispose();
  }
  return { runs, stepper, ready, loads };
}

export function printColdLoad({ runs, stepper, ready, loads }) {
  const s = (ms) => `${(ms / 1000).toFixed(2)} s`;
  const all = (values) => values.map((v) => (v / 1000).toFixed(2)).join(', ');
  console.log(`\nSide panel cold load, Chromium, CPU throttled ${CPU_THROTTLING}×, median of ${runs} (fresh browser context each)`);
  console.log(`navigation → stepper visible: ${s(median(stepper))} (goal ≤ ${s(GOAL_MS)}; runs: ${all(stepper)} s)`);
  console.log(`navigation → notifySuccess:   ${s(median(ready))} (goal ≤ ${s(GOAL_MS)}; runs: ${all(ready)} s)`);
  const twice = loads.filter((l) => l.fluidRequests > 1).length;
  console.log(
    `Fluid chunk requested at ${s(median(loads.map((l) => l.fluid)))}, teams-js chunk at ${s(median(loads.map((l) => l.teams)))} (medians; requested more than once in ${twice} of ${runs} runs)`,
  );
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
  const app = path.resolve(repo, process.argv[2] ?? 'dist-simulator');
  printColdLoad(await timeColdLoad(repo, { app }));
  // Fluid's sockets may outlive the pages; the figures are printed.
  process.exit(0);
}
