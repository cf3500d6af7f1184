import type { SessionStore, StoreSnapshot } from '../../ports';

const CONNECTING: StoreSnapshot = { session: null, status: 'connecting' };

/**
 * Stands in while the real store (and the sync code behind it) is still
 * loading, so the panel can paint before the sync chunk arrives.
 */
export const connectingStore: SessionStore = {
  getSnapshot: () => CONNECTING,
  subscribe: () => () => undefined,
  dispatch: () => ({ ok: false, code: 'conflict', reason: { key: 'stillConnecting' } }),
  close: () => undefined,
};
