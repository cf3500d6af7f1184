import type { Messages } from '@lingui/core';
import { chooseLocale, type CatalogueName } from './languages';
import { createWords, type Words } from './words';

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
  const { default: messages } = await CATALOGUES[locale.catalogue]();
  return createWords(locale, messages as Messages);
}
