// My coaching with 50 past sessions (and the history index their saves wrote,
// facts and all) against the Graph sandbox with 200 ms added to every answer
// (a far-away Microsoft 365): the real personal page (dist-simulator/) in
// Chromium, framed as the coach by the simulator's Teams host as Teams frames
// a tab (from another site, over HTTPS, once the host has loaded), insights
// opened the moment they can be. From the page's navigation to its first
// content (the user's sessions on screen) and to the insights drawn
// (`[data-insights="drawn"]`), on a new device (a new browser profile:
// nothing cached) and on one that has seen the sessions before (the device
// cache). Then, in the same Chromium, the reads alone: as today's code read
// them (one file after another, item then bytes) and as now.
// Prints medians; never fails on them.
// Alone: node test/bench/myCoachingHistory.mjs (after npm run build:simulator)
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:https';
import { tmpdir } from 'node:os';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import launch from '../e2e/chromium.json' with { type: 'json' };
import { plantSessions } from './historySessions.mjs';
import { median } from './median.mjs';

const require = createRequire(import.meta.url);
const LATENCY_MS = 200;
const SESSIONS = 50;
const GOALS = { firstContent: 1000, insightsDrawn: 2000 };
const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.json': 'application/json' };
/**
 * Teams' web client's origin (in teams-js's own list of hosts, so the tab
 * trusts the bench's host as it trusts Teams) and the app's, another site:
 * Chromium gives the tab a renderer of its own, as in Teams. Both are this
 * machine's server (--host-resolver-rules), with a certificate made for the run.
 */
const TEAMS_ORIGIN = 'https://teams.microsoft.com';
const APP_ORIGIN = 'https://stagecoach.bench.example';
const COACH = { userId: 'sim-alex', displayName: 'Alex' };
const COACHEES = [
  { userId: 'sim-sam', displayName: 'Sam' },
  { userId: 'sim-jordan', displayName: 'Jordan' },
];

function buildHostPage(repo) {
  const webpack = path.join(repo, 'node_modules/.bin/webpack');
  const build = spawnSync(webpack, ['--config', 'test/bench/webpack.myCoaching.js'], { cwd: repo, stdio: ['ignore', 'ignore', 'inherit'] });
  if (build.status !== 0) throw new Error('The My coaching bench page did not build.');
  return path.join(repo, '.tmp/bench-my-coaching');
}

