import { useCallback, useSyncExternalStore } from 'react';
import { roleOf, type Role, type SessionState } from '../../domain';
import type { ConnectionStatus, PresentUser, RecordIntegrity } from '../../ports';
import { usePorts } from './PortsProvider';

export interface SessionView {
  /** True once the session has been loaded. */
  ready: boolean;
  status: ConnectionStatus;
  session: SessionState | null;
  /** The local user's role; observer until the session says otherwise. */
  role: Role;
  /** Who has the panel open now; empty when the store cannot tell. */
  present: readonly PresentUser[];
  /** What the store cannot vouch for or write (Live Share); absent for stores that need not say. */
  integrity: RecordIntegrity | undefined;
}

const NOBODY: readonly PresentUser[] = [];

/** The shared session as React state: the one bridge from SessionStore to React. */
export function useSession(): SessionView {
  const { store, self } = usePorts();
  // Wrapped so a store written with plain methods (unbound `this`) works too.
  const subscribe = useCallback((listener: () => void) => store.subscribe(listener), [store]);
  const getSnapshot = useCallback(() => store.getSnapshot(), [store]);
  const snapshot = useSyncExternalStore(subscribe, getSnapshot);
  const session = snapshot.session;
  return {
    ready: session !== null,
    status: snapshot.status,
    session,
    role: session ? roleOf(session, self.userId) : 'observer',
    present: snapshot.present ?? NOBODY,
    integrity: snapshot.integrity,
  };
}
