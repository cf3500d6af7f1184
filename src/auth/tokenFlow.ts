import type { AccountInfo, AuthenticationResult } from '@azure/msal-browser';
import type { TokenProvider } from '../ports';
import { InteractionQueue, scopeKey } from './interactions';
import { loadOnce, messageOf, settled } from '../base';
import { isInteractionRequired, type MsalClient } from './msalClient';

export interface TokenFlowOptions {
  /** Makes the MSAL client; called on the first getToken, again only after a failure. */
  createClient: () => Promise<MsalClient>;
  /** Who the host says is signed in (Teams: `context.user.loginHint`). */
  loginHint?: string | null;
}

/** A TokenProvider whose sign-in can be set up before anyone asks for a token. */
export interface TokenFlow extends TokenProvider {
  /**
   * Makes the MSAL client now (MSAL's code, the host's bridge), so the first
   * getToken waits for the token alone; settles once it is made. Never
   * rejects: a failure is met again, and reported, by that getToken.
   */
  prepare(): Promise<void>;
  /**
   * Settles once a first token has been answered (given or refused), or the
   * user has been turned to for one: a page that waits for its first
   * requests to leave before it draws waits for this, never for a popup.
   * Never rejects.
   */
  answered(): Promise<void>;
}

/**
 * Silent first, the user only when MSAL says nobody else can help: a popup
 * in a meeting interrupts two people, so it is never the answer to a network
 * fault or a misconfiguration.
 */
export function createTokenFlow(options: TokenFlowOptions): TokenFlow {
  const loginHint = options.loginHint?.trim() || undefined;
  const client = loadOnce(async () => {
    try {
      return await options.createClient();
    } catch (error) {
      throw new Error(`Microsoft sign-in could not start: ${messageOf(error)}`, { cause: error });
    }
  });
  const interactions = new InteractionQueue();
  let tellAnswered = () => {};
  const firstAnswer = new Promise<void>((resolve) => {
    tellAnswered = resolve;
  });

  const interactive = (msal: MsalClient, scopes: string[]): Promise<string> =>
    interactions.run(scopeKey(scopes), async () => {
      tellAnswered();
      const account = pickAccount(msal, loginHint);
      const result = await msal.acquireTokenPopup({
        scopes,
        ...(account ? { account } : loginHint ? { loginHint } : {}),
      });
      return remember(msal, result);
    });

  const fetchToken = async (scopes: string[]): Promise<string> => {
    const msal = await client();
    const account = pickAccount(msal, loginHint);
    try {
      if (account) return accessToken(await msal.acquireTokenSilent({ scopes, account }));
      // ssoSilent can reuse the host's or browser's session for a user no
      // cache knows yet; without a hint it would have to guess the user.
      if (loginHint) return remember(msal, await msal.ssoSilent({ scopes, loginHint }));
    } catch (error) {
      if (!isInteractionRequired(error)) throw error;
    }
    return interactive(msal, scopes);
  };

  // Requests for the same scopes at once (a page's first reads) share one
  // answer: each would otherwise be its own round trip through the host.
  const asked = new Map<string, Promise<string>>();

  return {
    answered: () => firstAnswer,
    prepare: () => settled(client()),
    getToken(scopes: string[]): Promise<string> {
      const key = scopeKey(scopes);
      const pending = asked.get(key);
      if (pending) return pending;
      const token = fetchToken(scopes).finally(() => asked.delete(key));
      asked.set(key, token);
      token.then(tellAnswered, tellAnswered);
      return token;
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
