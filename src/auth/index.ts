export { createMsalTokenProvider } from './msalTokenProvider';
export type { MsalAuthConfig } from './msalTokenProvider';
export { DevTokenProvider } from './devTokenProvider';
