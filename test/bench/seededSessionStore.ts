import { applyCommand, parseEnvelope, type SessionState } from '../../src/domain';
import type { Clock, SessionStore, StoreSnapshot } from '../../src/ports';

/**
 * A SessionStore that starts from a ready-made session. The memory hub in
 * src/sync always starts from an empty session and keeps no seed, so the
 * benchmark's 1,000-entry session needs this; dispatch takes the same path
 * as the real stores (parseEnvelope, then applyCommand) so the work per
 * stage change is the same.
 */
export function seededSessionStore(initial: SessionState, selfId: string, clock: Clock): SessionStore {
  let snapshot: StoreSnapshot = { session: initial, status: 'connected' };
  const listeners = new Set<() => void>();
  let sequence = 0;
  return {
    getSnapshot: () => snapshot,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    dispatch(command) {
      sequence += 1;
      const envelope = { id: `bench-${sequence}`, actorId: selfId, at: clock.now(), today: clock.today(), command };
      const parsed = parseEnvelope(envelope);
      if (!parsed.ok) return parsed;
      const result = applyCommand(snapshot.session ?? initial, parsed.envelope);
      if (!result.ok) return result;
      snapshot = { ...snapshot, session: result.state };
      for (const listener of [...listeners]) listener();
      return { ok: true };
    },
    close: () => listeners.clear(),
  };
}
