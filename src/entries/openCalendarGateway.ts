// Loaded on first use of the calendar (its own chunk, with Graph and sign-in
// behind it), so neither zod nor any of them weighs on the side panel's first paint.
import { z } from 'zod';
import {
  GRAPH_SANDBOX_CONFIG,
  LOCAL_DEV_CLIENT_ID,
  LOCAL_DEV_TENANT_ID,
  type CalendarGateway,
  type MeetingContext,
} from '../ports';

const sandboxConfig = z.object({ baseUrl: z.url({ protocol: /^https?$/ }).max(2048) });

async function sandboxBaseUrl(): Promise<string> {
  const response = await fetch(new URL(GRAPH_SANDBOX_CONFIG, window.location.origin), { cache: 'no-store' });
  const parsed = response.ok ? sandboxConfig.safeParse(await response.json()) : null;
  if (!parsed?.success) throw new Error('The local Graph sandbox is not running (start the app with npm start).');
  return parsed.data.baseUrl;
}

/**
 * Tokens come from MSAL everywhere, through the host's nested app
 * authentication. The simulator's tenant differs only in the client id its
 * Teams answers for and in Graph's address: its Teams hands out local dev
 * tokens, which only the local sandbox accepts. The Graph code is the same.
 */
export async function openCalendarGateway(context: MeetingContext, clientId: string): Promise<CalendarGateway> {
  const [{ GraphCalendarGateway }, auth] = await Promise.all([
    import(/* webpackChunkName: "graph" */ '../graph'),
    import(/* webpackChunkName: "auth" */ '../auth'),
  ]);
  const loginHint = context.userPrincipalName;
  if (context.tenantId === LOCAL_DEV_TENANT_ID) {
    return new GraphCalendarGateway({
      tokens: auth.createMsalTokenProvider({ clientId: LOCAL_DEV_CLIENT_ID, loginHint }),
      baseUrl: await sandboxBaseUrl(),
    });
  }
  if (!clientId) throw new Error('Sign-in is not set up in this build of Stagecoach (AAD_APP_CLIENT_ID was not set).');
  return new GraphCalendarGateway({ tokens: auth.createMsalTokenProvider({ clientId, loginHint }) });
}
