import { Suspense } from 'react';
import { lazyWithPreload } from '../lazyWithPreload';
import { useWords } from '../words';
import { useNotesViewFallbackStyles } from './useNotesViewFallbackStyles.styles';

/** The notes tab's surface, in a chunk of its own: the side panel's first paint never carries it. */
export const notesView = lazyWithPreload(() => import(/* webpackChunkName: "notes" */ './NotesView'));

/** The notes tab: loads its chunk, then shows the notes. */
export function NotesView() {
  const styles = useNotesViewFallbackStyles();
  const words = useWords();
  const Notes = notesView.Component;
  return (
    <Suspense
      fallback={
        <p role="status" className={styles.loading}>
          {words.t('notes.view.loading')}
        </p>
      }
    >
      <Notes />
    </Suspense>
  );
}
