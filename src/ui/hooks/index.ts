export { PortsProvider, usePorts, useCalendarAccess } from './PortsProvider';
export type { PortsProviderProps } from './PortsProvider';
export { useSession } from './useSession';
export type { SessionView } from './useSession';
export { useCommands } from './useCommands';
export type { Commands, NewNextStep, FollowUpSettings } from './useCommands';
export { useNow } from './useNow';
