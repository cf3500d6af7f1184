// Small generic helpers every layer may use: plain TypeScript, no library, no DOM.
export { messageOf } from './errorMessage';
export { webAddress } from './webAddress';
export { mailShaped, MAIL_ADDRESS_MAX } from './mailShaped';
export { createListeners } from './listeners';
export type { Listeners } from './listeners';
export { createStatusCell } from './statusCell';
export type { StatusCell } from './statusCell';
export { loadOnce } from './loadOnce';
export { settled } from './settled';
export { createBackgroundJob } from './backgroundJob';
export type { BackgroundJob, BackgroundJobOptions, JobTimers } from './backgroundJob';
