import { createMyCoachingSource } from '../app';
import { loadOnce } from '../base';
import type { UserId } from '../domain';
import { FailureError, failureOf, type MyCoachingSource, type PersonalHost, type ThemeName } from '../ports';
import { loadPersonalHost, themeFromQuery } from '../teams';
import { AppShell, MyCoaching } from '../ui';
import type { Words } from '../words';
import { mountBoot } from './boot';
import { preloadGraphCode } from './graphCode';
import { followLanguage } from './pageWords';
import { appRoot, failStart } from './showFailure';
import { systemClock } from './systemClock';

// The personal tab, "My coaching" (manifest staticTabs), in Teams, Outlook and
// the Microsoft 365 app. Paints at once (theme from the address the host
// filled in), then loads the host, then Graph and sign-in, each a chunk of its own.

/** Set by the build from the deployment's environment (webpack's DefinePlugin); empty in a local build. */
const CLIENT_ID = process.env.AAD_APP_CLIENT_ID ?? '';

interface PersonalBoot {
  theme: ThemeName;
  userId: UserId | null;
  source: MyCoachingSource | null;
  /** The session a notes link opened the tab on (its subEntityId), if any. */
  openSessionId: string | null;
  words: Words | null;
}

const container = appRoot('My coaching');
const boot = mountBoot<PersonalBoot>(
  container,
  { theme: themeFromQuery(window.location.search), userId: null, source: null, openSessionId: null, words: null },
  ({ theme, userId, source, openSessionId, words }) => (
    <AppShell theme={theme} words={words}>
      <MyCoaching userId={userId} source={source} clock={systemClock} openSessionId={openSessionId} />
    </AppShell>
  ),
);

let host: PersonalHost | null = null;

const language = followLanguage(
  (words) => boot.update({ words }),
  (error: unknown) => failStart(error, { host, root: boot.root, container }),
);

/** Graph and sign-in, fetched alongside teams-js rather than after it: the user's sessions are the page's content. */
const loadGraphCode = () => import(/* webpackChunkName: "personalGraph" */ './openPersonalGraph');
// A failed early fetch is only lost time: the imports below ask again (webpack retries a failed chunk).
loadGraphCode().catch(() => undefined);
preloadGraphCode();

async function start() {
  const personal = await (await loadPersonalHost()).createTeamsPersonalHost();
  host = personal;
  const { context } = personal;
  boot.update({ openSessionId: context.sessionToOpen, theme: context.theme });
  language.hostSays(context.locale);
  personal.onThemeChange((theme) => boot.update({ theme }));

  // A failed chunk load or a missing sandbox may pass: loadOnce lets "Try again" load again.
  const graph = loadOnce(() => loadGraphCode().then(({ openPersonalGraph }) => openPersonalGraph(context, CLIENT_ID)));

  const source = createMyCoachingSource({
    history: {
      list: (onProgress) =>
        graph().then(
          (g) => g.history.list(onProgress),
          (error: unknown) => ({ kind: 'failed', failure: failureOf(error) }),
        ),
    },
    ownTasks: () => graph().then((g) => g.tasks),
    ownEvents: () => graph().then((g) => g.events),
    host: personal,
    openWindow: (url) => void window.open(url, '_blank', 'noopener'),
  });

  // Outlook and the Microsoft 365 app may not name the user: Graph's /me does.
  let userId = context.userId;
  if (!userId) {
    const me = await (await graph()).events.me();
    if (!me.ok) throw new FailureError(me.failure, `Stagecoach could not tell who you are (${me.failure.kind}).`);
    userId = me.value.userId;
  }
  boot.update({ source, userId });
  personal.notifyReady();
}

start().catch((error: unknown) => failStart(error, { host, root: boot.root, container, words: language.words }));
