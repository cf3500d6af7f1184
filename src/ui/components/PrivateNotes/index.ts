export { privateNotesSection } from './lazyPrivateNotes';
export type { PrivateNotesSectionProps } from './PrivateNotesSection';
