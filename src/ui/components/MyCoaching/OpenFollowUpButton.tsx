import { useState } from 'react';
import { Button } from '@fluentui/react-components';
import { Open16Regular } from '@fluentui/react-icons';
import type { EpochMs } from '../../../domain';
import type { FollowUpOpening } from '../../../ports';
import type { Words } from '../../../words';
import { failureText } from '../../content/failures';
import { useWords } from '../../words';
import { whenText } from './formatMyCoaching';
import { useMyCoachingStyles } from './useMyCoachingStyles.styles';

export interface OpenFollowUpButtonProps {
  iCalUId: string;
  /** With whom and when, for the button's accessible name: "Open in Outlook: follow-up with Sam, 9 Dec 2026, 10:00". */
  withName: string;
  /** The follow-up's start as the session records it: an occurrence of a series is found around it. */
  start: EpochMs;
  openFollowUp(iCalUId: string, around?: EpochMs): Promise<FollowUpOpening>;
}

function sentence(words: Words, result: FollowUpOpening): string {
  switch (result.kind) {
    case 'opened':
      return result.where === 'host' ? words.t('afterMeeting.open.inCalendar') : words.t('afterMeeting.open.onWeb');
    case 'notOnCalendar':
      return words.t('afterMeeting.open.notOnCalendar');
    case 'failed':
      return words.t('afterMeeting.open.failed', { message: failureText(words, result.failure) });
  }
}

/** "Open in Outlook": the user's own copy of the follow-up invite, in the host's calendar or on the web. */
export function OpenFollowUpButton({ iCalUId, withName, start, openFollowUp }: OpenFollowUpButtonProps) {
  const styles = useMyCoachingStyles();
  const words = useWords();
  const [opening, setOpening] = useState(false);
  const [result, setResult] = useState<FollowUpOpening | null>(null);
  const open = () => {
    setOpening(true);
    setResult(null);
    void openFollowUp(iCalUId, start).then((outcome) => {
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
        aria-label={words.t('afterMeeting.open.buttonFor', { name: withName, when: whenText(words, start) })}
        onClick={open}
      >
        {words.t('afterMeeting.open.button')}
      </Button>
      <p role="status" className={result?.kind === 'failed' ? styles.warning : styles.note}>
        {opening ? words.t('afterMeeting.open.opening') : result ? sentence(words, result) : ''}
      </p>
    </div>
  );
}
