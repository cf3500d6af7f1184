// Compiles a catalogue (src/words/catalogues/<language>/<area>.json: ids to
// ICU MessageFormat) to Lingui's compiled form at build time, so no message
// parser ships to the browser. The webpack loader and the jest transform both
// use it: the app and the tests read the very same messages (jest reads the
// JSON as JSON, so test/fixtures/words.ts compiles it with compileMessages).
const { compileMessageOrThrow } = require('@lingui/message-utils/compileMessage');

/**
 * @param {string} source the JSON text
 * @param {string} file for errors
 * @returns {Record<string, unknown>} id → compiled message
 */
function compileCatalogue(source, file) {
  return compileMessages(JSON.parse(source), file);
}

/**
 * @param {unknown} messages parsed JSON
 * @param {string} file for errors
 * @returns {Record<string, unknown>} id → compiled message
 */
function compileMessages(messages, file) {
  if (typeof messages !== 'object' || messages === null || Array.isArray(messages)) {
    throw new Error(`${file}: a catalogue is an object of ids to messages`);
  }
  /** @type {Record<string, unknown>} */
  const compiled = {};
  for (const [id, message] of Object.entries(messages)) {
    if (typeof message !== 'string') throw new Error(`${file}: "${id}" is not a string`);
    try {
      compiled[id] = compileMessageOrThrow(message);
    } catch (error) {
      throw new Error(`${file}: "${id}" is not valid ICU MessageFormat: ${error instanceof Error ? error.message : error}`);
    }
  }
  return compiled;
}

module.exports = { compileCatalogue, compileMessages };
