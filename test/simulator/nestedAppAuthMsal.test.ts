/**
 * MSAL itself against the simulated Teams' answers: the app's own token
 * provider (createMsalTokenProvider, MSAL's createNestablePublicClientApplication)
 * with a window.nestedAppAuthBridge that carries each request to
 * answerNestedAppAuth and back, as teams-js does between a pane and the
 * simulator. Nothing here reaches the network.
 *
 * @jest-environment jsdom
 */
import { TextDecoder, TextEncoder } from 'node:util';
import { createMsalTokenProvider } from '../../src/auth';
import { LOCAL_DEV_CLIENT_ID } from '../../src/ports';
import { answerNestedAppAuth, homeAccountIdOf, NESTED_APP_AUTH, type SimPerson } from '../../src/simulator/host';

// jsdom lacks what every browser MSAL supports has; MSAL decodes the id token with it.
Object.assign(globalThis, { TextEncoder, TextDecoder });

const ALEX: SimPerson = { userId: 'sim-alex', displayName: 'Alex', part: 'coach', email: 'alex@contoso.example' };
const SAM: SimPerson = { userId: 'sim-sam', displayName: 'Sam', part: 'coachee', email: 'sam@contoso.example' };

interface Asked {
  method: string;
  tokenParams?: { scope: string; platformBrokerId?: string };
}

/**
 * What teams-js gives a pane whose host supports NAA: the bridge MSAL posts
 * its JSON to, answered here as the simulator answers `person`'s pane, the
 * response's JSON string handed to MSAL's listener a turn later.
 */
function paneBridge(person: SimPerson) {
  const listeners: ((response: string) => void)[] = [];
  const asked: Asked[] = [];
  const bridge = {
    addEventListener: (_: string, listener: (response: string) => void) => void listeners.push(listener),
    removeEventListener: () => undefined,
    postMessage: (json: string) => {
      asked.push(JSON.parse(json) as Asked);
      const { reply } = answerNestedAppAuth({ id: 1, func: NESTED_APP_AUTH, args: [], data: json }, person, Date.now());
      if (reply) setTimeout(() => listeners.forEach((listener) => listener(reply[1] as string)), 0);
    },
  };
  Object.assign(window, { nestedAppAuthBridge: bridge });
  return asked;
}

const tokensFor = (person: SimPerson) => createMsalTokenProvider({ clientId: LOCAL_DEV_CLIENT_ID, loginHint: person.email });

afterEach(() => {
  delete (window as { nestedAppAuthBridge?: unknown }).nestedAppAuthBridge;
  window.sessionStorage.clear();
});

describe('MSAL through the simulated Teams', () => {
  it('gets the pane person’s dev token over NAA, then serves the same scopes from its cache', async () => {
    const asked = paneBridge(ALEX);
    const tokens = tokensFor(ALEX);
    await expect(tokens.getToken(['Calendars.Read.Shared'])).resolves.toBe('dev.sim-alex');
    await expect(tokens.getToken(['Calendars.Read.Shared'])).resolves.toBe('dev.sim-alex');
    await expect(tokens.getToken(['Calendars.ReadWrite'])).resolves.toBe('dev.sim-alex');
    expect(asked.map((a) => [a.method, a.tokenParams?.scope])).toEqual([
      ['GetInitContext', undefined],
      ['GetToken', 'Calendars.Read.Shared'],
      ['GetToken', 'Calendars.ReadWrite'],
    ]);
  });

  it('gives the second pane of the same page (one sessionStorage) its own person’s token, asked for them', async () => {
    paneBridge(ALEX);
    await expect(tokensFor(ALEX).getToken(['Calendars.ReadWrite'])).resolves.toBe('dev.sim-alex');

    const asked = paneBridge(SAM);
    await expect(tokensFor(SAM).getToken(['Calendars.ReadWrite'])).resolves.toBe('dev.sim-sam');
    const tokenRequests = asked.filter((a) => a.method === 'GetToken');
    expect(tokenRequests).toHaveLength(1);
    expect([undefined, homeAccountIdOf(SAM)]).toContain(tokenRequests[0]?.tokenParams?.platformBrokerId);

    // Alex's pane loads again: MSAL finds Alex's token in the shared cache, not Sam's, and asks nobody.
    const again = paneBridge(ALEX);
    await expect(tokensFor(ALEX).getToken(['Calendars.ReadWrite'])).resolves.toBe('dev.sim-alex');
    expect(again.map((a) => a.method)).toEqual(['GetInitContext']);
  });
});
