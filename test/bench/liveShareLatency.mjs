// Coach → coachee propagation through Live Share on a local tinylicious
// (started here on a free port, stopped at the end): p50/p95 over 200 stage
// changes, one at a time. Prints figures; never fails on them.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);

export async function timeLiveShareLatency(repo, { changes = 200, warmup = 20 } = {}) {
  const webpack = path.join(repo, 'node_modules/.bin/webpack');
  const build = spawnSync(webpack, ['--config', 'test/bench/webpack.liveShare.js'], { cwd: repo, stdio: ['ignore', 'ignore', 'inherit'] });
  if (build.status !== 0) throw new Error('The Live Share bench did not build.');
  const { startTinylicious } = require(path.join(repo, 'test/servers/tinylicious.cjs'));
  const { measureLatency, measureLateJoin } = require(path.join(repo, '.tmp/bench-live/liveShareLatency.cjs'));
  const server = await startTinylicious();
  // Fluid logs its own telemetry errors to the console; the figures are what matter here.
  const error = console.error;
  console.error = () => undefined;
  try {
    const samples = await measureLatency(server.endpoint, changes, warmup);
    const lateJoins = [];
    for (let i = 0; i < 3; i++) lateJoins.push(await measureLateJoin(server.endpoint, 5_000));
    return { samples, lateJoins };
  } finally {
    console.error = error;
    await server.dispose();
  }
}

const percentile = (values, p) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
};

export function printLiveShareLatency({ samples, lateJoins }) {
  const ms = (v) => `${v.toFixed(1)} ms`;
  console.log(
    `Late join with 5,000 ops on local tinylicious (median of ${lateJoins.length}): ${ms(percentile(lateJoins, 50))} (goal ≤ 2000 ms)`,
  );
  console.log(`\nCoach → coachee propagation through Live Share on local tinylicious (${samples.length} stage changes)`);
  console.table({
    latency: { p50: ms(percentile(samples, 50)), p95: ms(percentile(samples, 95)), max: ms(Math.max(...samples)), goal: 'p95 ≤ 100 ms' },
  });
}
