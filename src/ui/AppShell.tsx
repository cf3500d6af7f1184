import { FluentProvider, teamsDarkTheme, teamsHighContrastTheme, teamsLightTheme, type Theme } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import type { ThemeName } from '../ports';
import type { Words } from '../words';
import { WordsProvider } from './words';

const THEMES: Readonly<Record<ThemeName, Theme>> = {
  default: teamsLightTheme,
  dark: teamsDarkTheme,
  contrast: teamsHighContrastTheme,
};

// The provider paints the theme's background and text colour itself. No
// makeStyles class of ours goes on it: classes made outside the provider are
// left-to-right, and Fluent refuses to merge them with its right-to-left ones.
const FULL_HEIGHT = { minHeight: '100vh' } as const;

export interface AppShellProps {
  /** The Teams theme to follow. @default 'default' */
  theme?: ThemeName;
  /**
   * The reader's words; until their language has loaded (a small chunk, fetched
   * alongside teams-js) the shell paints its background and nothing else.
   */
  words: Words | null;
  children?: ReactNode;
}

/** The Teams look (light, dark or high contrast) and the reader's language and direction, for any surface. */
export function AppShell({ theme = 'default', words, children }: AppShellProps) {
  const locale = words?.locale;
  return (
    <FluentProvider theme={THEMES[theme]} style={FULL_HEIGHT} data-theme={theme} dir={locale?.direction ?? 'ltr'} lang={locale?.intlLocale}>
      {words && <WordsProvider words={words}>{children}</WordsProvider>}
    </FluentProvider>
  );
}
