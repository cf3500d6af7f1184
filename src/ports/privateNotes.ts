import type { CoachNotes, EpochMs } from '../domain';

/**
 * Where the coach's private notes are kept on this device, as the side panel
 * shows it: `kept` on this device; `memoryOnly` when the device would not keep
 * them (storage full or disabled) — the text stays on screen and in this
 * panel's memory, and still goes into the coach's own OneDrive copy.
 */
export type PrivateNotesKeeping = 'kept' | 'memoryOnly';

/**
 * The coach's private notes for one session: never part of the shared
 * session, never sent to the coachee or in any chat or calendar request;
 * kept on the coach's device and in the coach's own archive copy only.
 */
export interface PrivateNotesStore {
  /** The notes as they stand; null when there are none. Stable between changes. */
  load(): CoachNotes | null;
  /** Replaces the notes (cut to the archive's limit); tells whether this device kept them. */
  save(text: string, at: EpochMs): PrivateNotesKeeping;
  /** Called after each change (a save, or notes brought in from the coach's own copy). */
  subscribe(listener: () => void): () => void;
}
