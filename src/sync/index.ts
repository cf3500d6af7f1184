export { createMemorySessionHub } from './memorySessionStore';
export type { MemorySessionHub, MemoryHubOptions } from './memorySessionStore';
// Live Share loads from './liveShare' (its own chunk); only its types are here.
export type { LiveShareStoreOptions, LiveShareConnection, SenderIdentity, ContainerIdRegistry } from './liveShare';
export { exportLog, importLog } from './sessionLog';
export type { LogExport, Genesis, LoggedOp } from './sessionLog';
export { QueuedSessionStore, MAX_QUEUED } from './queuedSessionStore';
export type { QueuedStoreOptions } from './queuedSessionStore';
export { trustMemory } from './deviceTrust';
export {
  readDeviceCopy,
  writeDeviceCopy,
  keepDeviceCopy,
  deviceCopyKey,
  DEVICE_COPY_DEBOUNCE_MS,
  DEVICE_COPY_MAX_WAIT_MS,
  DEVICE_COPY_LIMITS,
} from './deviceCopy';
export type { DeviceCopy, DeviceCopyKeeper, DeviceCopyTimers, DeviceCopyWrite, DeviceStorage } from './deviceCopy';
