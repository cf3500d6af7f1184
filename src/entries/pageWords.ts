import { chooseLocale, loadWords, localeFromQuery, type Words } from '../words';

export interface PageWords {
  /** The host has said the user's locale (Teams' `app.locale`, Outlook's display language). */
  hostSays(tag: string | null | undefined): void;
  /**
   * The page's words as they are now, or once they have loaded: for what this
   * user's own client writes outside the page in their language (their To Do tasks).
   */
  words(): Promise<Words>;
}

/**
 * The page's words: loaded at once from the locale in the address (Teams fills
 * `{locale}` in the manifest's URLs) or the browser's, alongside the host's own
 * start-up, and again if the host then says another. The page's `lang` and
 * `dir` follow, so screen readers and the scrollbars speak the same language.
 */
export function followLanguage(onWords: (words: Words) => void, onFailure: (error: unknown) => void): PageWords {
  let latest = 0;
  let current: string | null = null;
  let loaded: Words | null = null;
  const waiting: { resolve(words: Words): void; reject(error: unknown): void }[] = [];
  const load = (tag: string | null | undefined) => {
    const locale = chooseLocale(tag);
    const key = `${locale.catalogue}:${locale.intlLocale}`;
    if (key === current) return;
    current = key;
    const asked = ++latest;
    loadWords(tag).then(
      (words) => {
        if (asked !== latest) return;
        document.documentElement.lang = words.locale.intlLocale;
        document.documentElement.dir = words.locale.direction;
        loaded = words;
        for (const w of waiting.splice(0)) w.resolve(words);
        onWords(words);
      },
      (error: unknown) => {
        // Whoever waits for words hears why there are none (the page says it too).
        if (asked === latest) for (const w of waiting.splice(0)) w.reject(error);
        onFailure(error);
      },
    );
  };
  load(localeFromQuery(window.location.search) ?? navigator.language);
  return {
    hostSays: (tag) => {
      // A host that says nothing leaves the address's or the browser's choice standing.
      if (tag) load(tag);
    },
    words: () => (loaded ? Promise.resolve(loaded) : new Promise<Words>((resolve, reject) => waiting.push({ resolve, reject }))),
  };
}
