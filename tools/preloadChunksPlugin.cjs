// @ts-check
const HtmlWebpackPlugin = require('html-webpack-plugin');

/**
 * Names a page's lazy chunks in its HTML (`<link rel="preload" as="script">`),
 * so the browser fetches them while it reads the page, beside the first-paint
 * scripts, instead of when the page's code asks for them (one round trip to
 * the app's host later, and behind six connections' queue on HTTP/1.1).
 * Fetching is not running: each chunk still runs only when import() asks,
 * so first paint runs no more code than before. Low priority, as the page's
 * own deferred scripts have: a preload is otherwise fetched before them.
 */
class PreloadChunksPlugin {
  /**
   * @param {string} htmlFile the page (HtmlWebpackPlugin's filename)
   * @param {string} entry the page's entry, whose first-paint files are not repeated
   * @param {string[]} chunkNames the import()s' webpackChunkNames, in the order the page needs them
   * @param {string[]} [drawnWith] those among them without which the page draws nothing (its view):
   *   their files are marked `data-first-paint`, so the bench counts them in the page's first-paint JavaScript
   */
  constructor(htmlFile, entry, chunkNames, drawnWith = []) {
    this.htmlFile = htmlFile;
    this.entry = entry;
    this.chunkNames = chunkNames;
    this.drawnWith = drawnWith;
  }

  /** @param {import('webpack').Compiler} compiler */
  apply(compiler) {
    compiler.hooks.thisCompilation.tap('PreloadChunksPlugin', (compilation) => {
      HtmlWebpackPlugin.getHooks(compilation).alterAssetTagGroups.tap('PreloadChunksPlugin', (data) => {
        if (data.outputName !== this.htmlFile) return data;
        const entrypoint = compilation.entrypoints.get(this.entry);
        if (!entrypoint) throw new Error(`PreloadChunksPlugin: no entry "${this.entry}".`);
        const seen = new Set(entrypoint.getFiles());
        const base = data.publicPath === 'auto' ? '' : data.publicPath;
        const group = (/** @type {string} */ name) => {
          const found = compilation.namedChunkGroups.get(name);
          if (!found) throw new Error(`PreloadChunksPlugin: no chunk named "${name}" for ${this.htmlFile}.`);
          return found;
        };
        const firstPaint = new Set(this.drawnWith.flatMap((name) => group(name).getFiles()));
        for (const name of this.chunkNames) {
          // The chunks the group needs besides its own (shared libraries) come first: import() waits for them all.
          for (const file of group(name).getFiles()) {
            if (!file.endsWith('.js') || seen.has(file)) continue;
            seen.add(file);
            const attributes = {
              rel: 'preload',
              as: 'script',
              href: base + file,
              fetchpriority: 'low',
              'data-first-paint': firstPaint.has(file),
            };
            data.headTags.push(HtmlWebpackPlugin.createHtmlTagObject('link', attributes, undefined, { plugin: 'PreloadChunksPlugin' }));
          }
        }
        return data;
      });
    });
  }
}

module.exports = { PreloadChunksPlugin };
