// @ts-check
// Builds the stage-change benchmark page into .tmp/bench: production React
// (what users run), but its profiling build, whose <Profiler> still reports.
const path = require('node:path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const { swcRule, catalogueRule } = require('../../webpack.config.js');

const repo = path.resolve(__dirname, '../..');

/** @type {import('webpack').Configuration} */
module.exports = {
  mode: 'production',
  context: repo,
  entry: { bench: './test/bench/stageChangePage.tsx' },
  output: { path: path.join(repo, '.tmp/bench'), filename: '[name].js', clean: true },
  resolve: {
    extensions: ['.tsx', '.ts', '.js'],
    alias: { 'react-dom$': 'react-dom/profiling' },
  },
  module: { rules: [swcRule(true), catalogueRule] },
  plugins: [
    new HtmlWebpackPlugin({
      filename: 'bench.html',
      templateContent:
        '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Stagecoach bench</title></head><body style="margin:0"><div id="root" style="width:320px"></div></body></html>',
    }),
  ],
  performance: { hints: false },
};
