import { useId } from 'react';
import { Link } from '@fluentui/react-components';
import { Open16Regular } from '@fluentui/react-icons';
import type { LocalDate, PlanView } from '../../../domain';
import { useWords } from '../../words';
import { StepList } from './StepList';
import { usePlanTicks, type TickStepFn } from './usePlanTicks';
import { StepProgressText } from './StepProgressText';
import { richWords } from '../shared';
import { useFollowUpPlanStyles } from './useFollowUpPlanStyles.styles';
import { webAddress } from '../../../base';

/** A link only to a web page: anything else (javascript:, data:) is left out. */
const webLink = (url: string | null): string | null => (url ? (webAddress(url)?.href ?? null) : null);

export interface FollowUpPlanViewProps {
  plan: PlanView;
  /** Ticks the viewer's own steps in their own task list. */
  onTick: TickStepFn;
  /** Today in the viewer's time zone, for how urgent an open step is; without it only dates are shown. */
  today?: LocalDate;
}

/** One part of the plan: a heading, and what the users wrote under it. */
function Fact({ title, text, emptyText, strong = false }: { title: string; text: string | null; emptyText: string; strong?: boolean }) {
  const styles = useFollowUpPlanStyles();
  return (
    <div className={styles.fact}>
      <h3 className={styles.factLabel}>{title}</h3>
      {text ? (
        <p className={strong ? styles.factLead : styles.factText} dir="auto">
          {text}
        </p>
      ) : (
        <p className={styles.empty}>{emptyText}</p>
      )}
    </div>
  );
}

/**
 * The plan a follow-up meeting is about, for a reader in a hurry: what was
 * agreed (the challenge and the chosen option), then every next step with
 * owner, due date and state, the viewer's own to tick; then the coachee's
 * summary, the follow-up's time and the notes link. Every text is the users'
 * own, shown as text.
 */
export function FollowUpPlanView({ plan, onTick, today }: FollowUpPlanViewProps) {
  const styles = useFollowUpPlanStyles();
  const words = useWords();
  const agreedId = useId();
  const stepsId = useId();
  const wordsId = useId();
  const { steps, progress, tickState, tick } = usePlanTicks(plan.steps, onTick);
  const notesHref = webLink(plan.notesUrl);

  return (
    <div className={styles.plan}>
      <section className={styles.card} aria-labelledby={agreedId}>
        <h2 id={agreedId} className={styles.sectionTitle}>
          {words.t('afterMeeting.plan.agreed')}
        </h2>
        <Fact
          title={words.t('afterMeeting.plan.challenge')}
          text={plan.challenge}
          emptyText={words.t('afterMeeting.plan.noChallenge')}
          strong
        />
        <Fact
          title={words.t('afterMeeting.plan.chosenOption')}
          text={plan.chosenOption}
          emptyText={words.t('afterMeeting.plan.noOption')}
        />
      </section>

      <section className={styles.section} aria-labelledby={stepsId}>
        <div className={styles.sectionHead}>
          <h2 id={stepsId} className={styles.sectionTitle}>
            {words.t('afterMeeting.plan.nextSteps')}
          </h2>
          {steps.length > 0 && <StepProgressText progress={progress} />}
        </div>
        {steps.length === 0 ? (
          <p className={styles.empty}>{words.t('afterMeeting.plan.noSteps')}</p>
        ) : (
          <StepList steps={steps} onTick={tick} tickState={tickState} byOwner={{ headingLevel: 3 }} today={today} />
        )}
      </section>

      <section className={styles.section} aria-labelledby={wordsId}>
        <h2 id={wordsId} className={styles.sectionTitle}>
          {plan.coachee ? words.t('afterMeeting.plan.inWordsOf', { name: plan.coachee.name }) : words.t('afterMeeting.plan.inCoacheeWords')}
        </h2>
        {plan.coacheeSummary ? (
          <blockquote className={styles.quote} dir="auto">
            {plan.coacheeSummary}
          </blockquote>
        ) : (
          <p className={styles.empty}>{words.t('afterMeeting.plan.noSummary')}</p>
        )}
      </section>

      <footer className={styles.footer}>
        <p className={styles.followUp}>
          {plan.followUpStart === null
            ? words.t('afterMeeting.plan.noFollowUp')
            : richWords(words, 'afterMeeting.plan.followUpAt', {
                when: <time dateTime={new Date(plan.followUpStart).toISOString()}>{words.dateTime(plan.followUpStart)}</time>,
              })}
        </p>
        {notesHref && (
          <Link href={notesHref} target="_blank" rel="noopener noreferrer" className={styles.notesLink}>
            <Open16Regular aria-hidden className={styles.linkIcon} />
            {words.t('afterMeeting.plan.openNotes')}
          </Link>
        )}
      </footer>
    </div>
  );
}
