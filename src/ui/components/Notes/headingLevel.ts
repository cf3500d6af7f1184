import { createContext } from 'react';

/**
 * How many levels deeper than a page's own the notes' headings sit: 0 for
 * the notes of the page, 2 for a session's notes opened inside a list under
 * an h2 (its title h3, its parts h4), so the outline never jumps back up.
 */
export const HeadingOffset = createContext(0);

export type HeadingTag = 'h1' | 'h2' | 'h3' | 'h4' | 'h5' | 'h6';

/** The tag for a heading level, kept within h1–h6. */
export const headingTag = (level: number): HeadingTag => `h${Math.min(6, Math.max(1, Math.round(level)))}` as HeadingTag;
