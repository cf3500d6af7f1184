import { useId, type ReactNode } from 'react';
import { Badge, mergeClasses } from '@fluentui/react-components';
import type { LocalDate, OpenStep } from '../../../domain';
import { useWords } from '../../words';
import { DueBadge } from '../FollowUpPlan';
import { richWords } from '../shared';
import { useMyCoachingStyles } from './useMyCoachingStyles.styles';

export interface MyNextStepsProps {
  /** The user's own open steps, overdue first (openStepsOf). */
  steps: readonly OpenStep[];
  /** How many of them are overdue. */
  overdue: number;
  /** Today in the user's time zone. */
  today: LocalDate;
  /** Where reading the task list stands (a quiet line), under the heading. */
  status?: ReactNode;
}

/**
 * "Your next steps": what the user owes and by when, the most urgent first,
 * each with its due date as a badge and the challenge it serves. The counts
 * carry `data-open-count` and `data-overdue-count`; each step `data-urgency`.
 */
export function MyNextSteps({ steps, overdue, today, status }: MyNextStepsProps) {
  const styles = useMyCoachingStyles();
  const words = useWords();
  const headingId = useId();
  return (
    <section className={styles.card} aria-labelledby={headingId}>
      <div className={styles.cardHead}>
        <h2 id={headingId} className={styles.cardTitle}>
          {words.t('afterMeeting.nextSteps.title')}
        </h2>
        <div className={styles.counts}>
          {overdue > 0 && (
            <Badge appearance="filled" color="danger" shape="rounded" data-overdue-count={overdue}>
              {words.t('afterMeeting.nextSteps.overdue', { count: overdue })}
            </Badge>
          )}
          <Badge appearance="tint" color={steps.length ? 'brand' : 'success'} shape="rounded" data-open-count={steps.length}>
            {steps.length ? words.t('afterMeeting.nextSteps.open', { count: steps.length }) : words.t('afterMeeting.nextSteps.allDone')}
          </Badge>
        </div>
      </div>
      {status}
      {steps.length === 0 ? (
        <p className={styles.empty}>{words.t('afterMeeting.nextSteps.none')}</p>
      ) : (
        <ul className={styles.list}>
          {steps.map((s) => (
            <li key={`${s.sessionId}/${s.id}`} className={mergeClasses(styles.owed, styles[s.urgency])} data-urgency={s.urgency}>
              <p className={styles.owedText} dir="auto">
                {s.text}
              </p>
              <div className={styles.owedMeta}>
                <DueBadge due={s.due} done={false} today={today} />
                {s.challenge && (
                  <span className={styles.forText}>
                    {richWords(words, 'afterMeeting.nextSteps.for', { challenge: <span dir="auto">{s.challenge}</span> })}
                  </span>
                )}
              </div>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
