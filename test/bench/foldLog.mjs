// Times the session log's fold in Node: replaying a 5,000-op log (what
// opening an archive or joining late costs) and merging one op that arrives
// out of order near its start and near its end (a client back from offline).
// Prints figures with their goals; never fails on them.
// Alone: node test/bench/foldLog.mjs [runs]
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { GENESIS, lateOp, sessionOps, stageChangeOps } from './foldLogOps.mjs';
import { median } from './median.mjs';

const require = createRequire(import.meta.url);
const OPS = 5000;
const GOALS = { replay: 100, outOfOrder: 20 };

/** Compiles the domain and the session log (TypeScript) to CommonJS with @swc/core, as test/servers/graphSandbox.cjs does. */
function loadSessionLog(repo) {
  const compiled = [path.join(repo, 'src/domain') + path.sep, path.join(repo, 'src/sync/sessionLog.ts')];
  const previous = require.extensions['.ts'];
  require.extensions['.ts'] = (module, filename) => {
    if (!compiled.some((p) => filename.startsWith(p))) return (previous ?? require.extensions['.js'])(module, filename);
    const { code } = require('@swc/core').transformSync(readFileSync(filename, 'utf8'), {
      filename,
      module: { type: 'commonjs' },
      jsc: { parser: { syntax: 'typescript' }, target: 'es2022' },
    });
    module._compile(code, filename);
  };
  return { ...require(path.join(repo, 'src/sync/sessionLog.ts')), ...require(path.join(repo, 'src/domain/index.ts')) };
}

function timed(run) {
  const start = performance.now();
  run();
  return performance.now() - start;
}

export function timeFold(repo, { runs = 7 } = {}) {
  const { importLog, orderedTimeline } = loadSessionLog(repo);
  const ops = sessionOps(OPS);
  const onlyStageChanges = stageChangeOps(OPS);
  const times = { replay: [], replayStageChanges: [], nearStart: [], nearEnd: [] };
  let replayed;
  for (let run = 0; run < runs; run++) {
    times.replay.push(timed(() => (replayed = importLog(GENESIS, ops).log)));
    times.replayStageChanges.push(timed(() => importLog(GENESIS, onlyStageChanges)));
    for (const [name, lamport] of [
      ['nearStart', 10],
      ['nearEnd', OPS - 10],
    ]) {
      const { log } = importLog(GENESIS, ops);
      times[name].push(timed(() => log.merge([lateOp(lamport)])));
    }
  }
  return { runs, stageChanges: orderedTimeline(replayed.state).length - 1, times };
}

export function printFold({ runs, stageChanges, times }) {
  console.log(
    `\nSession log fold in Node, ${OPS.toLocaleString('en')} ops (${stageChanges.toLocaleString('en')} stage changes), median of ${runs}`,
  );
  const line = (label, values, goal) => {
    const ms = median(values);
    console.log(`${label}: ${ms.toFixed(1)} ms — goal ≤ ${goal} ms: ${ms <= goal ? 'met' : 'MISSED'}`);
  };
  line(`Replay of ${OPS.toLocaleString('en')} ops`, times.replay, GOALS.replay);
  line(`Replay of ${OPS.toLocaleString('en')} ops, all stage changes (the timeline's limit)`, times.replayStageChanges, GOALS.replay);
  line('One out-of-order op near the start', times.nearStart, GOALS.outOfOrder);
  line('One out-of-order op near the end', times.nearEnd, GOALS.outOfOrder);
}

/** What npm run bench calls. */
export function benchFold(repo, options) {
  printFold(timeFold(repo, options));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  benchFold(path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..'), { runs: Number(process.argv[2] ?? 7) });
}
