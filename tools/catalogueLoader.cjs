// webpack: a catalogue's JSON becomes a module exporting its compiled messages.
const { compileCatalogue } = require('./catalogue.cjs');

/** @this {import('webpack').LoaderContext<unknown>} @param {string} source */
module.exports = function catalogueLoader(source) {
  return `export default ${JSON.stringify(compileCatalogue(source, this.resourcePath))};`;
};
