// The UI's public surface for the entries: named, so nothing leaks by accident.
export { SidePanel } from './surfaces';
export { AppShell } from './AppShell';
export type { AppShellProps } from './AppShell';
export { PortsProvider } from './hooks';
export type { Ports, PortsProviderProps, Self } from './hooks';
