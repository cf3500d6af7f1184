import { useId } from 'react';
import type { CoacheeOverview, LocalDate } from '../../../domain';
import { progressOf } from '../../../domain';
import type { FollowUpOpening } from '../../../ports';
import { ReadOnlyStepList, StepProgressText } from '../FollowUpPlan';
import { dayText, whenText } from './formatMyCoaching';
import { OpenFollowUpButton } from './OpenFollowUpButton';
import { useMyCoachingStyles } from './useMyCoachingStyles.styles';

export interface MyCoacheesProps {
  /**
   * The people the user coaches (coacheesOf): each plan with the coachee's
   * steps as the session recorded them (a coach never sees a coachee's own
   * tasks), the coach's own as the coach's task list says.
   */
  coachees: readonly CoacheeOverview[];
  /** Today in the user's time zone. */
  today: LocalDate;
  locale?: string;
  openFollowUp(iCalUId: string): Promise<FollowUpOpening>;
}

function Coachee({ coachee, today, locale, openFollowUp }: { coachee: CoacheeOverview } & Omit<MyCoacheesProps, 'coachees'>) {
  const styles = useMyCoachingStyles();
  const nameId = useId();
  const { plan, nextFollowUp, name } = coachee;
  const when = nextFollowUp === null ? null : whenText(nextFollowUp, locale);
  return (
    <li>
      <section className={styles.card} aria-labelledby={nameId}>
        <div className={styles.cardHead}>
          <h3 id={nameId} className={styles.coacheeName} dir="auto">
            {name}
          </h3>
          <p className={styles.note}>Last session {dayText(coachee.latest.createdAt, locale)}</p>
        </div>
        <div className={styles.followUpLine} data-follow-up={when ? 'planned' : 'none'}>
          <p className={styles.followUpText}>
            {when && nextFollowUp !== null ? (
              <>
                Next follow-up: <time dateTime={new Date(nextFollowUp).toISOString()}>{when}</time>
              </>
            ) : (
              'No follow-up planned.'
            )}
          </p>
          {when && plan.followUpICalUId && (
            <OpenFollowUpButton
              iCalUId={plan.followUpICalUId}
              describedAs={`follow-up with ${name}, ${when}`}
              openFollowUp={openFollowUp}
            />
          )}
        </div>
        {/* What was agreed beside the plan when the card is wide, above it when narrow. */}
        <div className={styles.cardBody}>
          <div className={styles.facts}>
            <div className={styles.fact}>
              <h4 className={styles.subTitle}>Challenge</h4>
              <p className={styles.factLead} dir="auto">
                {plan.challenge || 'None stated.'}
              </p>
            </div>
            {plan.chosenOption && (
              <div className={styles.fact}>
                <h4 className={styles.subTitle}>Chosen option</h4>
                <p className={styles.factText} dir="auto">
                  {plan.chosenOption}
                </p>
              </div>
            )}
          </div>
          <div className={styles.facts}>
            <div className={styles.planHead}>
              <h4 className={styles.planTitle}>The plan as agreed</h4>
              {plan.steps.length > 0 && <StepProgressText progress={progressOf(plan.steps)} />}
            </div>
            {plan.steps.length === 0 ? (
              <p className={styles.empty}>No next steps were agreed.</p>
            ) : (
              <ReadOnlyStepList steps={plan.steps} byOwner={{ headingLevel: 5, mineLast: true }} today={today} locale={locale} />
            )}
          </div>
        </div>
        <p className={styles.note}>
          {name}’s steps as recorded in your last session together; Stagecoach never reads {name}’s task list.
        </p>
      </section>
    </li>
  );
}

/** "Your coachees": each person the user coaches, their next follow-up and the plan as agreed. */
export function MyCoachees({ coachees, today, locale, openFollowUp }: MyCoacheesProps) {
  const styles = useMyCoachingStyles();
  const headingId = useId();
  return (
    <section aria-labelledby={headingId} className={styles.part}>
      <h2 id={headingId} className={styles.cardTitle}>
        Your coachees
      </h2>
      {coachees.length === 0 ? (
        <p className={styles.empty}>No coachee has joined a session you coached yet.</p>
      ) : (
        <ul className={styles.coachees}>
          {coachees.map((c) => (
            <Coachee key={c.userId} coachee={c} today={today} locale={locale} openFollowUp={openFollowUp} />
          ))}
        </ul>
      )}
    </section>
  );
}
