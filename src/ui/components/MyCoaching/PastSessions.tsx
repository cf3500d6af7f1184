import { Suspense, useId, useState } from 'react';
import { Badge, Button } from '@fluentui/react-components';
import { ChevronDown20Regular, ChevronRight20Regular } from '@fluentui/react-icons';
import { lazyWithPreload } from '../../lazyWithPreload';
import { useWords } from '../../words';
import { progressText } from '../FollowUpPlan';
import { richWords } from '../shared';
import { dayText } from './formatMyCoaching';
import type { PastSession } from './myCoachingView';
import { useMyCoachingStyles } from './useMyCoachingStyles.styles';

/** The notes document, outside the personal tab's first paint. */
export const pastSessionNotes = lazyWithPreload(() => import(/* webpackChunkName: "pastSessionNotes" */ './PastSessionNotes'));

/**
 * "1 of 3 done": a past plan's steps done as the user sees them (their own
 * from their task list). `data-steps-done` and `data-steps-total` carry the numbers.
 */
function ProgressBadge({ done, total }: { done: number; total: number }) {
  const words = useWords();
  const all = total > 0 && done === total;
  return (
    <Badge appearance="tint" color={all ? 'success' : 'informative'} shape="rounded" data-steps-done={done} data-steps-total={total}>
      {progressText(words, { done, total })}
    </Badge>
  );
}

function PastSessionRow({ past }: { past: PastSession }) {
  const styles = useMyCoachingStyles();
  const words = useWords();
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const when = dayText(words, past.createdAt);
  const Notes = pastSessionNotes.Component;
  return (
    <li className={styles.pastItem}>
      <div className={styles.pastHead}>
        <Button
          appearance="subtle"
          className={styles.disclosure}
          icon={open ? <ChevronDown20Regular /> : <ChevronRight20Regular />}
          aria-expanded={open}
          aria-controls={panelId}
          onClick={() => setOpen((o) => !o)}
        >
          <span className={styles.pastLabel}>
            <span className={styles.pastChallenge} dir="auto">
              {past.challenge || words.t('afterMeeting.past.noChallenge')}
            </span>
            <span className={styles.pastWhen}>
              {richWords(
                words,
                'afterMeeting.when.with',
                { name: <span dir="auto">{past.coachName ?? words.t('afterMeeting.past.coachLeft')}</span> },
                { when },
              )}
            </span>
          </span>
        </Button>
        <ProgressBadge done={past.progress.done} total={past.progress.total} />
      </div>
      <div id={panelId} hidden={!open} className={styles.pastNotes}>
        {open && (
          <Suspense
            fallback={
              <p role="status" className={styles.note}>
                {words.t('afterMeeting.notes.loading')}
              </p>
            }
          >
            <Notes session={past.session} title={words.t('afterMeeting.past.notesTitle', { date: when })} />
          </Suspense>
        )}
      </div>
    </li>
  );
}

export interface PastSessionsProps {
  /** Newest first. */
  sessions: readonly PastSession[];
}

/** "Past sessions": each one the user was coached in, with its steps done, expandable to its full notes (read-only). */
export function PastSessions({ sessions }: PastSessionsProps) {
  const styles = useMyCoachingStyles();
  const words = useWords();
  const headingId = useId();
  return (
    <section className={styles.card} aria-labelledby={headingId}>
      <h2 id={headingId} className={styles.cardTitle}>
        {words.t('afterMeeting.past.title')}
      </h2>
      {sessions.length === 0 ? (
        <p className={styles.empty}>{words.t('afterMeeting.past.none')}</p>
      ) : (
        <ul className={styles.list}>
          {sessions.map((s) => (
            <PastSessionRow key={s.sessionId} past={s} />
          ))}
        </ul>
      )}
    </section>
  );
}
