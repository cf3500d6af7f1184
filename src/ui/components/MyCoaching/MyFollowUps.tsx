import { useId } from 'react';
import type { UpcomingFollowUp } from '../../../domain';
import type { FollowUpOpening } from '../../../ports';
import { dayOf, timeOf, whenText } from './formatMyCoaching';
import { OpenFollowUpButton } from './OpenFollowUpButton';
import { useMyCoachingStyles } from './useMyCoachingStyles.styles';

export interface MyFollowUpsProps {
  /** Soonest first (upcomingFollowUps). */
  followUps: readonly UpcomingFollowUp[];
  locale?: string;
  openFollowUp(iCalUId: string): Promise<FollowUpOpening>;
}

function OpenOrNote({ followUp, locale, openFollowUp }: { followUp: UpcomingFollowUp } & Omit<MyFollowUpsProps, 'followUps'>) {
  const styles = useMyCoachingStyles();
  if (!followUp.iCalUId) return <p className={styles.note}>Not on the calendars yet.</p>;
  return (
    <OpenFollowUpButton
      iCalUId={followUp.iCalUId}
      describedAs={`follow-up with ${followUp.withName}, ${whenText(followUp.start, locale)}`}
      openFollowUp={openFollowUp}
    />
  );
}

/** "Next follow-up": the soonest, its day large, with whom, openable in Outlook; any later ones under it. */
export function MyFollowUps({ followUps, locale, openFollowUp }: MyFollowUpsProps) {
  const styles = useMyCoachingStyles();
  const headingId = useId();
  const [next, ...later] = followUps;
  return (
    <section className={styles.card} aria-labelledby={headingId}>
      <h2 id={headingId} className={styles.cardTitle}>
        Next follow-up
      </h2>
      {!next ? (
        <p className={styles.empty}>No follow-up is planned yet.</p>
      ) : (
        <div className={styles.next}>
          <p className={styles.nextDay}>
            <time dateTime={new Date(next.start).toISOString()}>{dayOf(next.start, locale)}</time>
          </p>
          <p className={styles.nextMeta}>
            {timeOf(next.start, locale)} · with <span dir="auto">{next.withName}</span>
          </p>
          <OpenOrNote followUp={next} locale={locale} openFollowUp={openFollowUp} />
        </div>
      )}
      {later.length > 0 && (
        <>
          <h3 className={styles.subTitle}>Later</h3>
          <ul className={styles.list}>
            {later.map((f) => (
              <li key={f.sessionId} className={styles.laterItem}>
                <p className={styles.laterText}>
                  <time dateTime={new Date(f.start).toISOString()}>{whenText(f.start, locale)}</time> · with{' '}
                  <span dir="auto">{f.withName}</span>
                </p>
                <OpenOrNote followUp={f} locale={locale} openFollowUp={openFollowUp} />
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
