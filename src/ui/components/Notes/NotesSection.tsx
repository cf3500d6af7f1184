import { createElement, useContext, useId, type ReactNode } from 'react';
import { HeadingOffset, headingTag } from './headingLevel';
import { useNotesStyles } from './useNotesStyles.styles';

export interface NotesSectionProps {
  title: string;
  /** 2 for a part of the notes, 3 for a part of a part; deeper inside a nested document (HeadingOffset). @default 2 */
  level?: 2 | 3;
  children: ReactNode;
}

/** A part of the notes: a region named by its heading, so it is a landmark to jump to. */
export function NotesSection({ title, level = 2, children }: NotesSectionProps) {
  const styles = useNotesStyles();
  const headingId = useId();
  const offset = useContext(HeadingOffset);
  return (
    <section aria-labelledby={headingId} className={styles.section}>
      {createElement(headingTag(level + offset), { id: headingId, className: level === 2 ? styles.heading : styles.subheading }, title)}
      {children}
    </section>
  );
}

/** What a part shows while nothing has been captured for it. */
export function NotesEmpty({ children }: { children: string }) {
  const styles = useNotesStyles();
  return <p className={styles.hint}>{children}</p>;
}
