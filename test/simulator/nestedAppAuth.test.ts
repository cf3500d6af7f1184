import {
  answerNestedAppAuth,
  homeAccountIdOf,
  NESTED_APP_AUTH,
  SIM_ENVIRONMENT,
  SIM_TENANT_ID,
  TOKEN_LIFETIME_SECONDS,
  type SimPerson,
} from '../../src/simulator/host';
import { LOCAL_DEV_CLIENT_ID } from '../../src/ports';

const ALEX: SimPerson = { userId: 'sim-alex', displayName: 'Alex', part: 'coach', email: 'alex@contoso.example' };
const ZOE: SimPerson = { userId: 'sim-zoe', displayName: 'Zoë Ångström', part: 'coachee', email: 'zoe@contoso.example' };
const NOW = Date.UTC(2025, 4, 6, 9, 30);
const REQUEST_ID = '684352c2-7ab7-4def-b7e1-5f2c6a0b1c3d';

/** What MSAL's BridgeProxy builds, as teams-js posts it. */
function bridgeRequest(method: string, extra: Record<string, unknown> = {}) {
  const envelope = {
    messageType: 'NestedAppAuthRequest',
    method,
    requestId: REQUEST_ID,
    sendTime: NOW,
    clientLibrary: 'msal.js.browser',
    clientLibraryVersion: '5.30.0',
    ...extra,
  };
  return { id: 5, func: NESTED_APP_AUTH, args: [], data: JSON.stringify(envelope) };
}

const tokenParams = (overrides: Record<string, unknown> = {}) => ({
  clientId: LOCAL_DEV_CLIENT_ID,
  scope: 'Calendars.Read.Shared',
  correlationId: '39dc85fe-9054-11ed-a1eb-0242ac120002',
  authenticationScheme: 'Bearer',
  extraParameters: {},
  ...overrides,
});

/** The response envelope, as MSAL reads it from the reply's args[1]. */
function responseOf(outcome: { reply?: unknown[] }) {
  expect(outcome.reply).toHaveLength(2);
  expect(outcome.reply?.[0]).toBeNull();
  return JSON.parse(outcome.reply?.[1] as string) as Record<string, unknown>;
}

const decodeSegment = (segment: string) => JSON.parse(Buffer.from(segment, 'base64url').toString('utf8')) as unknown;

