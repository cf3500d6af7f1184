import type { Messages } from '@lingui/core';
import { chooseLocale, type CatalogueName } from './languages';
import type { Words } from './words';

/** Each language a chunk of its own: only the reader's is ever downloaded. */
const CATALOGUES: Readonly<Record<CatalogueName, () => Promise<{ default: unknown }>>> = {
  en: () => import(/* webpackChunkName: "words-en" */ './catalogues/en'),
  de: () => import(/* webpackChunkName: "words-de" */ './catalogues/de'),
  ar: () => import(/* webpackChunkName: "words-ar" */ './catalogues/ar'),
  pseudo: () => import(/* webpackChunkName: "words-pseudo" */ './pseudo'),
};

/** The words for a host's locale tag ("de-DE", "ar-SA"); English for any other. */
export async function loadWords(tag: string | null | undefined): Promise<Words> {
  const locale = chooseLocale(tag);
  // Lingui's runtime comes in a chunk of its own, fetched alongside the catalogue, off the first paint.
  const [{ createWords }, { default: messages }] = await Promise.all([
    import(/* webpackChunkName: "words-runtime" */ './words'),
    CATALOGUES[locale.catalogue](),
  ]);
  return createWords(locale, messages as Messages);
}
