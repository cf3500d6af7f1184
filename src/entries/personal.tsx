import type { Root } from 'react-dom/client';
import { createMyCoachingSource, readHistoryAhead } from '../app';
import { loadOnce } from '../base';
import { FailureError, failureOf, type PersonalHost } from '../ports';
import { loadPersonalHost, themeFromQuery } from '../teams';
import { createBootState } from './bootState';
import { preloadGraphCode } from './graphCode';
import { followLanguage } from './pageWords';
import type { PersonalBoot } from './personalView';
import { appRoot, failStart } from './showFailure';

// The personal tab, "My coaching" (manifest staticTabs), in Teams, Outlook and
// the Microsoft 365 app. Starts its host, then Graph and sign-in, starts
// reading the user's sessions, and only then draws (React, Fluent and the
// view are a chunk of their own, fetched after Graph's). The hosts cover the
// tab with their loading indicator until it says it is ready (manifest
// showLoadingIndicator), so nobody sees a paint before that; on a slow
// machine, drawing first held the first request back by a tenth of a second.

/** Set by the build from the deployment's environment (webpack's DefinePlugin); empty in a local build. */
const CLIENT_ID = process.env.AAD_APP_CLIENT_ID ?? '';

const container = appRoot('My coaching');
// The page's start-up state, kept without React until the view draws it.
const state = createBootState<PersonalBoot>({
  theme: themeFromQuery(window.location.search),
  userId: null,
  source: null,
  openSessionId: null,
  words: null,
});

let host: PersonalHost | null = null;
let root: Root | null = null;
let failed = false;

const language = followLanguage(
  (words) => state.update({ words }),
  (error: unknown) => fail(error),
);

function fail(error: unknown) {
  failed = true;
  failStart(error, { host, root, container, words: language.words });
}

/**
 * Graph and sign-in. The HTML has their chunks fetched already; asked for now,
 * they run while the host starts rather than after it: the user's sessions are the page's content.
 */
const loadGraphCode = () => import(/* webpackChunkName: "personalGraph" */ './openPersonalGraph');
// A failed early fetch is only lost time: the imports below ask again (webpack retries a failed chunk).
const graphCode = Promise.all([loadGraphCode().catch(() => undefined), preloadGraphCode()]);

/**
 * The view (React, Fluent, My coaching), asked for once the code the first
 * requests need is in: it is drawn only when they are on their way, and
 * fetched beside that code it held it back (on 2 cores, the first request
 * left about 20 ms later, and first content came later by as much).
 */
const viewCode = graphCode.then(() => import(/* webpackChunkName: "personalView" */ './personalView'));
// Awaited below; a failure before then must not be an unhandled rejection.
viewCode.catch(() => undefined);

async function start() {
  const personal = await (await loadPersonalHost()).createTeamsPersonalHost();
  host = personal;
  const { context } = personal;
  state.update({ openSessionId: context.sessionToOpen, theme: context.theme });
  language.hostSays(context.locale);
  personal.onThemeChange((theme) => state.update({ theme }));

  // A failed chunk load or a missing sandbox may pass: loadOnce lets "Try again" load again.
  const graph = loadOnce(() => loadGraphCode().then(({ openPersonalGraph }) => openPersonalGraph(context, CLIENT_ID)));

  // The sessions are the page's content: their reading starts now, not from the view's first effect.
  const history = readHistoryAhead((onProgress) =>
    graph().then(
      (g) => g.history.list(onProgress),
      (error: unknown) => ({ kind: 'failed', failure: failureOf(error) }),
    ),
  );
  const source = createMyCoachingSource({
    history: { list: history.list },
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
  state.update({ source, userId });

  // Drawn once sign-in has answered the reading's first request for a token (or
  // Graph could not open, or the read ended first): its requests are then on their way.
  await graph().then(
    (g) => Promise.race([g.signInAnswered(), history.read]),
    () => undefined,
  );
  const { drawPersonal } = await viewCode;
  if (failed) return;
  const drawing = drawPersonal(container, state);
  root = drawing.root;
  await drawing.drawn;
  personal.notifyReady();
}

start().catch(fail);
