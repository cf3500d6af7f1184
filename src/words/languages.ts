/** The languages Stagecoach speaks; English is the fallback for every other. */
export const LANGUAGES = ['en', 'de', 'ar'] as const;
export type Language = (typeof LANGUAGES)[number];

/**
 * Pseudo-localisation (Windows' own tag): English made longer and accented,
 * to see where a layout truncates or overlaps before a translator does.
 */
export const PSEUDO_TAG = 'qps-ploc';
export type CatalogueName = Language | 'pseudo';

export type Direction = 'ltr' | 'rtl';

/** A BCP 47 tag the browser's Intl accepts, or null (a typo, a hostile value). */
function canonical(tag: string): string | null {
  try {
    return Intl.getCanonicalLocales(tag)[0] ?? null;
  } catch {
    return null;
  }
}

/** What a host's locale tag ("de-AT", "ar-SA", "en-GB", "fr-FR") means for Stagecoach. */
export interface LocaleChoice {
  /** The catalogue to load. */
  catalogue: CatalogueName;
  /** The language spoken (pseudo speaks English). */
  language: Language;
  /** For Intl (dates, plurals, lists): the host's tag when it is the spoken language's, so "de-AT" keeps Austria's dates. */
  intlLocale: string;
  direction: Direction;
}

const FALLBACK: LocaleChoice = { catalogue: 'en', language: 'en', intlLocale: 'en-US', direction: 'ltr' };

export function chooseLocale(tag: string | null | undefined): LocaleChoice {
  if (!tag) return FALLBACK;
  if (tag.toLowerCase() === PSEUDO_TAG) return { ...FALLBACK, catalogue: 'pseudo' };
  const locale = canonical(tag);
  if (!locale) return FALLBACK;
  const base = locale.split('-')[0]!.toLowerCase();
  const language = LANGUAGES.find((l) => l === base);
  if (!language) return FALLBACK;
  return { catalogue: language, language, intlLocale: locale, direction: language === 'ar' ? 'rtl' : 'ltr' };
}

/** The locale Teams filled into a content URL's `?locale=` (`{locale}`), if any. */
export function localeFromQuery(search: string): string | null {
  return new URLSearchParams(search).get('locale');
}
