import { MeetingHostUnavailable } from '../ports';

// Pure start-up rules, apart from teams-js so they are tested without it.

/**
 * How long we wait for the host's answer. teams-js itself waits 60 s, far too
 * long to look at a blank panel; a real Teams client answers in well under a second.
 */
export const INITIALIZE_TIMEOUT_MS = 10_000;

export const NO_HOST_MESSAGE =
  'Stagecoach runs inside Microsoft Teams. Open it from a Teams meeting: add it to the meeting, then open it from the side panel.';

/** What the start-up rules look at: Teams' phone apps add `nativeInterface` to the page they load. */
export type HostSignals = Pick<Window, 'parent' | 'opener'> & { nativeInterface?: unknown };

/**
 * True when nothing could ever answer teams-js: a top-level tab nobody opened
 * and no phone app's bridge. Teams, Outlook and the Microsoft 365 app on
 * phones load tabs in a web view of their own, without a parent window, and
 * teams-js talks to them through `window.nativeInterface` instead.
 */
export const hasNoHost = (win: HostSignals): boolean => win.parent === (win as Window) && !win.opener && !win.nativeInterface;

/** Rejects with `error` after `ms`, unless `promise` settles first. */
export function withTimeout<T>(promise: Promise<T>, ms: number, error: () => Error): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(error()), ms);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (reason: unknown) => {
        clearTimeout(timer);
        reject(reason);
      },
    );
  });
}

/** The error for a host that is absent or silent; `detail` says which, for support. */
export const noHost = (detail?: string) =>
  new MeetingHostUnavailable(
    { host: 'meeting', problem: 'absent', ...(detail ? { detail } : {}) },
    detail ? `${NO_HOST_MESSAGE} (${detail})` : NO_HOST_MESSAGE,
  );
