import { readdirSync } from 'node:fs';
import path from 'node:path';

// eslint.layers.js is plain CommonJS so eslint.config.js can read it without a build step.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { LAYERS } = require('../../eslint.layers') as { LAYERS: Record<string, { imports: string[] }> };

const root = path.resolve(__dirname, '../..');

describe('layer table', () => {
  it('has a row for every folder under src/', () => {
    const folders = readdirSync(path.join(root, 'src'), { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name);
    const missing = folders.filter((name) => !(name in LAYERS));
    expect(missing).toEqual([]);
  });

  it('allows only imports of folders that are themselves in the table', () => {
    for (const [name, layer] of Object.entries(LAYERS)) {
      for (const below of layer.imports) expect([name, below, below in LAYERS]).toEqual([name, below, true]);
    }
  });

  it('has src/outlook as an adapter: the base, domain and ports below it, only entries and the simulator above it', () => {
    expect(LAYERS.outlook?.imports).toEqual(['base', 'domain', 'ports']);
    const importers = Object.entries(LAYERS)
      .filter(([name, layer]) => name !== 'outlook' && layer.imports.includes('outlook'))
      .map(([name]) => name)
      .sort();
    expect(importers).toEqual(['entries', 'simulator']);
  });

  it('gives Office.js (import or global) to src/outlook alone, and the global also to the fake Office host', () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { LIBRARIES, GLOBALS } = require('../../eslint.layers') as {
      LIBRARIES: Record<string, { pattern: string; owners: string[] }>;
      GLOBALS: Record<string, { owners: string[] }>;
    };
    const office = LIBRARIES['Office.js'];
    expect(office?.owners).toEqual(['outlook']);
    for (const specifier of ['office-js', '@types/office-js']) expect(new RegExp(office?.pattern ?? '$^').test(specifier)).toBe(true);
    expect(GLOBALS.Office?.owners).toEqual(['src/outlook/**', 'src/simulator/office/**']);
  });
});

