import { roleOf, stageComplete, type EpochMs, type SessionState } from '../domain';
import {
  failureOf,
  type Failure,
  type OwnCopySaving,
  type OwnCopyStatus,
  type PageLifecycle,
  type PrivateNotesStore,
  type SessionStore,
} from '../ports';
import { createBackgroundJob, createStatusCell, type JobTimers } from '../base';

/** How a save went: `skipped` when there was nothing this user keeps (an observer, no session yet). */
export type OwnCopySaveResult = { ok: true; skipped?: boolean } | { ok: false; failure: Failure };

/** Timers, injected so tests move time themselves. */
export type SaverTimers = JobTimers;

export interface OwnCopySaverOptions {
  /** Saves the copy once; the saver never runs two at a time. May reject: that counts as a failure. */
  save(): Promise<OwnCopySaveResult>;
  timers: SaverTimers;
  now(): EpochMs;
  /** Quiet time after the last change before a save (never on every keystroke). */
  debounceMs: number;
}

export interface OwnCopySaver extends OwnCopySaving {
  /** The session changed: saves once it has been quiet for debounceMs. */
  changed(): void;
  /** Saves now, unless nothing changed since the last save went through (closure, the panel hidden or left). */
  flush(): void;
  dispose(): void;
}

/** The side panel's default quiet time before saving: long enough to never save per keystroke. */
export const OWN_COPY_DEBOUNCE_MS = 20_000;

/**
 * Schedules saves of this participant's own copy: debounced while the
 * session changes, at once when asked (flush, retry). Saves never overlap: a
 * request during a save runs once after it. The status is for the panel.
 */
export function createOwnCopySaver({ save, timers, now, debounceMs }: OwnCopySaverOptions): OwnCopySaver {
  const status = createStatusCell<OwnCopyStatus>({ kind: 'idle' });
  /** Changes not yet in a save that went through. */
  let dirty = false;
  const job = createBackgroundJob({
    timers,
    run: async () => {
      dirty = false;
      const before = status.get();
      status.set({ kind: 'saving' });
      let result: OwnCopySaveResult;
      try {
        result = await save();
      } catch (error) {
        result = { ok: false, failure: failureOf(error) };
      }
      if (job.disposed) return;
      if (result.ok) status.set(result.skipped ? before : { kind: 'saved', at: now() });
      else {
        dirty = true;
        status.set({ kind: 'failed', failure: result.failure });
      }
    },
  });

  return {
    getStatus: status.get,
    subscribe: status.subscribe,
    changed: () => {
      if (job.disposed) return;
      dirty = true;
      job.schedule(debounceMs);
    },
    flush: () => {
      if (!dirty && !job.busy) return;
      job.runNow();
    },
    retry: () => job.runNow(),
    dispose: () => {
      job.dispose();
      status.clear();
    },
  };
}

/** Whether this user keeps a copy: the coach and the coachee do, observers do not. */
export const keepsOwnCopy = (session: SessionState, userId: string): boolean => roleOf(session, userId) !== 'observer';

/** Whether the follow-up invite exists: from then on it is on both calendars, naming this session. */
const invited = (session: SessionState | null) => session !== null && session.followUp.coachEvent !== null;

/**
 * Feeds a store's changes to the saver: each change of the session (by
 * anyone) while this user coaches or is coached re-arms the debounce. It
 * saves at once the moment the follow-up invite is recorded, and again the
 * moment the Close criteria all hold (the session is complete: summary,
 * follow-up on both calendars, affirmation). Returns the way to stop.
 *
 * Why at the invite: the invite lands on both calendars at that moment, and
 * the Outlook add-in finds its plan only by the invite's iCalUId in the
 * person's own stored copy. Left to the debounce (which every further change
 * in the meeting re-arms), the copy would not name the invite yet, and a
 * coachee opening it before accepting would be told it is no follow-up.
 */
export function saveOnSessionChanges(
  store: Pick<SessionStore, 'getSnapshot' | 'subscribe'>,
  userId: string,
  saver: OwnCopySaver,
): () => void {
  let last = store.getSnapshot().session;
  let closed = last !== null && stageComplete(last, 'close');
  let hadInvite = invited(last);
  return store.subscribe(() => {
    const session = store.getSnapshot().session;
    if (session === last || session === null) return;
    last = session;
    if (!keepsOwnCopy(session, userId)) return;
    const nowClosed = stageComplete(session, 'close');
    const nowInvited = invited(session);
    saver.changed();
    if ((nowClosed && !closed) || (nowInvited && !hadInvite)) saver.flush();
    closed = nowClosed;
    hadInvite = nowInvited;
  });
}

/**
 * Feeds changes of the coach's private notes to the saver, like a session
 * change (debounced): only while this user coaches the session, since only the
 * coach's copy holds them. Returns the way to stop.
 */
export function saveOnPrivateNotesChanges(
  store: Pick<SessionStore, 'getSnapshot'>,
  userId: string,
  notes: Pick<PrivateNotesStore, 'subscribe'>,
  saver: Pick<OwnCopySaver, 'changed'>,
): () => void {
  return notes.subscribe(() => {
    const session = store.getSnapshot().session;
    if (session && roleOf(session, userId) === 'coach') saver.changed();
  });
}

export interface KeepOwnCopyOptions extends OwnCopySaverOptions {
  store: Pick<SessionStore, 'getSnapshot' | 'subscribe'>;
  userId: string;
  /** The coach's private notes, which go into the coach's copy. */
  privateNotes?: Pick<PrivateNotesStore, 'subscribe'>;
  /** Saves once more, best effort, when the page is hidden or left. */
  page: PageLifecycle;
}

/**
 * The side panel's own copy: a saver fed by the session's changes (and the
 * coach's private notes), flushed when the page is hidden or left. Its
 * dispose() stops all of it.
 */
export function keepOwnCopy({ store, userId, privateNotes, page, ...saverOptions }: KeepOwnCopyOptions): OwnCopySaver {
  const saver = createOwnCopySaver(saverOptions);
  const stops = [
    saveOnSessionChanges(store, userId, saver),
    privateNotes ? saveOnPrivateNotesChanges(store, userId, privateNotes, saver) : () => undefined,
    page.onLeave(() => saver.flush()),
  ];
  return {
    ...saver,
    dispose: () => {
      for (const stop of stops) stop();
      saver.dispose();
    },
  };
}
