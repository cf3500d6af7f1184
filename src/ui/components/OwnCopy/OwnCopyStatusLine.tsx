import type { OwnCopySaving, OwnCopyStatus } from '../../../ports';
import type { Words } from '../../../words';
import { failureText } from '../../content/failures';
import { useWords } from '../../words';
import { StatusLine } from '../shared';

function sentence(words: Words, status: OwnCopyStatus): string {
  switch (status.kind) {
    case 'idle':
      return '';
    case 'saving':
      return words.t('panel.ownCopy.saving');
    case 'saved':
      return words.t('panel.ownCopy.saved', { time: words.time(status.at) });
    case 'failed':
      return words.t('panel.ownCopy.failed', { detail: failureText(words, status.failure) });
  }
}

/** Where saving this user's own copy stands, in the side panel's one quiet line. */
export function OwnCopyStatusLine({ saving }: { saving: OwnCopySaving }) {
  const words = useWords();
  return <StatusLine keeping={saving} sentence={(status) => sentence(words, status)} />;
}
