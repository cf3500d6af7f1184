import type { IPublicClientApplication, InteractionRequiredAuthError } from '@azure/msal-browser';

/**
 * The part of MSAL's client the token flow uses. Naming it keeps the flow
 * honest (it cannot reach for redirects or logout) and lets tests drive it
 * with a strict fake that implements exactly these methods.
 */
export type MsalClient = Pick<
  IPublicClientApplication,
  'getActiveAccount' | 'getAccount' | 'getAllAccounts' | 'setActiveAccount' | 'acquireTokenSilent' | 'ssoSilent' | 'acquireTokenPopup'
>;

/**
 * MSAL's signal that only the user can go on (consent, MFA, expired session).
 * Checked by name, which MSAL sets in the constructor, rather than with
 * instanceof: the flow then needs no MSAL code until the first token, and an
 * error from a second copy of msal-common (NAA brings its own path) still counts.
 */
export function isInteractionRequired(error: unknown): error is InteractionRequiredAuthError {
  return error instanceof Error && error.name === 'InteractionRequiredAuthError';
}
