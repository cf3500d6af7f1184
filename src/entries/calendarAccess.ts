import { z } from 'zod';
import { GRAPH_SANDBOX_CONFIG, LOCAL_DEV_TENANT_ID, type CalendarGateway, type MeetingContext } from '../ports';
import { notesDeepLink } from '../teams';
import type { CalendarAccess } from '../ui';

/** Set by the build from the deployment's environment (webpack's DefinePlugin); empty in a local build. */
const BUILD = {
  clientId: process.env.AAD_APP_CLIENT_ID ?? '',
  teamsAppId: process.env.TEAMS_APP_ID ?? '',
};

const sandboxConfig = z.object({ baseUrl: z.url({ protocol: /^https?$/ }).max(2048) });

async function sandboxBaseUrl(): Promise<string> {
  const response = await fetch(new URL(GRAPH_SANDBOX_CONFIG, window.location.origin), { cache: 'no-store' });
  const parsed = response.ok ? sandboxConfig.safeParse(await response.json()) : null;
  if (!parsed?.success) throw new Error('The local Graph sandbox is not running (start the app with npm start).');
  return parsed.data.baseUrl;
}

/**
 * Graph and sign-in, loaded as chunks of their own on first use. The
 * simulator's tenant gets development tokens and the local sandbox; any
 * other gets MSAL and Microsoft Graph. Only the token provider and the
 * address differ: the Graph code is the same.
 */
async function openGateway(context: MeetingContext): Promise<CalendarGateway> {
  const [{ GraphCalendarGateway }, auth] = await Promise.all([
    import(/* webpackChunkName: "graph" */ '../graph'),
    import(/* webpackChunkName: "auth" */ '../auth'),
  ]);
  if (context.tenantId === LOCAL_DEV_TENANT_ID) {
    return new GraphCalendarGateway({ tokens: new auth.DevTokenProvider(context.userId), baseUrl: await sandboxBaseUrl() });
  }
  if (!BUILD.clientId) {
    throw new Error('Sign-in is not set up in this build of Stagecoach (AAD_APP_CLIENT_ID was not set).');
  }
  return new GraphCalendarGateway({
    tokens: auth.createMsalTokenProvider({ clientId: BUILD.clientId, loginHint: context.userPrincipalName }),
  });
}

export function calendarAccessFor(context: MeetingContext): CalendarAccess {
  let loading: Promise<CalendarGateway> | null = null;
  return {
    gateway: () =>
      (loading ??= openGateway(context).catch((error: unknown) => {
        loading = null; // a failed chunk load or a missing sandbox may pass: let "Try again" load again
        throw error;
      })),
    timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
    chatId: context.chatId,
    notesUrl: notesDeepLink(BUILD.teamsAppId, context.chatId) ?? new URL('sidePanel.html', window.location.href).toString(),
  };
}
