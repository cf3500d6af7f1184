export { PrivateNotesSection, PRIVATE_NOTES_DEBOUNCE_MS } from './PrivateNotesSection';
export type { PrivateNotesSectionProps } from './PrivateNotesSection';
