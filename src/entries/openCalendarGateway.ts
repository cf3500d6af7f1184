// Loaded on first use of the calendar (its own chunk, with Graph and sign-in
// behind it), so neither zod nor any of them weighs on the side panel's first paint.
import { z } from 'zod';
import { GRAPH_SANDBOX_CONFIG, LOCAL_DEV_TENANT_ID, type CalendarGateway, type MeetingContext } from '../ports';

const sandboxConfig = z.object({ baseUrl: z.url({ protocol: /^https?$/ }).max(2048) });

async function sandboxBaseUrl(): Promise<string> {
  const response = await fetch(new URL(GRAPH_SANDBOX_CONFIG, window.location.origin), { cache: 'no-store' });
  const parsed = response.ok ? sandboxConfig.safeParse(await response.json()) : null;
  if (!parsed?.success) throw new Error('The local Graph sandbox is not running (start the app with npm start).');
  return parsed.data.baseUrl;
}

/**
 * The simulator's tenant gets development tokens and the local sandbox; any
 * other gets MSAL and Microsoft Graph. Only the token provider and the
 * address differ: the Graph code is the same.
 */
export async function openCalendarGateway(context: MeetingContext, clientId: string): Promise<CalendarGateway> {
  const [{ GraphCalendarGateway }, auth] = await Promise.all([
    import(/* webpackChunkName: "graph" */ '../graph'),
    import(/* webpackChunkName: "auth" */ '../auth'),
  ]);
  if (context.tenantId === LOCAL_DEV_TENANT_ID) {
    return new GraphCalendarGateway({ tokens: new auth.DevTokenProvider(context.userId), baseUrl: await sandboxBaseUrl() });
  }
  if (!clientId) throw new Error('Sign-in is not set up in this build of Stagecoach (AAD_APP_CLIENT_ID was not set).');
  return new GraphCalendarGateway({
    tokens: auth.createMsalTokenProvider({ clientId, loginHint: context.userPrincipalName }),
  });
}
