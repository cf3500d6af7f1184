import type { AccountInfo, AuthenticationResult } from '@azure/msal-browser';
import type { TokenProvider } from '../ports';
import { InteractionQueue, scopeKey } from './interactions';
import { loadOnce, messageOf } from '../base';
import { isInteractionRequired, type MsalClient } from './msalClient';

export interface TokenFlowOptions {
  /** Makes the MSAL client; called on the first getToken, again only after a failure. */
  createClient: () => Promise<MsalClient>;
  /** Who the host says is signed in (Teams: `context.user.loginHint`). */
  loginHint?: string | null;
  /** The time, for the tokens' expiry; Date.now unless a test says. */
  now?: () => number;
}

/** A token is reused until this long before it expires (MSAL renews its own at five minutes too). */
export const TOKEN_RENEW_BEFORE_MS = 5 * 60_000;

/**
 * Silent first, the user only when MSAL says nobody else can help: a popup
 * in a meeting interrupts two people, so it is never the answer to a network
 * fault or a misconfiguration.
 */
export function createTokenFlow(options: TokenFlowOptions): TokenProvider {
  const loginHint = options.loginHint?.trim() || undefined;
  const client = loadOnce(async () => {
    try {
      return await options.createClient();
    } catch (error) {
      throw new Error(`Microsoft sign-in could not start: ${messageOf(error)}`, { cause: error });
    }
  });
  const interactions = new InteractionQueue();
  const now = options.now ?? Date.now;
  /**
   * The last token for each set of scopes, and the request on its way: a page
   * asks Graph several things at once, each asking for a token twice (is
   * sign-in possible, then the request itself), and with nested app
   * authentication every MSAL call is a round trip to the host.
   */
  const recent = new Map<string, { token: string; renewAt: number }>();
  const asking = new Map<string, Promise<string>>();
  const kept = (key: string, result: AuthenticationResult, token: string): string => {
    const expires = result.expiresOn?.getTime();
    if (expires !== undefined && !Number.isNaN(expires)) recent.set(key, { token, renewAt: expires - TOKEN_RENEW_BEFORE_MS });
    return token;
  };

  const interactive = (msal: MsalClient, scopes: string[]): Promise<string> =>
    interactions.run(scopeKey(scopes), async () => {
      const account = pickAccount(msal, loginHint);
      const result = await msal.acquireTokenPopup({
        scopes,
        ...(account ? { account } : loginHint ? { loginHint } : {}),
      });
      return kept(scopeKey(scopes), result, remember(msal, result));
    });

  const acquire = async (key: string, scopes: string[]): Promise<string> => {
    const msal = await client();
    const account = pickAccount(msal, loginHint);
    try {
      if (account) {
        const result = await msal.acquireTokenSilent({ scopes, account });
        return kept(key, result, accessToken(result));
      }
      // ssoSilent can reuse the host's or browser's session for a user no
      // cache knows yet; without a hint it would have to guess the user.
      if (loginHint) {
        const result = await msal.ssoSilent({ scopes, loginHint });
        return kept(key, result, remember(msal, result));
      }
    } catch (error) {
      if (!isInteractionRequired(error)) throw error;
    }
    return interactive(msal, scopes);
  };

  return {
    getToken(scopes: string[]): Promise<string> {
      const key = scopeKey(scopes);
      const last = recent.get(key);
      if (last && now() < last.renewAt) return Promise.resolve(last.token);
      let pending = asking.get(key);
      if (!pending) {
        pending = acquire(key, scopes);
        asking.set(key, pending);
        const forget = () => {
          if (asking.get(key) === pending) asking.delete(key);
        };
        pending.then(forget, forget);
      }
      return pending;
    },
  };
}

/**
 * The account to ask for. With a login hint, only the person the host names:
 * MSAL's cache and active account live in the page's storage, which another
 * user's session may have filled (Teams on the web after switching accounts,
 * or the simulator, whose panes are frames of one page), and a token asked
 * for their account is not this user's. Without a hint: the active account,
 * else the first cached one.
 */
function pickAccount(msal: MsalClient, loginHint: string | undefined): AccountInfo | null {
  const active = msal.getActiveAccount();
  if (!loginHint) return active ?? msal.getAllAccounts()[0] ?? null;
  if (active && active.username.toLowerCase() === loginHint.toLowerCase()) return active;
  return msal.getAccount({ loginHint });
}

/** Later silent calls then find this user without a hint. */
function remember(msal: MsalClient, result: AuthenticationResult): string {
  const token = accessToken(result);
  msal.setActiveAccount(result.account);
  return token;
}

function accessToken(result: AuthenticationResult): string {
  if (!result.accessToken) throw new Error('Microsoft sign-in returned no access token for these scopes.');
  return result.accessToken;
}
