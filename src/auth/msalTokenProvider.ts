import type { Configuration } from '@azure/msal-browser';
import { createTokenFlow, type TokenFlow } from './tokenFlow';
import { settled } from '../base';

export interface MsalAuthConfig {
  /** The Entra app registration's client id (AAD_APP_CLIENT_ID, the manifest's webApplicationInfo.id). */
  clientId: string;
  /** Default: work and school accounts of any tenant. */
  authority?: string;
  /** Who the host says is signed in (Teams: `context.user.loginHint`). */
  loginHint?: string | null;
  /**
   * Where the popup fallback lands; must be registered as a SPA redirect URI.
   * Default: `auth-redirect.html` beside the current page (so `HOST_URL/auth-redirect.html`,
   * path included), a page that only runs MSAL's redirect bridge. MSAL 5 needs
   * such a page (served without Cross-Origin-Opener-Policy) to hand the popup's
   * answer back; the app's own pages would start Teams and Live Share in the
   * popup. NAA ignores it.
   */
  redirectUri?: string;
  /**
   * Whether the host says it offers nested app authentication (Outlook: the
   * NestedAppAuth 1.1 requirement set). False goes straight to the standard
   * client and its popup; unset lets MSAL look for the host's bridge.
   */
  nestedAppAuth?: boolean;
}

export const DEFAULT_AUTHORITY = 'https://login.microsoftonline.com/organizations';
export const REDIRECT_PAGE = 'auth-redirect.html';

export function msalConfiguration(config: MsalAuthConfig): Configuration {
  const clientId = config.clientId.trim();
  if (!clientId) throw new Error('MsalAuthConfig.clientId is empty: set the Entra app registration client id.');
  return {
    auth: {
      clientId,
      authority: config.authority ?? DEFAULT_AUTHORITY,
      redirectUri: config.redirectUri ?? new URL(REDIRECT_PAGE, document.baseURI).href,
    },
  };
}

const loadMsal = () => import(/* webpackChunkName: "msal" */ '@azure/msal-browser');

/**
 * Starts fetching MSAL's code without making a client, for a page that will
 * sign in as soon as its host is up (teams-js must be initialized before MSAL
 * starts: loading its code is not starting it). Settles once it is in or
 * failed (the first getToken asks again); never rejects.
 */
export function preloadMsal(): Promise<void> {
  return settled(loadMsal());
}

/**
 * Tokens through Nested App Authentication where Teams or Outlook offers it,
 * a popup in a plain browser otherwise. createNestablePublicClientApplication
 * makes that choice itself: without the host's NAA bridge it returns a
 * standard (popup-capable) client, so there is no second path here.
 *
 * MSAL is imported on the first getToken, not with this module, so it stays
 * out of the first paint. Microsoft asks that teams-js be initialized before
 * MSAL starts: an entry must not call getToken before its Teams host is up.
 */
export function createMsalTokenProvider(config: MsalAuthConfig): TokenFlow {
  return createTokenFlow({
    loginHint: config.loginHint ?? null,
    createClient: async () => {
      const configuration = msalConfiguration(config);
      const msal = await loadMsal();
      return config.nestedAppAuth === false
        ? msal.createStandardPublicClientApplication(configuration)
        : msal.createNestablePublicClientApplication(configuration);
    },
  });
}
