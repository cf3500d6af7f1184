import { localDevToken, type TokenProvider } from '../ports';

/**
 * Tokens for the simulator's local tenant (LOCAL_DEV_TENANT_ID): `dev.<userId>`,
 * unsigned. The local Graph sandbox (test/graph/sandbox) is the only server
 * that accepts them; Microsoft Graph answers 401. Deliberately free of MSAL so
 * the simulator never loads it.
 */
export class DevTokenProvider implements TokenProvider {
  constructor(private readonly userId: string) {
    if (!userId.trim()) throw new Error('DevTokenProvider needs a user id: the sandbox maps dev.<userId> to a user.');
  }

  getToken(): Promise<string> {
    return Promise.resolve(localDevToken(this.userId));
  }
}
