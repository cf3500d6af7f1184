import { app } from '@microsoft/teams-js';
import { isThemeName, type ThemeName } from '../ports';

/**
 * Teams' theme handler cannot be removed, so one handler fans out to our
 * listeners; each gets an unsubscribe.
 */
export function themeEvents(): (listener: (theme: ThemeName) => void) => () => void {
  const listeners = new Set<(theme: ThemeName) => void>();
  app.registerOnThemeChangeHandler((theme) => {
    // From the host, so checked: an unknown name leaves the theme as it is.
    if (isThemeName(theme)) listeners.forEach((listener) => listener(theme));
  });
  return (listener) => {
    listeners.add(listener);
    return () => void listeners.delete(listener);
  };
}
