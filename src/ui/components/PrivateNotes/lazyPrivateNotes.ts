import { lazyWithPreload } from '../../lazyWithPreload';
import type { PrivateNotesSectionProps } from './PrivateNotesSection';

/**
 * The coach's private notes, in a chunk of their own: folded at the foot of
 * the panel and the coach's alone, so first paint (which every participant
 * waits for) does not carry them.
 */
export const privateNotesSection = lazyWithPreload<PrivateNotesSectionProps>(() =>
  import(/* webpackChunkName: "privateNotes" */ './PrivateNotesSection').then((m) => ({ default: m.PrivateNotesSection })),
);
