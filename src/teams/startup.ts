import { app } from '@microsoft/teams-js';
import { hasNoHost, INITIALIZE_TIMEOUT_MS, noHost, withTimeout, type HostSignals } from './hostPresence';
import { messageOf } from '../base';

let initialized: Promise<void> | null = null;

/**
 * Starts teams-js once per page (a failed start cannot be retried without a
 * reload, teams-js keeps the failed promise).
 * @throws MeetingHostUnavailable at once outside any host, or after the timeout.
 */
export function initializeTeams(win: HostSignals = window, timeoutMs = INITIALIZE_TIMEOUT_MS): Promise<void> {
  if (hasNoHost(win)) return Promise.reject(noHost());
  initialized ??= withTimeout(
    app.initialize().catch((error: unknown) => {
      throw noHost(messageOf(error));
    }),
    timeoutMs,
    () => noHost(`The host did not answer within ${timeoutMs / 1000} s.`),
  );
  return initialized;
}
