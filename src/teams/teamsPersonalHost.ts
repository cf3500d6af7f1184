// The personal tab's host over teams-js: loaded with import() by index.ts, a
// chunk of its own outside the personal tab's first paint.
import { app, calendar } from '@microsoft/teams-js';
import { MeetingHostUnavailable, type PersonalHost } from '../ports';
import { openCalendarItemWith } from './calendarItem';
import { INITIALIZE_TIMEOUT_MS } from './hostPresence';
import { toPersonalContext, type TeamsPersonalContext } from './personalContext';
import { initializeTeams } from './startup';
import { themeEvents } from './themeEvents';
import { messageOf } from '../base';

export const PERSONAL_NO_HOST_MESSAGE =
  'My coaching runs inside Microsoft Teams, Outlook or the Microsoft 365 app. Open Stagecoach there, from the apps in the side bar.';

/** Tells the host the tab failed, so it shows its own error instead of a spinner. */
function notifyFailure(message: string): void {
  if (app.isInitialized()) app.notifyFailure({ reason: app.FailedReason.Other, message });
}

/** The personal tab's host, with the session a deep link asked it to open (`context.sessionToOpen`). */
export interface TeamsPersonalHost extends PersonalHost {
  readonly context: TeamsPersonalContext;
}

/**
 * The PersonalHost inside Teams, Outlook or the Microsoft 365 app (or any host
 * that speaks teams-js's protocol, like the simulator).
 * @throws MeetingHostUnavailable with a message for people when there is no host.
 */
export async function createTeamsPersonalHost(win: Window = window, timeoutMs = INITIALIZE_TIMEOUT_MS): Promise<TeamsPersonalHost> {
  try {
    await initializeTeams(win, timeoutMs);
  } catch (error) {
    // The meeting surfaces' words would send the user to a meeting; this tab lives elsewhere.
    const detail = error instanceof Error ? /\(([^()]*)\)$/.exec(error.message)?.[1] : undefined;
    throw new MeetingHostUnavailable(
      { host: 'personal', problem: 'absent', ...(detail ? { detail } : {}) },
      detail ? `${PERSONAL_NO_HOST_MESSAGE} (${detail})` : PERSONAL_NO_HOST_MESSAGE,
    );
  }
  try {
    const context = toPersonalContext(await app.getContext());
    return {
      context,
      onThemeChange: themeEvents(),
      notifyReady: () => void app.notifySuccess().catch(() => undefined),
      notifyFailure,
      openCalendarItem: (itemId) => openCalendarItemWith(calendar, itemId),
    };
  } catch (error) {
    notifyFailure(messageOf(error));
    throw error;
  }
}
