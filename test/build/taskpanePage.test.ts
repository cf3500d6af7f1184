import { existsSync } from 'node:fs';
import path from 'node:path';

// The Outlook task pane's pages, read from the webpack configuration (no build):
// taskpane.html loads Office.js from Microsoft's CDN and then our bundle, and
// nothing of the simulator; the simulator's copy loads the fake Office.js first.
const root = path.resolve(__dirname, '../..');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const webpackConfig = require('../../webpack.config.js') as ((env: unknown, argv: { mode: string }) => {
  entry: Record<string, string>;
  plugins: { constructor: { name: string }; userOptions?: { filename?: string; chunks?: string[]; chunksSortMode?: string; templateContent?: string } }[];
}) & { OFFICE_JS: string; EXTENSION_ICONS: string[] };

const config = webpackConfig({}, { mode: 'production' });
// The simulator's copy is only in the simulator's build (--env simulator).
const simulatorConfig = webpackConfig({ simulator: true }, { mode: 'production' });
const page = (file: string, from = config) => from.plugins.find((p) => p.userOptions?.filename === file)?.userOptions;

describe('the Outlook task pane pages', () => {
  it('loads Office.js from Microsoft’s CDN, before the bundle, in taskpane.html', () => {
    expect(webpackConfig.OFFICE_JS).toBe('https://appsforoffice.microsoft.com/lib/1/hosted/office.js');
    const taskpane = page('taskpane.html');
    expect(taskpane?.chunks).toEqual(['taskpane']);
    const scripts = [...(taskpane?.templateContent ?? '').matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)].map((m) => m[1]);
    // HtmlWebpackPlugin adds the bundle's (deferred) scripts after the template's own.
    expect(scripts).toEqual([webpackConfig.OFFICE_JS]);
    expect(config.entry.taskpane).toBe('./src/entries/taskpane.tsx');
  });

  it('never bundles Office.js', () => {
    expect(Object.values(config.entry).some((source) => /office-js|office\.js/i.test(source))).toBe(false);
  });

  it('gives the simulator a copy that runs the fake Office.js, then the same bundle', () => {
    const sim = page('office-sim-taskpane.html', simulatorConfig);
    expect(sim?.chunks).toEqual(['officeSim', 'taskpane']);
    expect(sim?.chunksSortMode).toBe('manual');
    expect(sim?.templateContent).not.toContain('appsforoffice.microsoft.com');
    expect(simulatorConfig.entry.officeSim).toBe('./src/simulator/office/officeSim.ts');
    // Never in the product's build.
    expect(page('office-sim-taskpane.html')).toBeUndefined();
    expect(config.entry.officeSim).toBeUndefined();
  });

  it('serves the add-in command’s icons from dist/icons, copied from what manifest/icons.mjs draws', () => {
    expect(webpackConfig.EXTENSION_ICONS).toEqual(['icon-16.png', 'icon-32.png', 'icon-80.png']);
    for (const icon of webpackConfig.EXTENSION_ICONS) expect(existsSync(path.join(root, 'manifest', icon))).toBe(true);
    const copied = (config.plugins.find((p) => p.constructor.name === 'CopyFilesPlugin') as { files?: { from: string; to: string }[] } | undefined)?.files;
    for (const icon of webpackConfig.EXTENSION_ICONS) expect(copied).toContainEqual({ from: `manifest/${icon}`, to: `icons/${icon}` });
  });
});
