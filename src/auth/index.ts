export { createMsalTokenProvider, preloadMsal } from './msalTokenProvider';
export type { TokenFlow } from './tokenFlow';
export type { MsalAuthConfig } from './msalTokenProvider';
export { DevTokenProvider } from './devTokenProvider';
