import { localDevToken, type TokenProvider } from '../ports';

/**
 * Local dev tokens, `dev.<userId>`, unsigned, without a Teams host: for tests
 * and tools that call the local Graph sandbox (test/graph/sandbox) directly,
 * the only server that accepts them; Microsoft Graph answers 401. The app
 * never uses it: in the simulator it gets the same tokens through MSAL, from
 * the simulated Teams' nested app authentication. Free of MSAL.
 */
export class DevTokenProvider implements TokenProvider {
  constructor(private readonly userId: string) {
    if (!userId.trim()) throw new Error('DevTokenProvider needs a user id: the sandbox maps dev.<userId> to a user.');
  }

  getToken(): Promise<string> {
    return Promise.resolve(localDevToken(this.userId));
  }
}
