// The words: every sentence Stagecoach says, in the reader's language. The
// only importer of Lingui; catalogues are compiled at build time and each
// language is a chunk of its own. Lingui itself (words.ts) loads with the
// catalogue, never at first paint: only types leave this folder statically.
export { LANGUAGES, PSEUDO_TAG, chooseLocale, localeFromQuery } from './languages';
export type { CatalogueName, Direction, Language, LocaleChoice } from './languages';
export type { DateStyle, MessageId, MessageValues, Words } from './words';
export { loadWords } from './load';
