import { z } from 'zod';
import { LOCAL_DEV_CLIENT_ID, localDevToken } from '../../ports';
import { SIM_TENANT_ID, type SimPerson } from './meeting';
import type { HostRequest } from './messages';

// Teams' side of nested app authentication (NAA), as MSAL's BridgeProxy asks
// it through teams-js's window.nestedAppAuthBridge: teams-js posts
// { func: 'nestedAppAuth.execute', data: <MSAL's request envelope as JSON> }
// to the top window and hands MSAL the JSON string it finds in the reply's
// args[1]. Each pane's frame gets its own person's tokens: the local dev
// tokens the Graph sandbox accepts, under the simulator's tenant.

export const NESTED_APP_AUTH = 'nestedAppAuth.execute';
export const isNestedAppAuth = (func: string) => func === NESTED_APP_AUTH;

/** Microsoft Entra's public cloud, as MSAL names an account's environment. */
export const SIM_ENVIRONMENT = 'login.microsoftonline.com';
/** An hour, like Entra's access tokens; MSAL renews from its cache after that. */
export const TOKEN_LIFETIME_SECONDS = 3600;
/** Shown to MSAL as the host's NAA SDK. */
const SDK = { sdkName: 'Stagecoach meeting simulator', sdkVersion: '1.0.0' } as const;

/** What the simulated Teams gave whom, for the simulator to show. */
export interface TokenGrant {
  userId: string;
  scopes: string[];
}

export interface NestedAppAuthOutcome {
  /** The reply's args; none when the request names no request id to answer. */
  reply?: unknown[];
  grant?: TokenGrant;
}

/** MSAL's BridgeStatusCode values this host answers with. */
type BridgeStatus = 'PERSISTENT_ERROR' | 'ACCOUNT_UNAVAILABLE';

// MSAL's BridgeRequestEnvelope and TokenRequest (src/naa in @azure/msal-browser),
// reduced to what the host reads; other fields pass unread. Untrusted: bounded.
const tokenParamsSchema = z.object({
  clientId: z.string().min(1).max(128),
  scope: z.string().max(2048),
  correlationId: z.string().max(128).optional(),
  /** The account MSAL means (its homeAccountId), when it has one. */
  platformBrokerId: z.string().max(512).optional(),
  authenticationScheme: z.string().max(32).optional(),
});

const requestSchema = z.object({
  messageType: z.literal('NestedAppAuthRequest'),
  method: z.string().min(1).max(64),
  requestId: z.string().min(1).max(128),
  tokenParams: tokenParamsSchema.optional(),
});

type TokenParams = z.infer<typeof tokenParamsSchema>;

const SCOPE = /^[A-Za-z0-9._:/-]{1,256}$/;
const MAX_SCOPES = 32;

/** A request's scopes, once each, or null when one is not a scope. */
function scopesOf(scope: string): string[] | null {
  const scopes = [...new Set(scope.split(/\s+/).filter(Boolean))];
  if (scopes.length === 0 || scopes.length > MAX_SCOPES || !scopes.every((s) => SCOPE.test(s))) return null;
  return scopes;
}

/** MSAL's homeAccountId for an Entra account: `<object id>.<tenant id>`. */
export const homeAccountIdOf = (person: SimPerson) => `${person.userId}.${SIM_TENANT_ID}`;

const base64Url = (json: string): string => {
  let binary = '';
  for (const byte of new TextEncoder().encode(json)) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
};

/** The id token's claims, as Entra's v2.0 endpoint names them. */
export function idTokenClaims(person: SimPerson, clientId: string, nowSeconds: number) {
  return {
    ver: '2.0',
    iss: `https://${SIM_ENVIRONMENT}/${SIM_TENANT_ID}/v2.0`,
    aud: clientId,
    iat: nowSeconds,
    nbf: nowSeconds,
    exp: nowSeconds + TOKEN_LIFETIME_SECONDS,
    oid: person.userId,
    sub: person.userId,
    tid: SIM_TENANT_ID,
    name: person.displayName,
    preferred_username: person.email,
  };
}

/** Unsigned (`alg: none`, empty signature): MSAL only decodes an id token it gets from its host. */
const unsignedJwt = (claims: object) => `${base64Url(JSON.stringify({ alg: 'none', typ: 'JWT' }))}.${base64Url(JSON.stringify(claims))}.`;

const envelope = (requestId: string, body: object) => ({ messageType: 'NestedAppAuthResponse', requestId, ...body });

const failure = (requestId: string, status: BridgeStatus, code: string, description: string) =>
  envelope(requestId, { success: false, error: { status, code, description } });

