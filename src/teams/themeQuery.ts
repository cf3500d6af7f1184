import { isThemeName, type ThemeName } from '../ports';

/**
 * The theme in a content URL's `?theme=`: Teams fills the `{theme}`
 * placeholder we save in the configuration, so the first paint already has
 * the right colours before teams-js has loaded. Anything else (missing, a
 * typo, a hostile value) falls back to the light theme.
 */
export function themeFromQuery(search: string): ThemeName {
  const value = new URLSearchParams(search).get('theme');
  return isThemeName(value) ? value : 'default';
}
