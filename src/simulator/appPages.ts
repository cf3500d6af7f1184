// What the simulated Teams knows about Stagecoach from its manifest: the
// configuration page to show when the app is added, and (for "Skip setup")
// the tab a finished configuration saves. Teams fills {theme} and {locale} in both.

export const CONFIGURATION_URL = 'config.html?theme={theme}&locale={locale}';

/** What Stagecoach's configuration page saves; used when the tester skips setup. */
export const DEFAULT_CONTENT_URL = 'sidePanel.html?theme={theme}&locale={locale}';

/** The manifest's personal tab (staticTabs contentUrl): My coaching. */
export const PERSONAL_TAB_URL = 'personal.html?theme={theme}&locale={locale}';
