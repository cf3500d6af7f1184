import { createSession } from '../domain';
import type { SessionStore, StoreSnapshot } from '../ports';

/**
 * What a surface that does not paint from the device (the notes tab) shows
 * while the live session waits for the meeting's organizer, or where Teams
 * offers no Live Share (its phone apps, in the meeting's chat and details
 * tabs): a session with nothing in it, never passed off as live (status
 * `connecting`). The notes tab reads an empty session from the user's own
 * copy, as after the meeting, until a live store takes over.
 */
export function notLiveStore(sessionId: string, at: number): SessionStore {
  const snapshot: StoreSnapshot = { session: createSession({ sessionId, organizerId: null, at }), status: 'connecting' };
  return {
    getSnapshot: () => snapshot,
    subscribe: () => () => undefined,
    dispatch: () => ({ ok: false, code: 'conflict', reason: { key: 'stillConnecting' } }),
    close: () => undefined,
  };
}
