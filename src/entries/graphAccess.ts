import {
  carryOverWhenDue,
  keepOwnCopy,
  keepStepTasks,
  OWN_COPY_DEBOUNCE_MS,
  reportCarriedDoneFromTasks,
  STEP_TASKS_DEBOUNCE_MS,
  type OwnCopySaver,
  type StepTasksKeeper,
} from '../app';
import { loadOnce } from '../base';
import type { CoachNotes } from '../domain';
import {
  failureOf,
  LOCAL_DEV_TENANT_ID,
  type CalendarAccess,
  type MeetingContext,
  type OwnCopyReading,
  type PageLifecycle,
  type PrivateNotesStore,
  type SessionHistoryReading,
  type SessionStore,
} from '../ports';
import { notesLink } from '../teams';
import type { Words } from '../words';

/** Set by the build from the deployment's environment (webpack's DefinePlugin); empty in a local build. */
const BUILD = {
  clientId: process.env.AAD_APP_CLIENT_ID ?? '',
  teamsAppId: process.env.TEAMS_APP_ID ?? '',
};

/** A page's way to Graph: loaded as chunks of their own on first use, one sign-in for all of it. */
export interface GraphAccess {
  calendar: CalendarAccess;
  /**
   * Saves this user's own copy of the store's session (side panel), with the
   * coach's private notes in the coach's copy; stop with dispose().
   */
  keepOwnCopy(store: SessionStore, userId: string, options?: { debounceMs?: number; privateNotes?: PrivateNotesStore }): OwnCopySaver;
  /** Reads this user's own copy of the meeting's session (notes tab). */
  ownCopy: OwnCopyReading;
  /**
   * In the coach's side panel: once the coachee is here, brings the previous
   * session's plan with them into this one (from the coach's own copies).
   * Returns a stop function.
   */
  carryOver(store: SessionStore, userId: string): () => void;
  /** Reads this user's own stored sessions, newest first (notes tab: history, before the meeting, growth). */
  history: SessionHistoryReading;
  /** The coach's private notes from this user's own copy of the meeting's session; null when none. Never rejects. */
  ownCoachNotes(): Promise<CoachNotes | null>;
  /** From closure on, keeps the next steps this user owns in their own To Do (side panel); stop with dispose(). */
  keepStepTasks(store: SessionStore, userId: string): StepTasksKeeper;
  /** Tells the session which carried-over steps this user's own To Do says are done. Returns a stop function. */
  reportCarriedDone(store: SessionStore, userId: string): () => void;
}

const windowTimers = {
  setTimeout: (run: () => void, ms: number) => window.setTimeout(run, ms),
  clearTimeout: (handle: unknown) => window.clearTimeout(handle as number),
};

/** The page is hidden (Teams switched away) or left: the browser's own two signals. */
const browserPage: PageLifecycle = {
  onLeave(run) {
    const onHidden = () => {
      if (document.visibilityState === 'hidden') run();
    };
    document.addEventListener('visibilitychange', onHidden);
    window.addEventListener('pagehide', run);
    return () => {
      document.removeEventListener('visibilitychange', onHidden);
      window.removeEventListener('pagehide', run);
    };
  },
};

const loadGraphChunk = () => import(/* webpackChunkName: "calendar" */ './openGraph');

/**
 * Graph for a meeting page. `words` are the page's (this user's language), for
 * what their own client writes in their name: the link back to the notes on their To Do tasks.
 */
export function graphAccessFor(context: MeetingContext, words: () => Promise<Words>): GraphAccess {
  // A failed chunk load or a missing sandbox may pass: loadOnce lets "Try again" load again.
  const services = loadOnce(() =>
    loadGraphChunk().then(({ openGraph, isLocalTenant }) =>
      openGraph({ loginHint: context.loginHint, local: isLocalTenant(context.tenantId) }, BUILD.clientId),
    ),
  );
  /** The use cases that run over Graph, with the archive they read and write: both load on first use. */
  const withArchive = () => Promise.all([loadGraphChunk(), services()]);

  // The session's id is its meeting's (startMeetingSurface): Teams' notes tab, My coaching or the simulator's notes.
  const notesUrl = notesLink({
    teamsAppId: BUILD.teamsAppId,
    sessionId: context.meetingId,
    chatId: context.chatId,
    tenantId: context.tenantId,
    pageAddress: window.location.href,
    simulated: context.tenantId === LOCAL_DEV_TENANT_ID,
  });
  const tasks = () => services().then((s) => s.tasks);
  return {
    calendar: {
      gateway: () => services().then((s) => s.calendar),
      timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
      chatId: context.chatId,
      notesUrl,
    },
    keepStepTasks: (store, userId) =>
      keepStepTasks({
        store,
        userId,
        tasks,
        notes: async () => ({ url: notesUrl, label: (await words()).t('documents.tasks.notesLink') }),
        debounceMs: STEP_TASKS_DEBOUNCE_MS,
        timers: windowTimers,
      }),
    reportCarriedDone: (store, userId) => reportCarriedDoneFromTasks({ store, userId, tasks }),
    keepOwnCopy: (store, userId, { debounceMs = OWN_COPY_DEBOUNCE_MS, privateNotes } = {}) =>
      keepOwnCopy({
        store,
        userId,
        privateNotes,
        page: browserPage,
        save: async () => {
          const [{ saveOwnCopy }, { archive }] = await withArchive();
          return saveOwnCopy(store, archive, userId, Date.now(), privateNotes?.load() ?? null);
        },
        timers: windowTimers,
        now: () => Date.now(),
        debounceMs,
      }),
    carryOver: (store, userId) =>
      carryOverWhenDue(store, userId, async () => {
        const [{ carryOverPrevious }, { archive }] = await withArchive();
        return carryOverPrevious(store, archive, userId);
      }),
    ownCoachNotes: async () => {
      try {
        const [{ readOwnCoachNotes }, { archive }] = await withArchive();
        return await readOwnCoachNotes(archive, context.meetingId);
      } catch {
        return null;
      }
    },
    ownCopy: {
      read: async () => {
        try {
          const [{ readOwnCopy }, { archive }] = await withArchive();
          return await readOwnCopy(archive, context.meetingId);
        } catch (error) {
          return { kind: 'failed', failure: failureOf(error) };
        }
      },
    },
    history: {
      list: async () => {
        try {
          return await (await services()).history.list();
        } catch (error) {
          return { kind: 'failed', failure: failureOf(error) };
        }
      },
    },
  };
}
