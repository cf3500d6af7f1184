import { useId } from 'react';
import type { EpochMs, UpcomingFollowUp } from '../../../domain';
import type { FollowUpOpening } from '../../../ports';
import { personName } from '../../format';
import { useWords } from '../../words';
import { richWords } from '../shared';
import { dayOf, timeOf, whenText } from './formatMyCoaching';
import { OpenFollowUpButton } from './OpenFollowUpButton';
import { useMyCoachingStyles } from './useMyCoachingStyles.styles';

export interface MyFollowUpsProps {
  /** Soonest first (upcomingFollowUps). */
  followUps: readonly UpcomingFollowUp[];
  openFollowUp(iCalUId: string, around?: EpochMs): Promise<FollowUpOpening>;
}

function OpenOrNote({ followUp, openFollowUp }: { followUp: UpcomingFollowUp } & Omit<MyFollowUpsProps, 'followUps'>) {
  const styles = useMyCoachingStyles();
  const words = useWords();
  if (!followUp.iCalUId) return <p className={styles.note}>{words.t('afterMeeting.followUps.notOnCalendars')}</p>;
  return (
    <OpenFollowUpButton
      iCalUId={followUp.iCalUId}
      withName={personName(words, followUp.withName)}
      start={followUp.start}
      openFollowUp={openFollowUp}
    />
  );
}

/** "Next follow-up": the soonest, its day large, with whom, openable in Outlook; any later ones under it. */
export function MyFollowUps({ followUps, openFollowUp }: MyFollowUpsProps) {
  const styles = useMyCoachingStyles();
  const words = useWords();
  const headingId = useId();
  const [next, ...later] = followUps;
  return (
    <section className={styles.card} aria-labelledby={headingId}>
      <h2 id={headingId} className={styles.cardTitle}>
        {words.t('afterMeeting.followUps.title')}
      </h2>
      {!next ? (
        <p className={styles.empty}>{words.t('afterMeeting.followUps.none')}</p>
      ) : (
        <div className={styles.next}>
          <p className={styles.nextDay}>
            <time dateTime={new Date(next.start).toISOString()}>{dayOf(words, next.start)}</time>
          </p>
          <p className={styles.nextMeta}>
            {richWords(
              words,
              'afterMeeting.when.with',
              { name: <span dir="auto">{personName(words, next.withName)}</span> },
              { when: timeOf(words, next.start) },
            )}
          </p>
          <OpenOrNote followUp={next} openFollowUp={openFollowUp} />
        </div>
      )}
      {later.length > 0 && (
        <>
          <h3 className={styles.subTitle}>{words.t('afterMeeting.followUps.later')}</h3>
          <ul className={styles.list}>
            {later.map((f) => (
              <li key={f.sessionId} className={styles.laterItem}>
                <p className={styles.laterText}>
                  {richWords(words, 'afterMeeting.when.with', {
                    when: <time dateTime={new Date(f.start).toISOString()}>{whenText(words, f.start)}</time>,
                    name: <span dir="auto">{personName(words, f.withName)}</span>,
                  })}
                </p>
                <OpenOrNote followUp={f} openFollowUp={openFollowUp} />
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
