// @ts-check
// Builds the Live Share latency bench for Node into .tmp/bench-live: our
// TypeScript compiled, every package left to node_modules.
const path = require('node:path');
const { swcRule } = require('../../webpack.config.js');

const repo = path.resolve(__dirname, '../..');

/** @type {import('webpack').Configuration} */
module.exports = {
  mode: 'production',
  target: 'node',
  context: repo,
  entry: { liveShareLatency: './test/bench/liveShareLatencyRun.ts' },
  output: { path: path.join(repo, '.tmp/bench-live'), filename: '[name].cjs', library: { type: 'commonjs2' }, clean: true },
  resolve: { extensions: ['.ts', '.js'] },
  externals: [({ request }, callback) => (request && !request.startsWith('.') ? callback(undefined, `commonjs ${request}`) : callback())],
  module: { rules: [swcRule(true)] },
  optimization: { minimize: false },
  performance: { hints: false },
};
