import { openOutlookItem, type OutlookItem } from '../outlook';
import { AppShell, FollowUpPane, type FollowUpPlanLoad, type TickStepFn } from '../ui';
import { mountBoot, type Boot } from './boot';
import { preloadGraphCode } from './graphCode';
import { followLanguage, type PageWords } from './pageWords';
import { appRoot, showFailure } from './showFailure';
import { systemClock } from './systemClock';
import { loadOnce } from '../base';
import { failureOf, unexpectedFailure } from '../ports';
import type { Words } from '../words';

// The Outlook add-in's task pane (manifest extensions: "Coaching plan" on a
// meeting). The page loads Office.js from Microsoft's CDN before this bundle;
// Graph, MSAL and zod come as chunks of their own, fetched while Office starts.

/** Set by the build from the deployment's environment; empty in a local build. */
const BUILD = { clientId: process.env.AAD_APP_CLIENT_ID ?? '' };

const loadGraphChunk = () => import(/* webpackChunkName: "outlookGraph" */ './openOutlookGraph');
// Fetched while Office starts, not after: the pane's content is the plan Graph reads. A failed fetch is asked again below.
loadGraphChunk().catch(() => undefined);
void preloadGraphCode();

/** Where a task made from this pane links back to when the session recorded no notes link: the app's page. */
const fallbackNotesUrl = () => new URL('sidePanel.html', window.location.href).toString();

function start(item: OutlookItem, container: HTMLElement, language: PageWords, words: Words | null): Boot<{ words: Words | null }> {
  // A lost chunk or a sandbox that was not up yet may pass: loadOnce lets "Try again" open again.
  const graph = loadOnce(() =>
    loadGraphChunk().then(({ openOutlookGraph }) =>
      openOutlookGraph(item, {
        clientId: BUILD.clientId,
        notesUrl: fallbackNotesUrl(),
        // A task this pane makes links back to the notes in this user's own language.
        notesLabel: () => language.words().then((words) => words.t('documents.tasks.notesLink')),
      }),
    ),
  );

  const load = (): Promise<FollowUpPlanLoad> =>
    graph()
      .then((g) => g.resolve())
      .catch((error: unknown) => ({ kind: 'failed', failure: failureOf(error) }));
  const tick: TickStepFn = (step, done) =>
    graph()
      .then((g) => g.tick(step, done))
      .catch((error: unknown) => ({ ok: false, failure: unexpectedFailure(error) }));

  return mountBoot<{ words: Words | null }>(container, { words }, ({ words: now }) => (
    <AppShell theme={item.theme ?? 'default'} words={now}>
      <FollowUpPane load={load} tick={tick} today={systemClock.today()} />
    </AppShell>
  ));
}

const container = appRoot('task pane');
// The words load at once, in the browser's language, alongside Office.js; Outlook's display language follows.
let loaded: Words | null = null;
let boot: Boot<{ words: Words | null }> | null = null;
const language = followLanguage(
  (words) => {
    loaded = words;
    boot?.update({ words });
  },
  (error) => showFailure(container, error),
);
openOutlookItem().then(
  (item) => {
    language.hostSays(item.displayLanguage);
    boot = start(item, container, language, loaded);
  },
  // No meeting to show (not Outlook, not a calendar item, not saved yet): said in the reader's words.
  (error: unknown) => showFailure(container, error, () => language.words()),
);
