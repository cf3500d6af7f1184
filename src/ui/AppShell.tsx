import {
  FluentProvider,
  makeStyles,
  teamsDarkTheme,
  teamsHighContrastTheme,
  teamsLightTheme,
  tokens,
  type Theme,
} from '@fluentui/react-components';
import type { ReactNode } from 'react';
import type { ThemeName } from '../ports';

const THEMES: Readonly<Record<ThemeName, Theme>> = {
  default: teamsLightTheme,
  dark: teamsDarkTheme,
  contrast: teamsHighContrastTheme,
};

const useStyles = makeStyles({
  root: {
    minHeight: '100vh',
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
  },
});

export interface AppShellProps {
  /** The Teams theme to follow. @default 'default' */
  theme?: ThemeName;
  children?: ReactNode;
}

/** The Teams look (light, dark or high contrast) for any surface. */
export function AppShell({ theme = 'default', children }: AppShellProps) {
  const styles = useStyles();
  return (
    <FluentProvider theme={THEMES[theme]} className={styles.root} data-theme={theme}>
      {children}
    </FluentProvider>
  );
}
