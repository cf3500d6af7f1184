import type { ThemeName } from '../ports';
import { loadTeamsHosts, themeFromQuery } from '../teams';
import { AppShell, ConfigPage } from '../ui';
import type { Words } from '../words';
import { mountBoot } from './boot';
import { followLanguage } from './pageWords';
import { appRoot, failStart } from './showFailure';

// The configuration page (manifest configurationUrl) Teams shows when
// Stagecoach is added to a meeting. Nothing to choose, so it is valid at
// once; the Teams adapter saves the side panel's address on the host's Save.

const container = appRoot('configuration');
const boot = mountBoot<{ theme: ThemeName; saved: boolean; words: Words | null }>(
  container,
  { theme: themeFromQuery(window.location.search), saved: false, words: null },
  ({ theme, saved, words }) => (
    <AppShell theme={theme} words={words}>
      <ConfigPage saved={saved} />
    </AppShell>
  ),
);

const language = followLanguage(
  (words) => boot.update({ words }),
  (error: unknown) => failStart(error, { host: null, root: boot.root, container }),
);

loadTeamsHosts()
  .then(({ createTeamsConfigHost }) => createTeamsConfigHost())
  .then((host) => {
    boot.update({ theme: host.theme });
    language.hostSays(host.locale);
    host.onThemeChange((theme) => boot.update({ theme }));
    host.onSaved(() => boot.update({ saved: true }));
    host.setValid(true);
  })
  // The configuration host has no failure report to make: the dialog just shows why.
  .catch((error: unknown) => failStart(error, { host: null, root: boot.root, container, words: () => language.words() }));
