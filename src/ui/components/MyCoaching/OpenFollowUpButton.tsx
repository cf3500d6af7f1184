import { useState } from 'react';
import { Button } from '@fluentui/react-components';
import { Open16Regular } from '@fluentui/react-icons';
import type { FollowUpOpening } from '../../../ports';
import { useMyCoachingStyles } from './useMyCoachingStyles.styles';

export interface OpenFollowUpButtonProps {
  iCalUId: string;
  /** What the follow-up is, for the button's accessible name: "follow-up with Sam, Wed 2 Dec, 10:00". */
  describedAs: string;
  openFollowUp(iCalUId: string): Promise<FollowUpOpening>;
}

function sentence(result: FollowUpOpening): string {
  switch (result.kind) {
    case 'opened':
      return result.where === 'host' ? 'Opened in your calendar.' : 'Opened in Outlook on the web, in a new window.';
    case 'notOnCalendar':
      return 'This follow-up is not on your calendar: it may have been declined or deleted.';
    case 'failed':
      return `Could not open the follow-up: ${result.message}`;
  }
}

/** "Open in Outlook": the user's own copy of the follow-up invite, in the host's calendar or on the web. */
export function OpenFollowUpButton({ iCalUId, describedAs, openFollowUp }: OpenFollowUpButtonProps) {
  const styles = useMyCoachingStyles();
  const [opening, setOpening] = useState(false);
  const [result, setResult] = useState<FollowUpOpening | null>(null);
  const open = () => {
    setOpening(true);
    setResult(null);
    void openFollowUp(iCalUId).then((outcome) => {
      setResult(outcome);
      setOpening(false);
    });
  };
  return (
    <div className={styles.opening}>
      <Button
        size="small"
        icon={<Open16Regular />}
        // Focusable while busy, so keyboard focus stays where it was.
        disabledFocusable={opening}
        aria-label={`Open in Outlook: ${describedAs}`}
        onClick={open}
      >
        Open in Outlook
      </Button>
      <p role="status" className={result?.kind === 'failed' ? styles.warning : styles.note}>
        {opening ? 'Opening…' : result ? sentence(result) : ''}
      </p>
    </div>
  );
}
