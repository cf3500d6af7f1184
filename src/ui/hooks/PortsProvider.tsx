import { createContext, useContext, useMemo, type ReactNode } from 'react';
import type { CalendarAccess, Ports, SessionStore } from '../../ports';
import { connectingStore } from './connectingStore';

export interface PortsProviderProps extends Omit<Ports, 'store'> {
  /** Null while the store is still loading: the panel shows "Connecting…". */
  store: SessionStore | null;
  children?: ReactNode;
}

const PortsContext = createContext<Ports | null>(null);

/** Hands the ports to the hooks below; components never read it directly. */
export function PortsProvider({
  store,
  self,
  clock,
  stage,
  calendar,
  ownCopySaving,
  ownCopy,
  history,
  privateNotes,
  stepTasks,
  pendingChanges,
  children,
}: PortsProviderProps) {
  // Keyed on the parts, so a parent re-render with the same ports re-renders nothing.
  const value = useMemo(
    () => ({
      store: store ?? connectingStore,
      self,
      clock,
      stage,
      calendar,
      ownCopySaving,
      ownCopy,
      history,
      privateNotes,
      stepTasks,
      pendingChanges,
    }),
    [store, self, clock, stage, calendar, ownCopySaving, ownCopy, history, privateNotes, stepTasks, pendingChanges],
  );
  return <PortsContext.Provider value={value}>{children}</PortsContext.Provider>;
}

export function usePorts(): Ports {
  const ports = useContext(PortsContext);
  if (!ports) throw new Error('usePorts must be used inside a <PortsProvider>.');
  return ports;
}

/** The calendar, where this surface has one, and today's date for its defaults. */
export function useCalendarAccess(): { access: CalendarAccess | undefined; today: string } {
  const { calendar, clock } = usePorts();
  return { access: calendar, today: clock.today() };
}
