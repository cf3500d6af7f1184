import { createRoot } from 'react-dom/client';
import { loadTeamsHosts, themeFromQuery } from '../teams';
import { AppShell, ConfigPage } from '../ui';
import { appRoot, failStart } from './showFailure';

// The configuration page (manifest configurationUrl) Teams shows when
// Stagecoach is added to a meeting. Nothing to choose, so it is valid at
// once; the Teams adapter saves the side panel's address on the host's Save.

const container = appRoot('configuration');
const root = createRoot(container);
let theme = themeFromQuery(window.location.search);
let saved = false;
const render = () =>
  root.render(
    <AppShell theme={theme}>
      <ConfigPage saved={saved} />
    </AppShell>,
  );
render();

loadTeamsHosts()
  .then(({ createTeamsConfigHost }) => createTeamsConfigHost())
  .then((host) => {
    theme = host.theme;
    render();
    host.onThemeChange((next) => {
      theme = next;
      render();
    });
    host.onSaved(() => {
      saved = true;
      render();
    });
    host.setValid(true);
  })
  // The configuration host has no failure report to make: the dialog just shows why.
  .catch((error: unknown) => failStart(error, { host: null, root, container }));
