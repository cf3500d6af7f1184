import { Suspense, useId, useState } from 'react';
import { Badge, Button } from '@fluentui/react-components';
import { ChevronDown20Regular, ChevronRight20Regular } from '@fluentui/react-icons';
import { lazyWithPreload } from '../../lazyWithPreload';
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
  const all = total > 0 && done === total;
  return (
    <Badge appearance="tint" color={all ? 'success' : 'informative'} shape="rounded" data-steps-done={done} data-steps-total={total}>
      {total === 0 ? 'No next steps' : `${done} of ${total} done`}
    </Badge>
  );
}

function PastSessionRow({ past, locale }: { past: PastSession; locale?: string }) {
  const styles = useMyCoachingStyles();
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const when = dayText(past.createdAt, locale);
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
              {past.challenge || 'No challenge stated'}
            </span>
            <span className={styles.pastWhen}>
              {when} · with <span dir="auto">{past.coachName}</span>
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
                Loading the notes…
              </p>
            }
          >
            <Notes session={past.session} title={`Session notes of ${when}`} />
          </Suspense>
        )}
      </div>
    </li>
  );
}

export interface PastSessionsProps {
  /** Newest first. */
  sessions: readonly PastSession[];
  locale?: string;
}

/** "Past sessions": each one the user was coached in, with its steps done, expandable to its full notes (read-only). */
export function PastSessions({ sessions, locale }: PastSessionsProps) {
  const styles = useMyCoachingStyles();
  const headingId = useId();
  return (
    <section className={styles.card} aria-labelledby={headingId}>
      <h2 id={headingId} className={styles.cardTitle}>
        Past sessions
      </h2>
      {sessions.length === 0 ? (
        <p className={styles.empty}>No past sessions are saved in your OneDrive.</p>
      ) : (
        <ul className={styles.list}>
          {sessions.map((s) => (
            <PastSessionRow key={s.sessionId} past={s} locale={locale} />
          ))}
        </ul>
      )}
    </section>
  );
}