/** A self-signed certificate for both origins, made with openssl for this run (Chromium is told to accept it). */
function makeCertificate() {
  const folder = mkdtempSync(path.join(tmpdir(), 'stagecoach-bench-tls-'));
  const [key, cert] = [path.join(folder, 'key.pem'), path.join(folder, 'cert.pem')];
  const names = [TEAMS_ORIGIN, APP_ORIGIN].map((origin) => `DNS:${new URL(origin).hostname}`).join(',');
  const args = 'req -x509 -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -days 1 -subj /CN=bench'.split(' ');
  const made = spawnSync('openssl', [...args, '-addext', `subjectAltName=${names}`, '-keyout', key, '-out', cert], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  try {
    if (made.status !== 0) throw new Error(`The bench needs openssl for its HTTPS certificate: ${made.error?.message ?? made.stderr}`);
    return { key: readFileSync(key), cert: readFileSync(cert) };
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

/**
 * A new device: an empty browser profile that lets a cross-site frame keep
 * its storage, as Teams' desktop client and a browser's usual window do (this
 * Chromium blocks third-party storage by default; so do private windows, where
 * the tab goes without its device cache).
 */
function newDeviceProfile() {
  const profile = mkdtempSync(path.join(tmpdir(), 'stagecoach-bench-profile-'));
  mkdirSync(path.join(profile, 'Default'));
  writeFileSync(path.join(profile, 'Default/Preferences'), JSON.stringify({ profile: { cookie_controls_mode: 0 } }));
  return profile;
}

/** The app's pages from `app`, the host page from `hostFolder`, and where the sandbox is, over HTTPS. */
function serve(app, hostFolder, graphSandboxConfig, sandboxBaseUrl) {
  const server = createServer(makeCertificate(), async (request, response) => {
    const { pathname } = new URL(request.url ?? '/', 'http://localhost');
    if (pathname === graphSandboxConfig) {
      response.writeHead(200, { 'content-type': TYPES['.json'], 'cache-control': 'no-store' });
      return void response.end(JSON.stringify({ baseUrl: sandboxBaseUrl }));
    }
    const name = path.basename(pathname);
    const folder = name.startsWith('bench-my-coaching.') ? hostFolder : app;
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
 * In the personal tab's frame: the moment the user's sessions are on screen
 * (the insights' "Show" button comes with them) and about to be painted, in
 * ms since the frame's navigation; it is pressed at once; then the moment the
 * insights say they are drawn.
 */
/* global location, document, MutationObserver, requestAnimationFrame -- run in the page, by addInitScript */
function watchMyCoaching(showInsights) {
  if (!location.pathname.endsWith('/personal.html')) return;
  const showButton = () => [...document.querySelectorAll('button[aria-controls]')].find((b) => b.textContent.trim() === showInsights);
  const observer = new MutationObserver(() => {
    if (globalThis.__contentSeen === undefined) {
      const button = showButton();
      if (!button) return;
      globalThis.__contentSeen = true;
      requestAnimationFrame(() => {
        globalThis.__firstContentAt = performance.now();
      });
      button.click();
    }
    if (document.querySelector('[data-insights="drawn"]')) {
      observer.disconnect();
      requestAnimationFrame(() => {
        globalThis.__insightsDrawnAt = performance.now();
      });
    }
  });
  observer.observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: ['data-insights'] });
}

/** Opens My coaching in `context` and times it; closes it once every file is read (`readingOlder` gone). */
async function openMyCoaching(context, readingOlder) {
  const page = await context.newPage();
  try {
    // Teams is open first; then the user opens the tab.
    await page.goto(`${TEAMS_ORIGIN}/bench-my-coaching.html`);
    await page.evaluate((app) => globalThis.stagecoachMyCoaching.openTab(app), APP_ORIGIN);
    const frame = await (await page.waitForSelector('iframe')).contentFrame();
    if (!frame) throw new Error('The host page framed no personal tab.');
    await frame
      .waitForFunction(() => typeof globalThis.__insightsDrawnAt === 'number', null, { timeout: 120_000 })
      .catch(async (error) => {
        const failed = await page.evaluate(() => globalThis.stagecoachMyCoaching.failed);
        throw new Error(failed ? `My coaching failed to start: ${failed}` : `My coaching never drew its insights: ${error.message}`);
      });
    const times = await frame.evaluate(() => ({
      firstContent: globalThis.__firstContentAt,
      insightsDrawn: globalThis.__insightsDrawnAt,
      // The page's own start-up (its code, its host, sign-in): what this machine's CPU decides, not the sandbox's latency.
      firstGraphRequest: Math.min(
        ...performance
          .getEntriesByType('resource')
          .filter((e) => new URL(e.name).pathname.startsWith('/v1.0/'))
          .map((e) => e.startTime),
      ),
    }));
    // The older files are still being read after the insights are drawn: the device keeps them only if the page lets them finish.
    await frame.waitForFunction((still) => !document.body.textContent.includes(still), readingOlder, { timeout: 120_000 });
    if (process.env.BENCH_TRACE) {
      // What the page fetched and when (ms since its navigation): where the time goes.
      const fetched = await frame.evaluate(() =>
        performance
          .getEntriesByType('resource')
          .map((e) => [Math.round(e.startTime), Math.round(e.responseEnd), e.name.replace(/^https?:\/\/[^/]+/, '')]),
      );
      console.log(JSON.stringify(times), fetched.map(([a, b, n]) => `${a}–${b} ${n.slice(0, 90)}`).join('\n'));
    }
    return times;
  } finally {
    await page.close();
  }
}

/**
 * `pageRuns` openings of the page (each a new device, then the same device
 * again): on a 2-core machine one opening varies by a tenth of a second, so
 * the median needs more of them than the reads alone (`runs`), which vary little.
 */
export async function timeMyCoachingHistory(repo, { app = path.join(repo, 'dist-simulator'), runs = 3, pageRuns = 7 } = {}) {
  const hostFolder = buildHostPage(repo);
  const sandboxes = require(path.join(repo, 'test/servers/graphSandbox.cjs'));
  const sandbox = await sandboxes.startGraphSandbox({ latencyMs: LATENCY_MS });
  plantSessions(repo, sandbox, { count: SESSIONS, coach: COACH, coachees: COACHEES });
  const english = JSON.parse(await readFile(path.join(repo, 'src/words/catalogues/en/insights.json'), 'utf8'));
  const { 'afterMeeting.sessions.readingOlder': readingOlder } = JSON.parse(
    await readFile(path.join(repo, 'src/words/catalogues/en/afterMeeting.json'), 'utf8'),
  );
  const server = await serve(app, hostFolder, sandboxes.GRAPH_SANDBOX_CONFIG, sandbox.baseUrl);
  const local = `127.0.0.1:${server.address().port}`;
  const sites = [TEAMS_ORIGIN, APP_ORIGIN].map((origin) => `MAP ${new URL(origin).hostname} ${local}`);
  const launchOptions = {
    ...launch,
    executablePath: process.env.CHROMIUM_PATH ?? launch.executablePath,
    // teams-js asks Microsoft's CDN for its list of host domains: refused at once, never the network's latency.
    args: [...launch.args, `--host-resolver-rules=${['MAP res.cdn.office.net ~NOTFOUND', ...sites].join(', ')}`],
  };
  // Every context accepts the run's own certificate.
  const contextOptions = { ignoreHTTPSErrors: true };
  const browser = await chromium.launch(launchOptions);
  const page = { fresh: [], seen: [] };
  const reads = { serial: [], parallel: [], cached: [] };
  let downloads = { fresh: 0, seen: 0 };
  const downloadsSince = (from) => sandbox.requests.slice(from).filter((r) => r.path.startsWith('/download/')).length;
  try {
    for (let run = 0; run < Math.max(runs, pageRuns); run++) {
      // A new device: nothing cached, nothing in the HTTP cache; then the same device again.
      const profile = newDeviceProfile();
      const context = await chromium.launchPersistentContext(profile, { ...launchOptions, ...contextOptions });
      try {
        await context.addInitScript(watchMyCoaching, english['insights.show']);
        let from = sandbox.requests.length;
        page.fresh.push(await openMyCoaching(context, readingOlder));
        downloads.fresh = downloadsSince(from);
        from = sandbox.requests.length;
        page.seen.push(await openMyCoaching(context, readingOlder));
        downloads.seen = downloadsSince(from);
      } finally {
        await context.close();
        rmSync(profile, { recursive: true, force: true });
      }
      for (const mode of run < runs ? Object.keys(reads) : []) {
        const alone = await browser.newContext(contextOptions);
        try {
          const host = await alone.newPage();
          await host.goto(`${APP_ORIGIN}/bench-my-coaching.html`);
          const result = await host.evaluate(([m, base]) => globalThis.stagecoachMyCoaching.reads(m, base), [mode, sandbox.baseUrl]);
          if (result.sessions !== SESSIONS) throw new Error(`${mode} read ${result.sessions} sessions, not ${SESSIONS}.`);
          reads[mode].push(result.ms);
        } finally {
          await alone.close();
        }
      }
    }
  } finally {
    await browser.close();
    server.close();
    await sandbox.close();
  }
  return { runs, pageRuns, page, reads, downloads };
}

export function printMyCoachingHistory({ runs, pageRuns, page, reads, downloads }) {
  const s = (ms) => `${(ms / 1000).toFixed(2)} s`;
  const verdict = (ms, goal) => `goal ≤ ${s(goal)}: ${ms <= goal ? 'met' : 'MISSED'}`;
  console.log(
    `\nMy coaching with ${SESSIONS} past sessions, insights opened at once, Graph sandbox +${LATENCY_MS} ms per answer, median of ${pageRuns} openings`,
  );
  for (const [name, label] of [
    ['seen', 'device seen before (cached)'],
    ['fresh', 'new device (nothing cached)'],
  ]) {
    const firsts = page[name].map((r) => r.firstContent);
    const first = median(firsts);
    const drawn = median(page[name].map((r) => r.insightsDrawn));
    const startUp = median(page[name].map((r) => r.firstGraphRequest));
    console.log(`${label}, ${downloads[name]} file downloads:`);
    console.log(
      `  navigation → first content:  ${s(first)} (${verdict(first, GOALS.firstContent)}; fastest ${s(Math.min(...firsts))}, slowest ${s(Math.max(...firsts))})`,
    );
    console.log(
      `    of which start-up, navigation → first Graph request: ${s(startUp)} (the tab's own connection and code on this machine, no latency added)`,
    );
    console.log(`  navigation → insights drawn: ${s(drawn)} (${verdict(drawn, GOALS.insightsDrawn)})`);
  }
  console.log(`The ${SESSIONS} sessions' reads alone, in the same Chromium (first content cannot come before them), median of ${runs}:`);
  console.log(`  today's serial reads (item, then bytes, one file after another): ${s(median(reads.serial))}`);
  console.log(`  parallel, 6 at a time from the listing's download URLs:          ${s(median(reads.parallel))}`);
  console.log(`  from the device cache (listing only):                           ${s(median(reads.cached))}`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
  printMyCoachingHistory(await timeMyCoachingHistory(repo));
}
