import { useId } from 'react';
import type { CoacheeOverview, EpochMs, LocalDate } from '../../../domain';
import { progressOf } from '../../../domain';
import type { FollowUpOpening } from '../../../ports';
import { personName } from '../../format';
import { useWords } from '../../words';
import { ReadOnlyStepList, StepProgressText } from '../FollowUpPlan';
import { richWords } from '../shared';
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
  openFollowUp(iCalUId: string, around?: EpochMs): Promise<FollowUpOpening>;
}

function Coachee({ coachee, today, openFollowUp }: { coachee: CoacheeOverview } & Omit<MyCoacheesProps, 'coachees'>) {
  const styles = useMyCoachingStyles();
  const words = useWords();
  const nameId = useId();
  const { plan, nextFollowUp } = coachee;
  const name = personName(words, coachee.name);
  return (
    <li>
      <section className={styles.card} aria-labelledby={nameId}>
        <div className={styles.cardHead}>
          <h3 id={nameId} className={styles.coacheeName} dir="auto">
            {name}
          </h3>
          <p className={styles.note}>{words.t('afterMeeting.coachees.lastSession', { date: dayText(words, coachee.latest.createdAt) })}</p>
        </div>
        <div className={styles.followUpLine} data-follow-up={nextFollowUp !== null ? 'planned' : 'none'}>
          <p className={styles.followUpText}>
            {nextFollowUp !== null
              ? richWords(words, 'afterMeeting.coachees.nextFollowUp', {
                  when: <time dateTime={new Date(nextFollowUp).toISOString()}>{whenText(words, nextFollowUp)}</time>,
                })
              : words.t('afterMeeting.coachees.noFollowUp')}
          </p>
          {nextFollowUp !== null && plan.followUpICalUId && (
            <OpenFollowUpButton iCalUId={plan.followUpICalUId} withName={name} start={nextFollowUp} openFollowUp={openFollowUp} />
          )}
        </div>
        {/* What was agreed beside the plan when the card is wide, above it when narrow. */}
        <div className={styles.cardBody}>
          <div className={styles.facts}>
            <div className={styles.fact}>
              <h4 className={styles.subTitle}>{words.t('afterMeeting.plan.challenge')}</h4>
              <p className={styles.factLead} dir="auto">
                {plan.challenge || words.t('afterMeeting.coachees.noChallenge')}
              </p>
            </div>
            {plan.chosenOption && (
              <div className={styles.fact}>
                <h4 className={styles.subTitle}>{words.t('afterMeeting.plan.chosenOption')}</h4>
                <p className={styles.factText} dir="auto">
                  {plan.chosenOption}
                </p>
              </div>
            )}
          </div>
          <div className={styles.facts}>
            <div className={styles.planHead}>
              <h4 className={styles.planTitle}>{words.t('afterMeeting.coachees.planAsAgreed')}</h4>
              {plan.steps.length > 0 && <StepProgressText progress={progressOf(plan.steps)} />}
            </div>
            {plan.steps.length === 0 ? (
              <p className={styles.empty}>{words.t('afterMeeting.plan.noSteps')}</p>
            ) : (
              <ReadOnlyStepList steps={plan.steps} byOwner={{ headingLevel: 5, mineLast: true }} today={today} />
            )}
          </div>
        </div>
        <p className={styles.note}>{words.t('afterMeeting.coachees.recordedNote', { name })}</p>
      </section>
    </li>
  );
}

/** "Your coachees": each person the user coaches, their next follow-up and the plan as agreed. */
export function MyCoachees({ coachees, today, openFollowUp }: MyCoacheesProps) {
  const styles = useMyCoachingStyles();
  const words = useWords();
  const headingId = useId();
  return (
    <section aria-labelledby={headingId} className={styles.part}>
      <h2 id={headingId} className={styles.cardTitle}>
        {words.t('afterMeeting.coachees.title')}
      </h2>
      {coachees.length === 0 ? (
        <p className={styles.empty}>{words.t('afterMeeting.coachees.none')}</p>
      ) : (
        <ul className={styles.coachees}>
          {coachees.map((c) => (
            <Coachee key={c.userId} coachee={c} today={today} openFollowUp={openFollowUp} />
          ))}
        </ul>
      )}
    </section>
  );
}
