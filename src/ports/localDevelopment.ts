/**
 * The Entra ID tenant the local meeting simulator reports. A page told it runs
 * in this tenant uses development stand-ins instead of Microsoft 365: the
 * sandbox named in `GRAPH_SANDBOX_CONFIG`, which accepts only local dev tokens
 * (unsigned), as the simulated Teams hands them out through nested app
 * authentication. Real tokens never go anywhere but Microsoft Graph, so a host
 * that claims this tenant gains nothing.
 */
export const LOCAL_DEV_TENANT_ID = '8f5a0b7c-1d2e-4f30-9a4b-5c6d7e8f9a0b';

/** Served beside the app by `npm start` and the test server: `{ "baseUrl": "http://127.0.0.1:PORT/v1.0" }`. */
export const GRAPH_SANDBOX_CONFIG = '/graph-sandbox.json';

/**
 * A local development token: unsigned, naming the user. Only the local Graph
 * sandbox accepts it (Microsoft Graph answers 401), so it is safe to mint anywhere.
 */
export const localDevToken = (userId: string): string => `dev.${userId}`;

/**
 * The client id the app asks the simulated Teams for tokens with (MSAL's
 * nested app authentication). It is manifest/build.mjs's made-up local default
 * for AAD_APP_CLIENT_ID, the id a local package's webApplicationInfo carries;
 * no Entra registration has it, so only the simulator answers for it.
 */
export const LOCAL_DEV_CLIENT_ID = '43aba571-88d8-41cb-99e2-f1a7c89d29a5';

/**
 * The mail domain of the simulator's people. `.example` is reserved (RFC 2606):
 * no real mailbox has it, so a host whose signed-in user has it (the
 * simulator's Office host, which names no tenant) is the local simulator.
 */
export const LOCAL_DEV_MAIL_DOMAIN = 'contoso.example';
