import { createRoot } from 'react-dom/client';
import type { SessionStore, ThemeName } from '../ports';
import { createUrlMeetingHost } from '../teams';
import { systemClock } from './systemClock';
import { AppShell, PortsProvider, SidePanel } from '../ui';

// The side panel surface: pick the adapters, hand their ports to the UI.
// Outside Teams that is the URL host and the BroadcastChannel store the
// simulator's panes share; the Teams and Live Share adapters come later.

const container = document.getElementById('root');
if (!container) throw new Error('The side panel page has no #root element.');
const root = createRoot(container);

/** A plain message instead of a blank panel; plain DOM, since React may be what failed. */
const showFailure = (error: unknown) => {
  const message = document.createElement('p');
  message.setAttribute('role', 'alert');
  message.style.padding = '1em';
  message.textContent = `Stagecoach could not start. ${error instanceof Error ? error.message : String(error)}`;
  container.replaceChildren(message);
};

// A render error with no boundary to catch it empties the root, then surfaces here.
window.addEventListener('error', (event) => {
  if (!container.hasChildNodes()) showFailure(event.error ?? event.message);
});

async function start() {
  const host = createUrlMeetingHost();
  const { meetingId, organizerId, userId, displayName } = host.context;
  const self = { userId, displayName };
  let store: SessionStore | null = null;
  let theme = host.context.theme;
  const render = () =>
    root.render(
      <AppShell theme={theme}>
        <PortsProvider store={store} self={self} clock={systemClock}>
          <SidePanel />
        </PortsProvider>
      </AppShell>,
    );
  // First paint shows the panel connecting; sync and its validation load as their own chunk.
  render();
  host.onThemeChange((next: ThemeName) => {
    theme = next;
    render();
  });
  const { openBroadcastSessionStore } = await import(/* webpackChunkName: "sync" */ '../sync');
  store = await openBroadcastSessionStore({ sessionId: meetingId, organizerId, self, clock: systemClock });
  render();
  host.notifyReady();
}

start().catch((error: unknown) => {
  root.unmount();
  showFailure(error);
});
