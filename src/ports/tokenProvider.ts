/**
 * Hands out access tokens for the signed-in user. MSAL implements it in Teams
 * and the browser; the simulator hands out local development tokens. The
 * Graph code asks only this, so neither needs a special path.
 */
export interface TokenProvider {
  /** An access token carrying at least `scopes`; rejects when none can be had. */
  getToken(scopes: string[]): Promise<string>;
}
