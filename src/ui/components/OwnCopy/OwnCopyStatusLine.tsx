import type { OwnCopySaving, OwnCopyStatus } from '../../../ports';
import { StatusLine } from '../shared';

const timeOf = (at: number) => new Intl.DateTimeFormat(undefined, { timeStyle: 'short' }).format(new Date(at));

function sentence(status: OwnCopyStatus): string {
  switch (status.kind) {
    case 'idle':
      return '';
    case 'saving':
      return 'Saving your copy to your OneDrive…';
    case 'saved':
      return `Saved to your OneDrive at ${timeOf(status.at)}`;
    case 'failed':
      return `Not saved: ${status.message}`;
  }
}

/** Where saving this user's own copy stands, in the side panel's one quiet line. */
export function OwnCopyStatusLine({ saving }: { saving: OwnCopySaving }) {
  return <StatusLine keeping={saving} sentence={sentence} />;
}
