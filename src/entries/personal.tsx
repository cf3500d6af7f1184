import { createRoot } from 'react-dom/client';
import type { UserId } from '../domain';
import type { MyCoachingSource, PersonalHost, ThemeName } from '../ports';
import { loadPersonalHost, themeFromQuery } from '../teams';
import { createMyCoachingSource } from '../app';
import { AppShell, MyCoaching } from '../ui';
import type { PersonalGraph } from './openPersonalGraph';
import { appRoot, failStart } from './showFailure';
import { systemClock } from './systemClock';
import { messageOf } from '../base';

// The personal tab, "My coaching" (manifest staticTabs), in Teams, Outlook and
// the Microsoft 365 app. Paints at once (theme from the address the host
// filled in), then loads the host, then Graph and sign-in, each a chunk of its own.

/** Set by the build from the deployment's environment (webpack's DefinePlugin); empty in a local build. */
const CLIENT_ID = process.env.AAD_APP_CLIENT_ID ?? '';

const container = appRoot('My coaching');
const root = createRoot(container);
let theme: ThemeName = themeFromQuery(window.location.search);
let userId: UserId | null = null;
let locale: string | undefined;
let source: MyCoachingSource | null = null;
/** The session a notes link opened the tab on (its subEntityId), if any. */
let openSessionId: string | null = null;
const render = () =>
  root.render(
    <AppShell theme={theme}>
      <MyCoaching userId={userId} source={source} clock={systemClock} locale={locale} openSessionId={openSessionId} />
    </AppShell>,
  );
render();

let host: PersonalHost | null = null;

async function start() {
  const personal = await (await loadPersonalHost()).createTeamsPersonalHost();
  host = personal;
  const { context } = personal;
  openSessionId = context.sessionToOpen;
  theme = context.theme;
  locale = context.locale;
  host.onThemeChange((next) => {
    theme = next;
    render();
  });

  let loading: Promise<PersonalGraph> | null = null;
  const graph = () =>
    (loading ??= import(/* webpackChunkName: "personalGraph" */ './openPersonalGraph')
      .then(({ openPersonalGraph }) => openPersonalGraph(context, CLIENT_ID))
      .catch((error: unknown) => {
        loading = null; // a failed chunk load or a missing sandbox may pass: let "Try again" load again
        throw error;
      }));

  source = createMyCoachingSource({
    history: {
      list: () =>
        graph().then(
          (g) => g.history.list(),
          (error: unknown) => ({ kind: 'failed', message: messageOf(error) }),
        ),
    },
    ownTasks: () => graph().then((g) => g.tasks),
    ownEvents: () => graph().then((g) => g.events),
    host,
    openWindow: (url) => void window.open(url, '_blank', 'noopener'),
  });

  // Outlook and the Microsoft 365 app may not name the user: Graph's /me does.
  userId = context.userId;
  if (!userId) {
    const me = await (await graph()).events.me();
    if (!me.ok) throw new Error(`Stagecoach could not tell who you are: ${me.failure.message}`);
    userId = me.value.userId;
  }
  render();
  host.notifyReady();
}

start().catch((error: unknown) => failStart(error, { host, root, container }));
