// The Live Share transport, as its own module so that an entry can load it
// (and Fluid with it) as a separate lazy chunk: import('../sync/liveShare').
// src/sync/index.ts re-exports only its types, so importing '../sync' for
// the other stores never pulls Fluid in.
export { connectionNamedBy, openLiveShareSessionStore } from './liveShareSessionStore';
export type { LiveShareStoreOptions, LiveShareConnection } from './liveShareSessionStore';
export type { SenderIdentity } from './senderIdentity';
export { createLocalLiveShareHost, storageContainerIds } from './localLiveShareHost';
// In this chunk, not the first paint's: only a surface that waits for the organizer needs it.
export { notLiveStore } from './waitingStore';
export type { ContainerIdRegistry } from './localLiveShareHost';
