// The Live Share transport, as its own module so that an entry can load it
// (and Fluid with it) as a separate lazy chunk: import('../sync/liveShare').
// src/sync/index.ts re-exports only its types, so importing '../sync' for
// the other stores never pulls Fluid in.
export { connectionNamedBy, openLiveShareSessionStore } from './liveShareSessionStore';
export type { LiveShareStoreOptions, LiveShareConnection } from './liveShareSessionStore';
export type { SenderIdentity } from './senderIdentity';
export { createLocalLiveShareHost, storageContainerIds } from './localLiveShareHost';
export type { ContainerIdRegistry } from './localLiveShareHost';
