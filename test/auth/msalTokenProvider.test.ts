/**
 * The real path, as far as it goes offline: jsdom has no NAA bridge (so this
 * is the plain-browser case), no fetch, and window.open is stubbed, so nothing
 * here can reach the network.
 *
 * @jest-environment jsdom
 */
import { webcrypto } from 'node:crypto';
import { TextDecoder, TextEncoder } from 'node:util';
import { createNestablePublicClientApplication } from '@azure/msal-browser';
import { createMsalTokenProvider } from '../../src/auth';
import { DEFAULT_AUTHORITY, msalConfiguration } from '../../src/auth/msalTokenProvider';

const CLIENT_ID = '43aba571-88d8-41cb-99e2-f1a7c89d29a5'; // manifest/build.mjs's made-up local default

// jsdom lacks what every browser MSAL supports has; MSAL's popup encodes with it.
Object.assign(globalThis, { TextEncoder, TextDecoder });

// jsdom's crypto has no `subtle`, which MSAL needs for PKCE; a browser on a
// secure origin has it. Without it jsdom plays an insecure (http) page.
const giveSecureCrypto = () => Object.defineProperty(window.crypto, 'subtle', { value: webcrypto.subtle, configurable: true });
const takeSecureCrypto = () => delete (window.crypto as { subtle?: unknown }).subtle;

afterEach(() => {
  takeSecureCrypto();
  jest.restoreAllMocks();
});

describe('msalConfiguration', () => {
  it('defaults to work and school accounts and the redirect bridge page beside this page', () => {
    expect(msalConfiguration({ clientId: ` ${CLIENT_ID} ` }).auth).toEqual({
      clientId: CLIENT_ID,
      authority: DEFAULT_AUTHORITY,
      redirectUri: 'http://localhost/auth-redirect.html',
    });
    expect(DEFAULT_AUTHORITY).toBe('https://login.microsoftonline.com/organizations');
  });

  it('puts the redirect page beside the app pages when the app is served under a path', () => {
    window.history.replaceState(null, '', '/stagecoach/sidePanel.html?inTeams=1');
    try {
      expect(msalConfiguration({ clientId: CLIENT_ID }).auth.redirectUri).toBe('http://localhost/stagecoach/auth-redirect.html');
    } finally {
      window.history.replaceState(null, '', '/');
    }
  });

  it('keeps an authority and redirect URI it is given', () => {
    const auth = msalConfiguration({
      clientId: CLIENT_ID,
      authority: 'https://login.microsoftonline.com/contoso.example',
      redirectUri: 'https://app.example/r.html',
    }).auth;
    expect(auth.authority).toBe('https://login.microsoftonline.com/contoso.example');
    expect(auth.redirectUri).toBe('https://app.example/r.html');
  });
});

describe('createNestablePublicClientApplication without a NAA bridge', () => {
  it('falls back to a standard client by itself', async () => {
    giveSecureCrypto();
    expect((window as { nestedAppAuthBridge?: unknown }).nestedAppAuthBridge).toBeUndefined();
    const pca = await createNestablePublicClientApplication(msalConfiguration({ clientId: CLIENT_ID }));
    // `controller` is MSAL's own field; its class is the only outward sign of which path was taken.
    expect((pca as unknown as { controller: object }).controller.constructor.name).toBe('StandardController');
    expect(pca.getAllAccounts()).toEqual([]);
    expect(pca.getActiveAccount()).toBeNull();
  });
});

describe('createMsalTokenProvider', () => {
  it('rejects getToken clearly when MSAL cannot start (an insecure page has no crypto.subtle)', async () => {
    const tokens = createMsalTokenProvider({ clientId: CLIENT_ID });
    await expect(tokens.getToken(['Calendars.ReadWrite'])).rejects.toThrow(/^Microsoft sign-in could not start: crypto_nonexistent/);
  });

  it('rejects getToken clearly without a client id', async () => {
    giveSecureCrypto();
    const tokens = createMsalTokenProvider({ clientId: '  ' });
    await expect(tokens.getToken(['Calendars.ReadWrite'])).rejects.toThrow(
      'Microsoft sign-in could not start: MsalAuthConfig.clientId is empty',
    );
  });

  it('told the host has no nested app authentication (Outlook without NestedAppAuth 1.1), never uses a bridge: the popup', async () => {
    giveSecureCrypto();
    const bridge = { postMessage: jest.fn(), addEventListener: jest.fn(), removeEventListener: jest.fn() };
    Object.assign(window, { nestedAppAuthBridge: bridge });
    try {
      const open = jest.spyOn(window, 'open').mockReturnValue(null);
      const tokens = createMsalTokenProvider({ clientId: CLIENT_ID, nestedAppAuth: false });
      await expect(tokens.getToken(['Tasks.ReadWrite'])).rejects.toMatchObject({ errorCode: 'popup_window_error' });
      expect(open).toHaveBeenCalledTimes(1);
      expect(bridge.postMessage).not.toHaveBeenCalled();
      expect(bridge.addEventListener).not.toHaveBeenCalled();
    } finally {
      delete (window as { nestedAppAuthBridge?: unknown }).nestedAppAuthBridge;
    }
  });

  it('with nobody signed in and no hint, opens a popup; a blocked one rejects getToken', async () => {
    giveSecureCrypto();
    const open = jest.spyOn(window, 'open').mockReturnValue(null);
    const tokens = createMsalTokenProvider({ clientId: CLIENT_ID });
    await expect(tokens.getToken(['Calendars.ReadWrite'])).rejects.toMatchObject({ errorCode: 'popup_window_error' });
    expect(open).toHaveBeenCalledTimes(1);
  });
});
