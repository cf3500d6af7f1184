import { offersLiveShare, type SimFrame } from './meeting';

/**
 * The capabilities the simulated host announces. Meeting APIs are not in it:
 * teams-js gates them on the frame context alone. notifySuccessResponse is
 * left out, so notifySuccess needs no answer, as in the Teams web client.
 */
export const RUNTIME = {
  apiVersion: 4,
  supports: {
    appInstallDialog: {},
    // calendar.openCalendarItem, which the personal tab uses to open a follow-up (answered by answer.ts).
    calendar: {},
    // Live Share: teams-js's LiveShareHost.create() requires it (answered by interactive.ts).
    interactive: {},
    // Nested app authentication: teams-js then gives the app window.nestedAppAuthBridge,
    // which MSAL talks to (answered by nestedAppAuth.ts).
    nestedAppAuth: {},
    pages: { config: {}, appButton: {}, tabs: {}, backStack: {}, fullTrust: {} },
    teamsCore: {},
  },
} as const;

/** Reported as the client's own SDK version; teams-js uses it only on mobile. */
const CLIENT_SDK_VERSION = '2.0.1';

/**
 * initialize's reply: frame context, client type, version, then the runtime
 * as a JSON string (an object would quietly get teams-js's legacy runtime
 * instead). Teams' own order: teams-js reads the runtime from either of the
 * last two places, but looks for `supports.nestedAppAuth` only in the last
 * one before it gives the app its NAA bridge.
 */
export function initializeReply(frame: SimFrame): unknown[] {
  const { interactive, ...others } = RUNTIME.supports;
  const supports = offersLiveShare(frame) ? { ...others, interactive } : others;
  return [frame.frameContext, frame.client === 'phone' ? 'android' : 'web', CLIENT_SDK_VERSION, JSON.stringify({ ...RUNTIME, supports })];
}
