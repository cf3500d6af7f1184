export { PendingChangesStatus, SessionConnection, describeChange, usePendingStatus } from './PendingChangesStatus';