function account(person: SimPerson, claims: object) {
  return {
    homeAccountId: homeAccountIdOf(person),
    environment: SIM_ENVIRONMENT,
    tenantId: SIM_TENANT_ID,
    username: person.email,
    localAccountId: person.userId,
    name: person.displayName,
    loginHint: person.email,
    idTokenClaims: claims,
  };
}

function initContext(requestId: string, person: SimPerson) {
  return envelope(requestId, {
    success: true,
    initContext: {
      ...SDK,
      capabilities: { queryAccount: false },
      // Who is signed in to this Teams: MSAL looks up its cache for this account.
      accountContext: { homeAccountId: homeAccountIdOf(person), environment: SIM_ENVIRONMENT, tenantId: SIM_TENANT_ID },
    },
  });
}

function token(requestId: string, params: TokenParams | undefined, person: SimPerson, now: number) {
  if (!params) return { response: failure(requestId, 'PERSISTENT_ERROR', 'invalid_request', 'A token request needs tokenParams.') };
  if (params.clientId.toLowerCase() !== LOCAL_DEV_CLIENT_ID) {
    const description = `The simulated Teams answers only for Stagecoach's local client id (${LOCAL_DEV_CLIENT_ID}).`;
    return { response: failure(requestId, 'PERSISTENT_ERROR', 'invalid_client', description) };
  }
  if (params.authenticationScheme && params.authenticationScheme.toLowerCase() !== 'bearer') {
    const description = 'The simulated Teams hands out bearer tokens only.';
    return { response: failure(requestId, 'PERSISTENT_ERROR', 'unsupported_authentication_scheme', description) };
  }
  const scopes = scopesOf(params.scope);
  if (!scopes) return { response: failure(requestId, 'PERSISTENT_ERROR', 'invalid_scope', 'The scopes are missing or malformed.') };
  // One user is signed in to each pane's Teams; a request for anyone else's account cannot be met here.
  if (params.platformBrokerId && params.platformBrokerId !== homeAccountIdOf(person)) {
    const description = `Only ${person.displayName}'s account is signed in to this Teams.`;
    return { response: failure(requestId, 'ACCOUNT_UNAVAILABLE', 'account_unavailable', description) };
  }
  const nowSeconds = Math.floor(now / 1000);
  const claims = idTokenClaims(person, LOCAL_DEV_CLIENT_ID, nowSeconds);
  const response = envelope(requestId, {
    success: true,
    token: {
      access_token: localDevToken(person.userId),
      expires_in: TOKEN_LIFETIME_SECONDS,
      id_token: unsignedJwt(claims),
      scope: scopes.join(' '),
      authority: `https://${SIM_ENVIRONMENT}/${SIM_TENANT_ID}`,
      properties: null,
    },
    account: account(person, claims),
  });
  return { response, grant: { userId: person.userId, scopes } };
}

/**
 * How the simulated Teams answers one nested app authentication request from
 * the frame `person` sees. Pure but for `now` (milliseconds since the epoch).
 * Methods are MSAL 5's BridgeMethods: GetInitContext, GetToken and
 * GetTokenPopup (the simulator's tenant has consented to everything, so the
 * popup is never needed and answers like GetToken).
 */
export function answerNestedAppAuth(request: HostRequest, person: SimPerson, now: number): NestedAppAuthOutcome {
  let json: unknown;
  try {
    json = request.data === undefined ? undefined : JSON.parse(request.data);
  } catch {
    return {};
  }
  const parsed = requestSchema.safeParse(json);
  if (!parsed.success) {
    // Still answered when the request id can be read, so MSAL does not wait for ever.
    const requestId = z.object({ requestId: requestSchema.shape.requestId }).safeParse(json);
    if (!requestId.success) return {};
    const response = failure(requestId.data.requestId, 'PERSISTENT_ERROR', 'invalid_request', 'The request is malformed.');
    return { reply: [null, JSON.stringify(response)] };
  }
  const { method, requestId, tokenParams } = parsed.data;
  switch (method) {
    case 'GetInitContext':
      return { reply: [null, JSON.stringify(initContext(requestId, person))] };
    case 'GetToken':
    case 'GetTokenPopup': {
      const { response, grant } = token(requestId, tokenParams, person, now);
      return { reply: [null, JSON.stringify(response)], ...(grant ? { grant } : {}) };
    }
    default: {
      const description = `${method} is not a nested app authentication method the simulated Teams knows.`;
      return { reply: [null, JSON.stringify(failure(requestId, 'PERSISTENT_ERROR', 'unsupported_method', description))] };
    }
  }
}
