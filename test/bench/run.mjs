// npm run bench: bundle sizes against the first-paint budget, then the time of
// a side-panel stage change in Chromium, Live Share latency, the closure's
// Graph round trips at 200 ms latency, and My coaching over 50 stored sessions
// at the same latency. Prints figures; never fails on them.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { measureBundles, printBundles } from './bundleSizes.mjs';
import { buildBenchPage, printStageChanges, timeStageChanges } from './stageChange.mjs';
import { printLiveShareLatency, timeLiveShareLatency } from './liveShareLatency.mjs';
import { printClosure, timeClosure } from './closureLatency.mjs';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const dist = path.join(repo, 'dist');
// The product's pages with the simulator's policy (loopback allowed), for the benches that run them on this machine.
const simulatorDist = path.join(repo, 'dist-simulator');

/** Newest modification time under the given paths, ms. */
function newest(paths) {
  return Math.max(
    ...paths.map((p) => {
      const stat = statSync(p);
      if (!stat.isDirectory()) return stat.mtimeMs;
      return newest(readdirSync(p).map((name) => path.join(p, name)));
    }),
  );
}

// Reuse a build when it is newer than everything that goes into it.
const inputs = ['src', 'webpack.config.js', 'deploy', 'package-lock.json'].map((p) => path.join(repo, p));
for (const [folder, page, env] of [
  [dist, 'sidePanel.html', []],
  [simulatorDist, 'index.html', ['--env', 'simulator']],
]) {
  const built = path.join(folder, page);
  if (existsSync(built) && statSync(built).mtimeMs >= newest(inputs)) continue;
  console.log(`Building ${path.basename(folder)}…`);
  const build = spawnSync(path.join(repo, 'node_modules/.bin/webpack'), ['--mode', 'production', ...env], {
    cwd: repo,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  if (build.status !== 0) process.exit(build.status ?? 1);
}
printBundles(measureBundles(dist));
await import('./coldLoad.mjs').then(async (cold) => cold.printColdLoad(await cold.timeColdLoad(repo, { app: simulatorDist })));

console.log('\nBuilding the stage-change bench page…');
printStageChanges(await timeStageChanges(buildBenchPage(repo)));

console.log('\nBuilding the Live Share latency bench…');
printLiveShareLatency(await timeLiveShareLatency(repo));

console.log('');
printClosure(await timeClosure(repo));
await import('./myCoachingHistory.mjs').then(async (history) =>
  history.printMyCoachingHistory(await history.timeMyCoachingHistory(repo, { app: simulatorDist })),
);
(await import('./foldLog.mjs')).benchFold(repo);
// Fluid's sockets and timers may outlive the stores; the figures are printed.
process.exit(0);
