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
});
