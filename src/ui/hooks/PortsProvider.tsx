import { createContext, useContext, useMemo, type ReactNode } from 'react';
import type { UserId } from '../../domain';
import type { Clock, SessionStore } from '../../ports';
import { connectingStore } from './connectingStore';

/** Who is using this panel. */
export interface Self {
  userId: UserId;
  displayName: string;
}

/** Putting the app on the meeting stage, where the host allows it. */
export interface StageSharing {
  /** Whether this user may share now; never rejects. */
  canShare(): Promise<boolean>;
  share(): Promise<void>;
}

/** What the UI needs from the outside world; the entry chooses the implementations. */
export interface Ports {
  store: SessionStore;
  self: Self;
  clock: Clock;
  /** Absent where the app cannot share to the stage (the stage itself, tests). */
  stage?: StageSharing;
}

export interface PortsProviderProps extends Omit<Ports, 'store'> {
  /** Null while the store is still loading: the panel shows "Connecting…". */
  store: SessionStore | null;
  children?: ReactNode;
}

const PortsContext = createContext<Ports | null>(null);

/** Hands the ports to the hooks below; components never read it directly. */
export function PortsProvider({ store, self, clock, stage, children }: PortsProviderProps) {
  // Keyed on the parts, so a parent re-render with the same ports re-renders nothing.
  const value = useMemo(
    () => ({ store: store ?? connectingStore, self, clock, stage }),
    [store, self, clock, stage],
  );
  return <PortsContext.Provider value={value}>{children}</PortsContext.Provider>;
}

export function usePorts(): Ports {
  const ports = useContext(PortsContext);
  if (!ports) throw new Error('usePorts must be used inside a <PortsProvider>.');
  return ports;
}
