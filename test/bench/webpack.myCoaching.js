// @ts-check
// Builds the My coaching bench's host page into .tmp/bench-my-coaching: the
// simulator's Teams host framing the personal tab (the app's pages come from
// dist-simulator/), and the app's history reads on their own.
const path = require('node:path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const { swcRule } = require('../../webpack.config.js');

const repo = path.resolve(__dirname, '../..');

/** @type {import('webpack').Configuration} */
module.exports = {
  mode: 'production',
  context: repo,
  entry: { 'bench-my-coaching': './test/bench/myCoachingHost.ts' },
  output: { path: path.join(repo, '.tmp/bench-my-coaching'), filename: '[name].js', clean: true },
  resolve: { extensions: ['.tsx', '.ts', '.js'] },
  module: { rules: [swcRule(true)] },
  plugins: [
    new HtmlWebpackPlugin({
      filename: 'bench-my-coaching.html',
      templateContent:
        '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Stagecoach My coaching bench</title></head><body style="margin:0"></body></html>',
    }),
  ],
  performance: { hints: false },
};
