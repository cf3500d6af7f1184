// Times stage changes of the side panel in real Chromium: builds the bench
// page (webpack.bench.js), opens it through Playwright and reads the times.
import { spawnSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { chromium } from '@playwright/test';
import launch from '../e2e/chromium.json' with { type: 'json' };

const ORIGIN = 'http://bench.localhost';

export function buildBenchPage(repo) {
  const webpack = path.join(repo, 'node_modules/.bin/webpack');
  const build = spawnSync(webpack, ['--config', 'test/bench/webpack.bench.js'], { cwd: repo, stdio: ['ignore', 'ignore', 'inherit'] });
  if (build.status !== 0) throw new Error('The bench page did not build.');
  return path.join(repo, '.tmp/bench');
}

export async function timeStageChanges(folder, { changes = 60, warmup = 10 } = {}) {
  const browser = await chromium.launch({ ...launch, executablePath: process.env.CHROMIUM_PATH ?? launch.executablePath });
  try {
    const page = await browser.newPage();
    // Files are handed over by the route, so no server or port is needed.
    await page.route(`${ORIGIN}/**`, async (route) => {
      const name = path.basename(new URL(route.request().url()).pathname);
      const type = name.endsWith('.html') ? 'text/html' : 'text/javascript';
      await route.fulfill({ body: await readFile(path.join(folder, name)), contentType: type });
    });
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${ORIGIN}/bench.html`);
    await page
      .waitForFunction(() => 'stagecoachBench' in globalThis, null, { timeout: 30_000 })
      .catch(() => {
        throw new Error(`The bench page did not start. ${errors.join(' ')}`);
      });
    return await page.evaluate(([n, w]) => globalThis.stagecoachBench.run(n, w), [changes, warmup]);
  } finally {
    await browser.close();
  }
}

const percentile = (values, p) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
};

export function printStageChanges(times, budgetMs = 16) {
  const row = (values) => ({
    median: `${percentile(values, 50).toFixed(1)} ms`,
    p95: `${percentile(values, 95).toFixed(1)} ms`,
    budget: `${budgetMs} ms`,
  });
  console.log(`\nSide panel stage change, 1,000 timeline entries and 300 items (${times.commit.length} changes)`);
  console.table({
    'dispatch → commit': row(times.commit),
    '  of which store.dispatch': row(times.dispatch),
    'React render (Profiler)': row(times.render),
  });
}
