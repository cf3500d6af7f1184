import type { ThemeName } from '../ports';
import { loadTeamsHosts, themeFromQuery } from '../teams';
import { AppShell, ConfigPage } from '../ui';
import { mountBoot } from './boot';
import { appRoot, failStart } from './showFailure';

// The configuration page (manifest configurationUrl) Teams shows when
// Stagecoach is added to a meeting. Nothing to choose, so it is valid at
// once; the Teams adapter saves the side panel's address on the host's Save.

const container = appRoot('configuration');
const boot = mountBoot<{ theme: ThemeName; saved: boolean }>(
  container,
  { theme: themeFromQuery(window.location.search), saved: false },
  ({ theme, saved }) => (
    <AppShell theme={theme}>
      <ConfigPage saved={saved} />
    </AppShell>
  ),
);

loadTeamsHosts()
  .then(({ createTeamsConfigHost }) => createTeamsConfigHost())
  .then((host) => {
    boot.update({ theme: host.theme });
    host.onThemeChange((theme) => boot.update({ theme }));
    host.onSaved(() => boot.update({ saved: true }));
    host.setValid(true);
  })
  // The configuration host has no failure report to make: the dialog just shows why.
  .catch((error: unknown) => failStart(error, { host: null, root: boot.root, container }));
