/**
 * Hands out access tokens for the signed-in user. MSAL implements it in Teams,
 * the browser and the simulator (whose Teams hands out local development
 * tokens through nested app authentication). The Graph code asks only this,
 * so no host needs a special path.
 */
export interface TokenProvider {
  /** An access token carrying at least `scopes`; rejects when none can be had. */
  getToken(scopes: string[]): Promise<string>;
}
