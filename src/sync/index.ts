export { createMemorySessionHub } from './memorySessionStore';
export type { MemorySessionHub, MemoryHubOptions } from './memorySessionStore';
export { openBroadcastSessionStore } from './broadcastSessionStore';
export type { BroadcastStoreOptions } from './broadcastSessionStore';
export type { Self } from './logSessionStore';
