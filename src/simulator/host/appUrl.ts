import { isThemeName, type ThemeName } from '../../ports';

const MAX_URL_LENGTH = 2048;

/**
 * The app page a frame asked the host to show (a saved tab, a stage share),
 * if it is one the simulator may embed: an .html page of the simulator's own
 * origin. Anything else (another site, javascript:, garbage) is refused.
 */
export function sameOriginPage(value: unknown, origin: string): URL | null {
  if (typeof value !== 'string' || value.length > MAX_URL_LENGTH) return null;
  let url: URL;
  try {
    url = new URL(value, `${origin}/`);
  } catch {
    return null;
  }
  return url.origin === origin && url.pathname.endsWith('.html') ? url : null;
}

const fill = (url: string, placeholder: string, value: string) =>
  url.replaceAll(placeholder, value).replaceAll(encodeURIComponent(placeholder), value);

/** Teams fills `{theme}` and `{locale}` in a content URL with the user's theme and locale before loading it. */
export function fillTheme(contentUrl: string, theme: ThemeName, locale = 'en-us'): string {
  if (!isThemeName(theme)) throw new Error(`Unknown theme ${String(theme)}`);
  return fill(fill(contentUrl, '{theme}', theme), '{locale}', encodeURIComponent(locale));
}
