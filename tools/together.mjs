// Runs npm scripts side by side and fails if any fails: `node tools/together.mjs lint typecheck`.
// For steps that each keep one core busy (eslint, tsc, a webpack build): on
// CI's two cores they finish in about the time of the longest. Each script's
// output is held and printed whole when it ends, so the logs never interleave.
import { spawn } from 'node:child_process';

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

/** @returns {Promise<number>} the script's exit code */
function run(script) {
  return new Promise((resolve) => {
    const child = spawn(npm, ['run', script], { shell: process.platform === 'win32', env: process.env });
    const output = [];
    child.stdout.on('data', (chunk) => output.push(chunk));
    child.stderr.on('data', (chunk) => output.push(chunk));
    child.on('error', (error) => output.push(Buffer.from(`${error.message}\n`)));
    child.on('close', (code) => {
      process.stdout.write(`> ${script}${code === 0 ? '' : ` (failed, exit ${code})`}\n`);
      process.stdout.write(Buffer.concat(output));
      resolve(code ?? 1);
    });
  });
}

const scripts = process.argv.slice(2);
const codes = await Promise.all(scripts.map(run));
process.exitCode = codes.find((code) => code !== 0) ?? 0;
