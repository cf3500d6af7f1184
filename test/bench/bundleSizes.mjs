// Gzip sizes of the production bundles: every emitted chunk, and per page
// the JavaScript it loads before first paint: its scripts, and the chunks it
// asks for itself but cannot draw without (`<page>.first-paint.json`, from
// tools/preloadChunksPlugin.cjs: My coaching's view, fetched once Graph's code is in).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

const KB = 1024;
/** First-paint JavaScript budgets, gzip bytes, per page. */
export const BUDGETS = { 'sidePanel.html': 120 * KB, 'personal.html': 120 * KB, 'taskpane.html': 120 * KB };

const gzipSize = (file) => gzipSync(readFileSync(file), { level: 9 }).length;
const kb = (bytes) => `${(bytes / KB).toFixed(1)} KB`;

/** @returns {{ chunks: {file: string, raw: number, gzip: number}[], pages: {page: string, scripts: string[], gzip: number, budget?: number}[] }} */
export function measureBundles(dist) {
  const chunks = readdirSync(dist)
    .filter((f) => f.endsWith('.js'))
    .map((file) => ({ file, raw: readFileSync(path.join(dist, file)).length, gzip: gzipSize(path.join(dist, file)) }))
    .sort((a, b) => b.gzip - a.gzip);
  const byFile = new Map(chunks.map((c) => [c.file, c]));
  const pages = readdirSync(dist)
    .filter((f) => f.endsWith('.html'))
    .map((page) => {
      const html = readFileSync(path.join(dist, page), 'utf8');
      // The HTML is minified, so attribute quotes may be gone.
      const scripts = [...html.matchAll(/<script\b[^>]*?\bsrc=["']?([^"' >]+)/g)].map((m) => path.basename(m[1]));
      const drawnWith = path.join(dist, page.replace(/\.html$/, '.first-paint.json'));
      if (existsSync(drawnWith)) scripts.push(...JSON.parse(readFileSync(drawnWith, 'utf8')).files);
      const gzip = scripts.reduce((sum, s) => sum + (byFile.get(s)?.gzip ?? 0), 0);
      return { page, scripts, gzip, budget: BUDGETS[page] };
    });
  return { chunks, pages };
}

export function printBundles({ chunks, pages }) {
  console.log('\nJavaScript chunks (gzip level 9)');
  console.table(Object.fromEntries(chunks.map((c) => [c.file, { raw: kb(c.raw), gzip: kb(c.gzip) }])));
  console.log('First-paint JavaScript per page (the scripts its HTML loads)');
  console.table(
    Object.fromEntries(
      pages.map((p) => [
        p.page,
        {
          scripts: p.scripts.length,
          gzip: kb(p.gzip),
          budget: p.budget ? kb(p.budget) : '—',
          verdict: p.budget ? (p.gzip <= p.budget ? 'within budget' : `OVER by ${kb(p.gzip - p.budget)}`) : '—',
        },
      ]),
    ),
  );
}