describe('the simulated Teams’ nested app authentication', () => {
  it('answers GetInitContext with the pane person’s account context', () => {
    const response = responseOf(answerNestedAppAuth(bridgeRequest('GetInitContext'), ALEX, NOW));
    expect(response).toEqual({
      messageType: 'NestedAppAuthResponse',
      requestId: REQUEST_ID,
      success: true,
      initContext: {
        sdkName: expect.any(String),
        sdkVersion: expect.any(String),
        capabilities: { queryAccount: false },
        accountContext: { homeAccountId: `sim-alex.${SIM_TENANT_ID}`, environment: SIM_ENVIRONMENT, tenantId: SIM_TENANT_ID },
      },
    });
  });

  it('gives GetToken the person’s local dev token for the scopes asked, an hour long, with their account', () => {
    const outcome = answerNestedAppAuth(
      bridgeRequest('GetToken', { tokenParams: tokenParams({ scope: 'Calendars.ReadWrite ChatMessage.Send' }) }),
      ALEX,
      NOW,
    );
    expect(outcome.grant).toEqual({ userId: 'sim-alex', scopes: ['Calendars.ReadWrite', 'ChatMessage.Send'] });
    const response = responseOf(outcome);
    expect(response).toMatchObject({
      messageType: 'NestedAppAuthResponse',
      requestId: REQUEST_ID,
      success: true,
      token: {
        access_token: 'dev.sim-alex',
        expires_in: TOKEN_LIFETIME_SECONDS,
        scope: 'Calendars.ReadWrite ChatMessage.Send',
        properties: null,
      },
      account: {
        homeAccountId: homeAccountIdOf(ALEX),
        environment: SIM_ENVIRONMENT,
        tenantId: SIM_TENANT_ID,
        username: 'alex@contoso.example',
        localAccountId: 'sim-alex',
        name: 'Alex',
      },
    });
  });

  it('signs nothing: the id token is a JWT with alg none, Entra’s claims, UTF-8 intact', () => {
    const response = responseOf(answerNestedAppAuth(bridgeRequest('GetToken', { tokenParams: tokenParams() }), ZOE, NOW));
    const { id_token: idToken } = response.token as { id_token: string };
    const [header, payload, signature] = idToken.split('.');
    expect(signature).toBe('');
    expect(decodeSegment(header!)).toEqual({ alg: 'none', typ: 'JWT' });
    const seconds = NOW / 1000;
    const claims = {
      ver: '2.0',
      iss: `https://login.microsoftonline.com/${SIM_TENANT_ID}/v2.0`,
      aud: LOCAL_DEV_CLIENT_ID,
      iat: seconds,
      nbf: seconds,
      exp: seconds + TOKEN_LIFETIME_SECONDS,
      oid: 'sim-zoe',
      sub: 'sim-zoe',
      tid: SIM_TENANT_ID,
      name: 'Zoë Ångström',
      preferred_username: 'zoe@contoso.example',
    };
    expect(decodeSegment(payload!)).toEqual(claims);
    expect((response.account as { idTokenClaims: unknown }).idTokenClaims).toEqual(claims);
  });

  it('answers GetTokenPopup like GetToken: the simulator’s tenant has consented to everything', () => {
    const outcome = answerNestedAppAuth(bridgeRequest('GetTokenPopup', { tokenParams: tokenParams() }), ALEX, NOW);
    expect(responseOf(outcome)).toMatchObject({ success: true, token: { access_token: 'dev.sim-alex' } });
    expect(outcome.grant).toEqual({ userId: 'sim-alex', scopes: ['Calendars.Read.Shared'] });
  });

  it('accepts the account MSAL names when it is the pane’s, and refuses anyone else’s', () => {
    const own = bridgeRequest('GetToken', { tokenParams: tokenParams({ platformBrokerId: homeAccountIdOf(ALEX) }) });
    expect(responseOf(answerNestedAppAuth(own, ALEX, NOW))).toMatchObject({ success: true });

    const outcome = answerNestedAppAuth(own, ZOE, NOW);
    expect(outcome.grant).toBeUndefined();
    expect(responseOf(outcome)).toEqual({
      messageType: 'NestedAppAuthResponse',
      requestId: REQUEST_ID,
      success: false,
      error: { status: 'ACCOUNT_UNAVAILABLE', code: 'account_unavailable', description: expect.stringContaining('Zoë') },
    });
  });

  it.each([
    ['another client id', tokenParams({ clientId: '7c9e6679-7425-40de-944b-e07fc1f90ae7' }), 'invalid_client'],
    ['no scopes', tokenParams({ scope: '  ' }), 'invalid_scope'],
    ['a scope that is not one', tokenParams({ scope: 'Calendars.Read <script>' }), 'invalid_scope'],
    ['proof-of-possession', tokenParams({ authenticationScheme: 'pop' }), 'unsupported_authentication_scheme'],
    ['no token parameters', undefined, 'invalid_request'],
  ])('refuses a token request with %s, saying why', (_, params, code) => {
    const outcome = answerNestedAppAuth(bridgeRequest('GetToken', { tokenParams: params }), ALEX, NOW);
    expect(outcome.grant).toBeUndefined();
    expect(responseOf(outcome)).toMatchObject({
      requestId: REQUEST_ID,
      success: false,
      error: { status: 'PERSISTENT_ERROR', code, description: expect.any(String) },
    });
  });

  it('answers an unknown method with a bridge error', () => {
    const response = responseOf(answerNestedAppAuth(bridgeRequest('GetActiveAccount'), ALEX, NOW));
    expect(response).toEqual({
      messageType: 'NestedAppAuthResponse',
      requestId: REQUEST_ID,
      success: false,
      error: { status: 'PERSISTENT_ERROR', code: 'unsupported_method', description: expect.stringContaining('GetActiveAccount') },
    });
  });

  it('answers a malformed envelope it can still match, so MSAL does not wait for ever', () => {
    const request = { id: 1, func: NESTED_APP_AUTH, args: [], data: JSON.stringify({ requestId: REQUEST_ID, method: 42 }) };
    expect(responseOf(answerNestedAppAuth(request, ALEX, NOW))).toMatchObject({
      requestId: REQUEST_ID,
      success: false,
      error: { status: 'PERSISTENT_ERROR', code: 'invalid_request' },
    });
  });

  it.each([
    ['no payload', undefined],
    ['a payload that is not JSON', '{"messageType":'],
    ['no request id', JSON.stringify({ messageType: 'NestedAppAuthRequest', method: 'GetToken' })],
    ['a huge request id', JSON.stringify({ messageType: 'NestedAppAuthRequest', method: 'GetToken', requestId: 'x'.repeat(500) })],
  ])('ignores %s: there is no request to answer', (_, data) => {
    const request = { id: 1, func: NESTED_APP_AUTH, args: [], ...(data === undefined ? {} : { data }) };
    expect(answerNestedAppAuth(request, ALEX, NOW)).toEqual({});
  });
});
