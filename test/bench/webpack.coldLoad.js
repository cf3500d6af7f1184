// @ts-check
// Builds the cold-load bench's host page into .tmp/bench-cold: the simulator's
// Teams host framing one side panel (the app's pages come from dist/).
const path = require('node:path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const { swcRule } = require('../../webpack.config.js');

const repo = path.resolve(__dirname, '../..');

/** @type {import('webpack').Configuration} */
module.exports = {
  mode: 'production',
  context: repo,
  entry: { 'bench-host': './test/bench/coldLoadHost.ts' },
  output: { path: path.join(repo, '.tmp/bench-cold'), filename: '[name].js', clean: true },
  resolve: { extensions: ['.tsx', '.ts', '.js'] },
  module: { rules: [swcRule(true)] },
  plugins: [
    new HtmlWebpackPlugin({
      filename: 'bench-host.html',
      templateContent:
        '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Stagecoach cold-load bench</title></head><body style="margin:0"></body></html>',
    }),
  ],
  performance: { hints: false },
};
