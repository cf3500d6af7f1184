export { PortsProvider, usePorts } from './PortsProvider';
export type { Ports, PortsProviderProps, Self, StageSharing } from './PortsProvider';
export { useSession } from './useSession';
export type { SessionView } from './useSession';
export { useCommands } from './useCommands';
export type { Commands, NewNextStep, FollowUpPlan } from './useCommands';
export { useNow } from './useNow';
