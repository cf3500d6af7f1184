// @ts-check
const HtmlWebpackPlugin = require('html-webpack-plugin');
const { Compilation, sources } = require('webpack');

/**
 * Names a page's lazy chunks in its HTML (`<link rel="preload" as="script">`),
 * so the browser fetches them while it reads the page, beside the first-paint
 * scripts, instead of when the page's code asks for them (one round trip to
 * the app's host later, and behind six connections' queue on HTTP/1.1).
 * Fetching is not running: each chunk still runs only when import() asks,
 * so first paint runs no more code than before. Low priority, as the page's
 * own deferred scripts have: a preload is otherwise fetched before them.
 *
 * The chunks a page cannot draw without but asks for itself, later (My
 * coaching's view, fetched once Graph's code is in), are listed in
 * `<page>.first-paint.json` beside the HTML: the bench counts them in the
 * page's first-paint JavaScript.
 */
class PreloadChunksPlugin {
  /**
   * @param {string} htmlFile the page (HtmlWebpackPlugin's filename)
   * @param {string} entry the page's entry, whose first-paint files are not repeated
   * @param {string[]} chunkNames the import()s' webpackChunkNames to preload, in the order the page needs them
   * @param {string[]} [drawnWith] the chunks without which the page draws nothing (its view), preloaded or not
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
      const group = (/** @type {string} */ name) => {
        const found = compilation.namedChunkGroups.get(name);
        if (!found) throw new Error(`PreloadChunksPlugin: no chunk named "${name}" for ${this.htmlFile}.`);
        return found;
      };
      /** The page's own first-paint files (its entry's), which no list repeats. */
      const entryFiles = () => {
        const entrypoint = compilation.entrypoints.get(this.entry);
        if (!entrypoint) throw new Error(`PreloadChunksPlugin: no entry "${this.entry}".`);
        return new Set(entrypoint.getFiles());
      };

      HtmlWebpackPlugin.getHooks(compilation).alterAssetTagGroups.tap('PreloadChunksPlugin', (data) => {
        if (data.outputName !== this.htmlFile) return data;
        const seen = entryFiles();
        const base = data.publicPath === 'auto' ? '' : data.publicPath;
        for (const name of this.chunkNames) {
          // The chunks the group needs besides its own (shared libraries) come first: import() waits for them all.
          for (const file of group(name).getFiles()) {
            if (!file.endsWith('.js') || seen.has(file)) continue;
            seen.add(file);
            const attributes = { rel: 'preload', as: 'script', href: base + file, fetchpriority: 'low' };
            data.headTags.push(HtmlWebpackPlugin.createHtmlTagObject('link', attributes, undefined, { plugin: 'PreloadChunksPlugin' }));
          }
        }
        return data;
      });

      if (this.drawnWith.length === 0) return;
      compilation.hooks.processAssets.tap({ name: 'PreloadChunksPlugin', stage: Compilation.PROCESS_ASSETS_STAGE_REPORT }, () => {
        const own = entryFiles();
        const files = [...new Set(this.drawnWith.flatMap((name) => group(name).getFiles()))].filter(
          (f) => f.endsWith('.js') && !own.has(f),
        );
        const name = `${this.htmlFile.replace(/\.html$/, '')}.first-paint.json`;
        compilation.emitAsset(name, new sources.RawSource(`${JSON.stringify({ page: this.htmlFile, files }, null, 2)}\n`));
      });
    });
  }
}

module.exports = { PreloadChunksPlugin };
