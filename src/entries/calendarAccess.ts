import type { CalendarGateway, MeetingContext } from '../ports';
import { notesDeepLink } from '../teams';
import type { CalendarAccess } from '../ui';

/** Set by the build from the deployment's environment (webpack's DefinePlugin); empty in a local build. */
const BUILD = {
  clientId: process.env.AAD_APP_CLIENT_ID ?? '',
  teamsAppId: process.env.TEAMS_APP_ID ?? '',
};

/** The side panel's calendar: Graph and sign-in load as chunks of their own when first used. */
export function calendarAccessFor(context: MeetingContext): CalendarAccess {
  let loading: Promise<CalendarGateway> | null = null;
  return {
    gateway: () =>
      (loading ??= import(/* webpackChunkName: "calendar" */ './openCalendarGateway')
        .then(({ openCalendarGateway }) => openCalendarGateway(context, BUILD.clientId))
        .catch((error: unknown) => {
          loading = null; // a failed chunk load or a missing sandbox may pass: let "Try again" load again
          throw error;
        })),
    timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
    chatId: context.chatId,
    notesUrl: notesDeepLink(BUILD.teamsAppId, context.chatId) ?? new URL('sidePanel.html', window.location.href).toString(),
  };
}
