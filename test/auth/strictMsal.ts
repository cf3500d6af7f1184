import type { AccountInfo, AuthenticationResult } from '@azure/msal-browser';
import type { MsalClient } from '../../src/auth/msalClient';

export interface Call {
  method: string;
  args: unknown[];
}

/**
 * An MSAL client that does only what a test scripts: every call is recorded,
 * and any method the test did not provide throws (and is listed in
 * `unexpected`), so a stray popup or a forgotten lookup fails the test.
 */
export function strictMsal(script: Partial<MsalClient>): { client: MsalClient; calls: Call[]; unexpected: string[] } {
  const calls: Call[] = [];
  const unexpected: string[] = [];
  const client = new Proxy({} as MsalClient, {
    get(_target, property) {
      // A promise resolving to the client probes `then`; it is not a call.
      if (typeof property === 'symbol' || property === 'then') return undefined;
      const implementation = (script as Record<string, (...args: unknown[]) => unknown>)[property];
      return (...args: unknown[]) => {
        calls.push({ method: property, args });
        if (!implementation) {
          unexpected.push(property);
          throw new Error(`unexpected MSAL call: ${property}`);
        }
        return implementation(...args);
      };
    },
  });
  return { client, calls, unexpected };
}

export const methods = (calls: Call[]): string[] => calls.map((c) => c.method);

export function account(username: string): AccountInfo {
  return {
    homeAccountId: `${username}.home`,
    environment: 'login.microsoftonline.com',
    tenantId: 'tenant',
    username,
    localAccountId: `${username}.local`,
  };
}

export function result(accessToken: string, who: AccountInfo): AuthenticationResult {
  return { accessToken, account: who } as AuthenticationResult;
}

/** A promise the test settles by hand, to hold a popup open. */
export function deferred<T>(): { promise: Promise<T>; resolve: (value: T) => void; reject: (error: unknown) => void } {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}
